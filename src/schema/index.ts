/**
 * @module ecosystem-ledger/schema
 */
export * from './records.js';
export * from './vocabulary.js';
export * from './royalty.js';
