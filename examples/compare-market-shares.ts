// Who leads which market? Every market-share figure in the dataset, market by market.
//
//   npx tsx examples/compare-market-shares.ts          # every market
//   npx tsx examples/compare-market-shares.ts cloud    # markets whose description mentions "cloud"
import { entityOf, metrics } from '../src/index.js';

const filter = (process.argv[2] ?? '').toLowerCase();

const shares = metrics
  .filter((m) => m.metric === 'market-share' && m.value !== undefined)
  .map((m) => ({
    market: m.scope ?? 'unspecified',
    company: entityOf(m.entity).name,
    percent: m.value as number,
    asOf: m.asOf ?? m.period?.to ?? null,
    qualifier: m.qualifier,
    source: m.citations[0]?.source,
  }))
  .filter((row) => row.market.toLowerCase().includes(filter))
  .sort((a, b) => (a.market < b.market ? -1 : a.market > b.market ? 1 : b.percent - a.percent));

console.table(shares);
for (const market of new Set(shares.map((s) => s.market))) {
  const ranked = shares.filter((s) => s.market === market);
  console.log(`${market}: ${ranked.map((s) => `${s.company} ${s.percent}%`).join(' > ')}`);
}
