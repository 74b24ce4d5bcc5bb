/**
 * @module ecosystem-ledger/data
 */
// `ecosystem-ledger/data`: the cited dataset and the queries over it, without the royalty code.
export * from '../data/index.js';
export * from '../query/index.js';
export * from '../errors.js';
export * from '../schema/vocabulary.js';
