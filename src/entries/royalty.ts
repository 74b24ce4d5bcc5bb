/**
 * @module ecosystem-ledger/royalty
 */
// `ecosystem-ledger/royalty`: exact money, the rules, the settlement and the CSV reader, without
// the dataset — the layers money → royalty → settlement ← ingest, each through its index.
export * from '../money/index.js';
export * from '../royalty/index.js';
export * from '../settlement/index.js';
export * from '../ingest/index.js';
// The errors the royalty functions throw, so a royalty-only import can catch them by code.
export { ERROR_CODES, isLedgerError, LedgerError, type ErrorCode } from '../errors.js';
