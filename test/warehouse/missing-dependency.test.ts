// Without the optional peer @duckdb/node-api, settlementSql works and settleInDuckDB says what to install.
import { describe, it, vi } from 'vitest';
import { xiamiDownloadRule } from '../../src/entries/royalty.js';
import { settleInDuckDB, settlementSql } from '../../src/warehouse/index.js';
import { expectLedgerRejection } from '../expect-ledger-error.js';

vi.mock('@duckdb/node-api', () => {
  throw new Error("Cannot find package '@duckdb/node-api'");
});

const credits = { t1: [{ role: 'uploader', payee: 'ann', share: 1 }, { role: 'label', payee: 'rec', share: 1 }] };

describe('without @duckdb/node-api', () => {
  it('settlementSql still writes the queries', ({ expect }) => {
    expect(settlementSql({ dialect: 'duckdb', rule: xiamiDownloadRule, sales: 'sales', credits: 'credits' }).totals).toContain('GROUP BY track_id, month');
  });

  it('settleInDuckDB rejects with MISSING_DEPENDENCY naming the package to install', async () => {
    await expectLedgerRejection(settleInDuckDB('sales.csv', { rule: xiamiDownloadRule, credits }), 'MISSING_DEPENDENCY', 'npm install @duckdb/node-api');
  });
});
