import { haveSources, missingSourcesNotice, sourcesRequired } from './source-texts.js';

// Vitest global setup: says once per run that the citation tests are skipped (each test file
// skips them itself), or fails the run when the texts are required and missing.
export default function checkSources(): void {
  if (haveSources) return;
  if (sourcesRequired) throw new Error(`LEDGER_REQUIRE_SOURCES=1 but ${missingSourcesNotice.replace('citation tests skipped: ', '')}`);
  console.warn(missingSourcesNotice);
}
