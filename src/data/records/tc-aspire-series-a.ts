import type { DealRecord, MetricRecord, RuleRecord } from '../define.js';

// Records told in source `tc-aspire-series-a`.

const PUB_BASIS = 'article published 2019';

export const deals = [
  {
    id: 'aspire-series-a-2019',
    kind: 'funding-round',
    status: 'completed',
    parties: [
      { entity: 'aspire', role: 'investee' },
      { entity: 'massmutual-ventures-south-asia', role: 'lead-investor' },
      { entity: 'arc-labs', role: 'investor' },
      { entity: 'y-combinator', role: 'investor' },
      { entity: 'hummingbird', role: 'investor' },
      { entity: 'picus-capital', role: 'investor' },
    ],
    amounts: [{ value: 32500000, currency: 'USD', label: 'Series A round size' }],
    date: '2019',
    dateBasis: PUB_BASIS,
    summary:
      'Aspire closed a $32.5 million Series A funded by MassMutual Ventures South Asia, with Arc Labs and returning backers Y Combinator, Hummingbird and Picus Capital, to grow in its four Southeast Asian markets.',
    citations: [
      { source: 'tc-aspire-series-a', quote: 'has raised $32.5 million in a new financing round to expand its presence in several Southeast Asian markets' },
      { source: 'tc-aspire-series-a', quote: 'The Series A round for the one-and-a-half-year old startup was funded by MassMutual Ventures South Asia.' },
      { source: 'tc-aspire-series-a', quote: 'Arc Labs and existing investors Y Combinator' },
      { source: 'tc-aspire-series-a', quote: 'Hummingbird, and Picus Capital also participated in the round' },
    ],
  },
  {
    id: 'y-combinator-backs-aspire-2018',
    kind: 'investment',
    status: 'completed',
    parties: [
      { entity: 'y-combinator', role: 'investor' },
      { entity: 'aspire', role: 'investee' },
    ],
    amounts: [],
    date: '2018',
    dateBasis: "article published 2019; the source says Aspire graduated from YC 'last year'",
    summary: 'Aspire went through the Y Combinator accelerator, which became one of its existing investors.',
    citations: [{ source: 'tc-aspire-series-a', quote: 'existing investors Y Combinator — Aspire graduated from YC last year' }],
  },
  {
    id: 'niyo-bank-funding-2019',
    kind: 'funding-round',
    status: 'completed',
    parties: [{ entity: 'niyo-bank', role: 'investee' }],
    amounts: [],
    date: '2019',
    dateBasis: "article published 2019; the source says 'in recent months'",
    summary: 'Indian business neobank NiYo Bank raised funding described only as tens of millions of dollars.',
    citations: [
      { source: 'tc-aspire-series-a', quote: 'Both of these startups have raised tens of millions of dollars in recent months.' },
      { source: 'tc-aspire-series-a', quote: 'NiYo Bank and Open have amassed millions of businesses' },
    ],
  },
  {
    id: 'open-neobank-funding-2019',
    kind: 'funding-round',
    status: 'completed',
    parties: [{ entity: 'open-neobank', role: 'investee' }],
    amounts: [],
    date: '2019',
    dateBasis: "article published 2019; the source says 'in recent months'",
    summary: 'Indian business neobank Open raised funding described only as tens of millions of dollars.',
    citations: [
      { source: 'tc-aspire-series-a', quote: 'Both of these startups have raised tens of millions of dollars in recent months.' },
      { source: 'tc-aspire-series-a', quote: 'NiYo Bank and Open have amassed millions of businesses' },
    ],
  },
  {
    id: 'drip-capital-25m-funding-2019',
    kind: 'funding-round',
    status: 'completed',
    parties: [{ entity: 'drip-capital', role: 'investee' }],
    amounts: [{ value: 25000000, currency: 'USD', label: 'funding raised' }],
    date: '2019',
    dateBasis: "article published 2019; the source says 'last week'",
    summary: 'Drip Capital, a working-capital provider for businesses in developing markets, raised $25 million.',
    citations: [{ source: 'tc-aspire-series-a', quote: 'Drip Capital, which helps businesses in developing markets secure working capital, raised $25 million last week.' }],
  },
] as const satisfies readonly DealRecord[];

export const metrics = [
  {
    id: 'aspire-funding-raised-to-date-2019',
    entity: 'aspire',
    metric: 'funding-raised',
    value: 41500000,
    unit: 'USD',
    asOf: '2019',
    dateBasis: PUB_BASIS,
    qualifier: 'approximate',
    scope: 'cumulative, including the Series A',
    summary: 'Total funding Aspire has taken in so far (about $41.5 million).',
    citations: [{ source: 'tc-aspire-series-a', quote: 'Aspire has raised about $41.5 million to date.' }],
  },
  {
    id: 'aspire-monthly-growth-since-2018',
    entity: 'aspire',
    metric: 'growth',
    value: 30,
    unit: 'percent',
    period: { from: '2018-01', to: '2019', label: 'since operations began in January 2018' },
    dateBasis: 'article published 2019; growth since operations began in January 2018',
    qualifier: 'claimed',
    scope: 'month on month',
    summary: 'Monthly growth rate Aspire’s CEO says the startup has sustained since launch.',
    citations: [{ source: 'tc-aspire-series-a', quote: 'the startup has seen “30% month-on-month growth” since beginning operations in January 2018' }],
  },
  {
    id: 'aspire-business-accounts-target-2020',
    entity: 'aspire',
    metric: 'customers',
    min: 100000,
    unit: 'accounts',
    asOf: '2020',
    dateBasis: "article published 2019; the source says 'by next year'",
    qualifier: 'projection',
    scope: 'business accounts',
    summary: 'Number of business accounts Aspire expects to exceed within a year.',
    citations: [{ source: 'tc-aspire-series-a', quote: 'Aspire expects to amass more than 100,000 business accounts by next year' }],
  },
  {
    id: 'aspire-countries-2019',
    entity: 'aspire',
    metric: 'countries',
    value: 4,
    unit: 'countries',
    asOf: '2019',
    dateBasis: PUB_BASIS,
    qualifier: 'reported',
    scope: 'Southeast Asia (Thailand, Indonesia, Singapore, Vietnam)',
    summary: 'Countries Aspire currently operates in.',
    citations: [{ source: 'tc-aspire-series-a', quote: 'Aspire currently operates in Thailand, Indonesia, Singapore, and Vietnam.' }],
  },
] as const satisfies readonly MetricRecord[];

export const rules = [
  {
    id: 'aspire-working-capital-cap',
    entity: 'aspire',
    kind: 'pricing',
    summary: 'Aspire provides SMEs with working capital capped at roughly $70,000.',
    terms: [
      { role: 'lender (maximum working capital per SME)', entity: 'aspire', amount: { value: 70000, currency: 'USD' }, note: "source says 'up to about $70,000'" },
    ],
    date: '2019',
    dateBasis: PUB_BASIS,
    citations: [{ source: 'tc-aspire-series-a', quote: 'secure working capital of up to about $70,000' }],
  },
] as const satisfies readonly RuleRecord[];
