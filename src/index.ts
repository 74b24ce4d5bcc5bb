/**
 * @module ecosystem-ledger
 */
// `ecosystem-ledger`: the cited dataset, the queries over it and the royalty functions.
export * from './entries/data.js';
export * from './entries/royalty.js';
export type * from './schema/record-types.js';
