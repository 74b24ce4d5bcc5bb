import type { DealRecord, MetricRecord, RuleRecord } from '../define.js';

// Records told in source `tc-extra-crunch-mobility`.

const SRC = 'tc-extra-crunch-mobility';
const PUBLISHED = "the article's publication date, 2019";

// Fair's $1.5 billion is venture capital raised to date, not one round: it is the metric
// `fair-venture-capital-raised-total`, not a deal.
export const deals = [
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
    citations: [
      {
        source: SRC,
        quote: 'in the last year, Uber sold fair its $400 million leasing business',
        fields: ['amounts[0].value', 'kind', 'status', 'parties[0].role', 'parties[1].role'],
      },
    ],
  },
] as const satisfies readonly DealRecord[];

export const metrics = [
  {
    id: 'fair-venture-capital-raised-total',
    entity: 'fair',
    metric: 'funding-raised',
    value: 1500000000,
    unit: 'USD',
    asOf: '2019',
    dateBasis: `${PUBLISHED}; the total after what the source calls Fair's recent raise`,
    qualifier: 'reported',
    scope: 'cumulative venture capital',
    summary: 'Fair’s venture funding to date totals $1.5 billion, after a recent raise.',
    citations: [
      { source: SRC, quote: 'Fair has raised $1.5 billion in venture capital', fields: ['value'] },
      { source: SRC, quote: 'following its recent raise' },
    ],
  },
  {
    id: 'fair-debt-per-equity-dollar',
    entity: 'fair',
    metric: 'leverage',
    value: 10,
    unit: 'multiple',
    qualifier: 'claimed',
    scope: 'dollars of debt raised per dollar of equity, used to buy cars',
    summary: 'Fair’s co-founder said each dollar of equity lets the company borrow ten dollars of debt to buy its cars.',
    citations: [
      { source: SRC, quote: 'for every dollar in equity we unlock $10 in debt, and we borrow that cash to buy cars', fields: ['value'] },
    ],
  },
  {
    id: 'car-leasing-lock-in-term',
    entity: 'car-leasing',
    metric: 'duration',
    min: 2,
    max: 4,
    unit: 'years',
    asOf: '2019',
    dateBasis: PUBLISHED,
    qualifier: 'reported',
    scope: 'how long a traditional lease often locks the buyer into the vehicle',
    summary: 'A traditional car lease often ties the buyer to the vehicle for two to four years, the lock-in car subscriptions do away with.',
    citations: [
      { source: SRC, quote: 'a traditional lease where the buyer is often locked into the vehicle for two to four years', fields: ['min', 'max'] },
    ],
  },
] as const satisfies readonly MetricRecord[];

export const rules = [] as const satisfies readonly RuleRecord[];
