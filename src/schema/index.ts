/**
 * @module ecosystem-ledger/schema
 */
// schema/ — the zod schemas and vocabularies of the dataset's records, and their types
// (record-types.ts, types only). May import: money/, the shared `_lib/`, errors; data/ imports it.
export * from './records.js';
export * from './vocabulary.js';
export * from './royalty.js';
