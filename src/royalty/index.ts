export * from '../money/index.js';
export type { Citation, RoyaltyRule, RuleRole } from './rules.js';
export { musicianPlatformRule, xiamiDownloadRule } from './rules.js';
export { defineRule, type RoyaltyRuleInput } from './define-rule.js';
export type { Credit, Credits } from './credits.js';
export { applySplit, compileSplit, type SplitEntry, type SplitPlan } from './compile-split.js';
export { revenueSplit, type RevenueSplit, type SplitLine } from './revenue-split.js';
// LEAD: settlement modules (another engineer) go here once they exist, e.g.
// export * from './settle-monthly.js';
// export * from './merge-settlements.js';
// export * from './settle-totals.js';
// export * from './read-sales-csv.js';
