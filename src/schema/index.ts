export * from './records.js';
export * from './vocabulary.js';
