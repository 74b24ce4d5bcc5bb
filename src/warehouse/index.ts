/**
 * @module ecosystem-ledger/warehouse
 *
 * Settlement where the sales live: the rule as SQL for DuckDB and PostgreSQL
 * ({@link settlementSql}, {@link creditsRows}) and files of any size settled through embedded
 * DuckDB ({@link settleInDuckDB}). This folder owns the SQL and the DuckDB glue; it may import
 * money, royalty (settleTotals, types and row helpers) and errors — never the dataset or zod —
 * and loads the optional peer `@duckdb/node-api` only inside settleInDuckDB.
 */
export { creditsRows, type CreditRow } from './credits-rows.js';
export { settlementSql, type SettlementQueries, type SettlementSqlOptions, type SqlDialect } from './settlement-sql.js';
export { settleInDuckDB, type SettleInDuckDBOptions } from './settle-in-duckdb.js';
