/**
 * @module ecosystem-ledger/royalty
 */
export * from '../money/index.js';
export type { RuleCitation, RoyaltyRule, RuleRole } from '../royalty/rule-types.js';
export { musicianPlatformRule, xiamiDownloadRule } from '../royalty/rules.js';
export { defineRule, type RoyaltyRuleInput } from '../royalty/define-rule.js';
export type { Credit, Credits } from '../royalty/credits.js';
export { applySplit, compileSplit, type SplitEntry, type SplitPlan } from '../royalty/compile-split.js';
export { revenueSplit, type RevenueSplit, type SplitLine } from '../royalty/revenue-split.js';
// settlement (written by the settlement engineer)
export * from '../settlement/settle-monthly.js';
export * from '../settlement/merge-settlements.js';
export * from '../settlement/settle-totals.js';
export * from '../ingest/read-sales-csv.js';
export type * from '../settlement/settlement-types.js';
export type { PlainSale, SaleBatch, SaleBatchSource } from '../settlement/sale-batch.js';
export type { ChunkSource, TextChunk } from '../ingest/chunk-bytes.js';
// The errors the royalty functions throw, so a royalty-only import can catch them by code.
export { ERROR_CODES, isLedgerError, LedgerError, type ErrorCode } from '../errors.js';
