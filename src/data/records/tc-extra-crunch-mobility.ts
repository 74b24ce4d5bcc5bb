import type { DealRecord, MetricRecord, RuleRecord } from '../define.js';

// Records told in source `tc-extra-crunch-mobility`.

const SRC = 'tc-extra-crunch-mobility';

export const deals = [
  {
    id: 'fair-venture-funding-1-5b',
    kind: 'funding-round',
    status: 'completed',
    parties: [{ entity: 'fair', role: 'investee' }],
    amounts: [{ value: 1500000000, currency: 'USD', label: 'total venture capital raised' }],
    summary: 'Car-subscription startup Fair has raised $1.5 billion of venture money in total, the latest in a recent raise.',
    citations: [
      { source: SRC, quote: 'Fair has raised $1.5 billion in venture capital' },
      { source: SRC, quote: 'following its recent raise' },
    ],
  },
  {
    id: 'uber-sells-leasing-business-to-fair',
    kind: 'acquisition',
    status: 'completed',
    parties: [
      { entity: 'fair', role: 'acquirer' },
      { entity: 'uber', role: 'seller' },
    ],
    amounts: [{ value: 400000000, currency: 'USD', label: 'size of the leasing business sold (the source gives no purchase price)' }],
    summary: 'Uber handed its $400 million car-leasing business to Fair, which leases cars to ride-hailing drivers.',
    citations: [{ source: SRC, quote: 'in the last year, Uber sold fair its $400 million leasing business' }],
  },
] as const satisfies readonly DealRecord[];

export const metrics = [
  {
    id: 'fair-venture-capital-raised-total',
    entity: 'fair',
    metric: 'funding-raised',
    value: 1500000000,
    unit: 'USD',
    qualifier: 'reported',
    scope: 'cumulative venture capital',
    summary: 'Fair’s venture funding to date totals $1.5 billion.',
    citations: [{ source: SRC, quote: 'Fair has raised $1.5 billion in venture capital' }],
  },
  {
    id: 'fair-debt-per-equity-dollar',
    entity: 'fair',
    metric: 'share',
    value: 10,
    unit: 'multiple',
    qualifier: 'claimed',
    scope: 'dollars of debt raised per dollar of equity, used to buy cars',
    summary: 'Fair’s co-founder said each dollar of equity lets the company borrow ten dollars of debt to buy its cars.',
    citations: [{ source: SRC, quote: 'for every dollar in equity we unlock $10 in debt, and we borrow that cash to buy cars' }],
  },
] as const satisfies readonly MetricRecord[];

export const rules = [] as const satisfies readonly RuleRecord[];
