// What deals has a company done, and when? A dated timeline, its subsidiaries included.
//
//   npx tsx examples/deal-timeline.ts            # Alibaba
//   npx tsx examples/deal-timeline.ts "Ant Group"
import { dealsBy, entityOf, resolveEntity } from '../src/index.js';

const company = resolveEntity(process.argv[2] ?? 'Alibaba');

// Plain, JSON-safe rows: ISO (partial) dates, numbers in full currency units, strings.
const timeline = dealsBy({ party: company.id, includeSubsidiaries: true }).map((deal) => {
  const others = deal.parties.filter((p) => p.entity !== company.id).map((p) => `${entityOf(p.entity).name} (${p.role})`);
  return {
    date: deal.date ?? null,
    kind: deal.kind,
    status: deal.status,
    with: others.length > 3 ? `${others.slice(0, 3).join(', ')} +${others.length - 3} more` : others.join(', '),
    amount: deal.amounts[0]?.value ?? null,
    currency: deal.amounts[0]?.currency ?? null,
    source: deal.citations[0]?.source,
  };
});

console.log(`${company.name}: ${timeline.length} deals, earliest first (undated last)`);
console.table(timeline);
