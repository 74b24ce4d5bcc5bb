/**
 * royalty/ — the rules a reader of the sources looks for: the two Xiami rules, `defineRule`,
 * credits, `compileSplit`/`applySplit` and `revenueSplit` for one sale. Its `_lib/` holds the
 * price and amount checks the settlement reuses.
 *
 * May import: money/, the shared `_lib/`, errors. Never settlement/, ingest/ or the dataset
 * side (data/, query/, schema/): `./royalty` ships without the dataset or zod.
 */
export type { RuleCitation, RoyaltyRule, RuleRole } from './rule-types.js';
export { musicianPlatformRule, xiamiDownloadRule } from './rules.js';
export { defineRule, type RoyaltyRuleInput } from './define-rule.js';
export type { Credit, Credits } from './credits.js';
export { applySplit, compileSplit, type SplitEntry, type SplitPlan } from './compile-split.js';
export { revenueSplit, type RevenueSplit, type SplitLine } from './revenue-split.js';
