import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

// The article texts stay out of the repository (the records hold only the quotes), so the tests
// that compare quotes with them look for them beside the clone, or where LEDGER_SOURCES says.
const configured = process.env.LEDGER_SOURCES;
const sourcesDir = configured
  ? pathToFileURL(`${resolve(configured)}/`)
  : new URL('../../shared/sources/', import.meta.url);

/** Whether the article texts (their `index.json` and files) are there to compare quotes with. */
export const haveSources = existsSync(new URL('index.json', sourcesDir));

/** Whether a missing text must fail the run instead of skipping (CI sets LEDGER_REQUIRE_SOURCES=1). */
export const sourcesRequired = process.env.LEDGER_REQUIRE_SOURCES === '1';

/** The one line a run without the texts prints: what was skipped and what to set. */
export const missingSourcesNotice =
  `citation tests skipped: no article texts at ${configured ? `LEDGER_SOURCES=${configured}` : '../shared/sources'}; ` +
  'set LEDGER_SOURCES to the directory of the article texts to run them';

/** Collapses every run of whitespace to one space, as the citation check compares quotes. */
export const foldSpace = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The texts' `index.json`: every source's id and file, in order (empty without the texts). */
export const sourceIndex: readonly { id: string; file: string }[] = haveSources
  ? JSON.parse(readFileSync(new URL('index.json', sourcesDir), 'utf8'))
  : [];

/** Each source's text, whitespace folded, by source id (empty without the texts). */
export const sourceTexts: ReadonlyMap<string, string> = new Map(
  sourceIndex.map((s) => [s.id, foldSpace(readFileSync(new URL(s.file, sourcesDir), 'utf8'))]),
);
