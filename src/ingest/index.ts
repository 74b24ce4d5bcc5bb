/**
 * ingest/ — bytes in, sales out: `readSalesCsv` (chunks of UTF-8 or text, RFC 4180 split,
 * rows read in place) and the chunk sources it accepts. Its result is a `SaleBatchSource`, the
 * seam settlement/ defines; a new input (a database cursor, Arrow or Parquet) belongs here and
 * implements that interface too.
 *
 * May import: settlement/ (the seam, its row types and the timestamp grammar in its `_lib/`),
 * money/, the shared `_lib/`, errors. Nothing imports ingest/ but the package entries and cli/.
 */
export * from './read-sales-csv.js';
export type { ChunkSource, TextChunk } from './chunk-bytes.js';
