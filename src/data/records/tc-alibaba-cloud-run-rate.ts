import type { DealRecord, MetricRecord, RuleRecord } from '../define.js';

// Records told in source `tc-alibaba-cloud-run-rate`.

export const deals = [] as const satisfies readonly DealRecord[];

/** Alibaba's quarter ended 30 June 2019, reported on the article's day (2019-08-15). */
const quarterJune2019 = { from: '2019-04', to: '2019-06', label: 'quarter ended 2019-06-30' } as const;
const quarterBasis = "the article's publication date, 2019-08-15, the day of the earnings; the source says the period ended June 30th" as const;
const q1Synergy = { from: '2019-01', to: '2019-03', label: 'Q1 2019 (Synergy Research data)' } as const;
const q1Basis = "the article's publication date, 2019-08-15; the source says the ranking was based on 'Q1 data'" as const;
const q2Calendar = { from: '2019-04', to: '2019-06', label: 'Q2 2019' } as const;
const q2Basis = "the article's publication date, 2019-08-15; the source says 'in Q2' and compares with 'Q2 of last year'" as const;

export const metrics = [
  {
    id: 'alibaba-cloud-revenue-q-2019-06',
    entity: 'alibaba-cloud',
    metric: 'revenue',
    min: 1100000000,
    unit: 'USD',
    period: quarterJune2019,
    dateBasis: quarterBasis,
    qualifier: 'reported',
    summary: 'Alibaba’s cloud business took in more than $1.1 billion in the June 2019 quarter.',
    citations: [
      { source: 'tc-alibaba-cloud-run-rate', quote: 'its cloud business, which grew 66% to more than $1.1 billion', fields: ['min'] },
      { source: 'tc-alibaba-cloud-run-rate', quote: 'in the period ending June 30th (and reported today)', fields: ['period'] },
    ],
  },
  {
    id: 'alibaba-cloud-revenue-growth-q-2019-06',
    entity: 'alibaba-cloud',
    metric: 'revenue-growth',
    value: 66,
    unit: 'percent',
    period: quarterJune2019,
    dateBasis: quarterBasis,
    qualifier: 'reported',
    scope: 'quarterly revenue growth; the source does not name the comparison period',
    summary: 'Growth rate of Alibaba’s cloud revenue in the June 2019 quarter.',
    citations: [{ source: 'tc-alibaba-cloud-run-rate', quote: 'its cloud business, which grew 66% to more than $1.1 billion', fields: ['value'] }],
  },
  {
    id: 'alibaba-cloud-revenue-run-rate-q-2019-06',
    entity: 'alibaba-cloud',
    metric: 'revenue-run-rate',
    min: 4000000000,
    unit: 'USD',
    period: quarterJune2019,
    dateBasis: quarterBasis,
    qualifier: 'reported',
    scope: 'annualized from the June 2019 quarter',
    summary: 'The June 2019 quarter put Alibaba’s cloud business on an annual revenue pace above $4 billion.',
    citations: [{ source: 'tc-alibaba-cloud-run-rate', quote: 'or a run rate surpassing $4 billion', fields: ['min'] }],
  },
  {
    id: 'alibaba-cloud-share-of-group-revenue-q-2019-06',
    entity: 'alibaba-cloud',
    metric: 'share-of-group-revenue',
    max: 7,
    unit: 'percent',
    period: quarterJune2019,
    dateBasis: quarterBasis,
    qualifier: 'approximate',
    scope: 'share of Alibaba Group revenue',
    summary: 'Cloud made up just under 7% of Alibaba’s total revenue in the June 2019 quarter.',
    citations: [
      {
        source: 'tc-alibaba-cloud-run-rate',
        quote: 'accounted for almost 7% of Alibaba’s total of $16.74 billion in revenue for the quarter',
        fields: ['max'],
      },
    ],
  },
  {
    id: 'alibaba-cloud-new-products-and-features-q-2019-06',
    entity: 'alibaba-cloud',
    metric: 'products',
    min: 300,
    unit: 'products',
    period: quarterJune2019,
    dateBasis: quarterBasis,
    qualifier: 'claimed',
    scope: 'new products and features added during the quarter',
    summary:
      'Alibaba Cloud says it launched over 300 new products and features in the June 2019 quarter, spanning core cloud, security, data intelligence and AI.',
    citations: [
      {
        source: 'tc-alibaba-cloud-run-rate',
        quote: 'adding more than 300 new products and features in the period ending June 30th',
        fields: ['min', 'period'],
      },
    ],
  },
  {
    id: 'alibaba-cloud-market-share-worldwide-q2-2019',
    entity: 'alibaba-cloud',
    metric: 'market-share',
    value: 5,
    unit: 'percent',
    period: q2Calendar,
    dateBasis: q2Basis,
    qualifier: 'estimate',
    scope: 'worldwide, cloud infrastructure services (Synergy Research)',
    summary: 'Synergy Research put Alibaba’s share of the global cloud infrastructure services market at 5% in Q2 2019.',
    citations: [
      {
        source: 'tc-alibaba-cloud-run-rate',
        quote: 'Alibaba’s share of the worldwide cloud infrastructure services market was 5% in Q2',
        fields: ['value', 'period'],
      },
    ],
  },
  {
    id: 'alibaba-cloud-market-share-change-q2-2019',
    entity: 'alibaba-cloud',
    metric: 'growth',
    max: 1,
    unit: 'percentage-points',
    period: q2Calendar,
    dateBasis: q2Basis,
    qualifier: 'estimate',
    scope: 'change in worldwide cloud infrastructure services market share, Q2 2019 vs Q2 2018 (Synergy Research)',
    summary: 'Alibaba’s global cloud infrastructure share rose by a little under one percentage point from a year earlier.',
    citations: [
      {
        source: 'tc-alibaba-cloud-run-rate',
        quote: 'up by almost a percentage point from Q2 of last year',
        fields: ['max', 'period'],
        derivation: "'Almost a percentage point' is a rise of at most one point.",
      },
    ],
  },
  {
    id: 'alibaba-cloud-rank-china-public-cloud-q1-2019',
    entity: 'alibaba-cloud',
    metric: 'rank',
    value: 1,
    unit: 'rank',
    period: q1Synergy,
    dateBasis: q1Basis,
    qualifier: 'estimate',
    scope: 'China, public cloud (Synergy Research)',
    summary: 'Synergy Research ranked Alibaba the top public cloud provider in China on Q1 2019 data.',
    citations: [
      { source: 'tc-alibaba-cloud-run-rate', quote: 'Alibaba was first in China', fields: ['value'] },
      { source: 'tc-alibaba-cloud-run-rate', quote: 'These numbers were based on Q1 data', fields: ['period'] },
    ],
  },
  {
    id: 'alibaba-cloud-rank-asia-pacific-ex-china-q1-2019',
    entity: 'alibaba-cloud',
    metric: 'rank',
    value: 4,
    unit: 'rank',
    period: q1Synergy,
    dateBasis: q1Basis,
    qualifier: 'estimate',
    scope: 'Asia-Pacific excluding China, public cloud (Synergy Research)',
    summary: 'Outside China, Synergy Research placed Alibaba fourth in Asia-Pacific public cloud, behind Amazon, Microsoft and Google.',
    citations: [
      {
        source: 'tc-alibaba-cloud-run-rate',
        quote: 'fourth in the region outside of China, with the market’s Big 3 — Amazon, Microsoft and Google — coming in ahead of it',
        fields: ['value'],
      },
      { source: 'tc-alibaba-cloud-run-rate', quote: 'These numbers were based on Q1 data', fields: ['period'] },
    ],
  },
  {
    id: 'amazon-rank-asia-pacific-public-cloud-q1-2019',
    entity: 'amazon',
    metric: 'rank',
    value: 1,
    unit: 'rank',
    period: q1Synergy,
    dateBasis: q1Basis,
    qualifier: 'estimate',
    scope: 'Asia-Pacific overall, public cloud (Synergy Research)',
    summary: 'Synergy Research still ranked Amazon the leading public cloud provider across Asia-Pacific on Q1 2019 data.',
    citations: [
      { source: 'tc-alibaba-cloud-run-rate', quote: 'Amazon was still number one overall in the region', fields: ['value'] },
      { source: 'tc-alibaba-cloud-run-rate', quote: 'These numbers were based on Q1 data', fields: ['period'] },
    ],
  },
  {
    id: 'microsoft-rank-asia-pacific-ex-china-public-cloud-q1-2019',
    entity: 'microsoft',
    metric: 'rank',
    min: 1,
    max: 3,
    unit: 'rank',
    period: q1Synergy,
    dateBasis: q1Basis,
    qualifier: 'estimate',
    scope: 'Asia-Pacific excluding China, public cloud (Synergy Research)',
    summary: 'Microsoft is among the top three public cloud providers in Asia-Pacific outside China, ahead of Alibaba.',
    citations: [
      {
        source: 'tc-alibaba-cloud-run-rate',
        quote: 'fourth in the region outside of China, with the market’s Big 3 — Amazon, Microsoft and Google — coming in ahead of it',
        fields: ['min', 'max'],
        derivation: 'One of the Big 3 ranked ahead of the fourth-placed Alibaba: rank 1 to 3, the source does not order the three.',
      },
    ],
  },
  {
    id: 'google-rank-asia-pacific-ex-china-public-cloud-q1-2019',
    entity: 'google',
    metric: 'rank',
    min: 1,
    max: 3,
    unit: 'rank',
    period: q1Synergy,
    dateBasis: q1Basis,
    qualifier: 'estimate',
    scope: 'Asia-Pacific excluding China, public cloud (Synergy Research)',
    summary: 'Google is among the top three public cloud providers in Asia-Pacific outside China, ahead of Alibaba.',
    citations: [
      {
        source: 'tc-alibaba-cloud-run-rate',
        quote: 'fourth in the region outside of China, with the market’s Big 3 — Amazon, Microsoft and Google — coming in ahead of it',
        fields: ['min', 'max'],
        derivation: 'One of the Big 3 ranked ahead of the fourth-placed Alibaba: rank 1 to 3, the source does not order the three.',
      },
    ],
  },
  {
    id: 'alibaba-revenue-q-2019-06',
    entity: 'alibaba',
    metric: 'revenue',
    value: 16740000000,
    unit: 'USD',
    period: quarterJune2019,
    dateBasis: quarterBasis,
    qualifier: 'reported',
    scope: 'Alibaba Group total',
    summary: 'Alibaba Group’s total revenue for the June 2019 quarter.',
    citations: [
      {
        source: 'tc-alibaba-cloud-run-rate',
        quote: 'accounted for almost 7% of Alibaba’s total of $16.74 billion in revenue for the quarter',
        fields: ['value'],
      },
    ],
  },
  {
    id: 'amazon-cloud-revenue-q-2019-06',
    entity: 'amazon',
    metric: 'revenue',
    value: 8381000000,
    unit: 'USD',
    period: { from: '2019-04', to: '2019-06', label: 'Amazon’s most recent quarter before 2019-08-15' },
    dateBasis: "article published 2019-08-15; the source says 'last quarter'",
    qualifier: 'reported',
    scope: 'cloud business only',
    summary: 'Amazon’s cloud revenue for its latest reported quarter, over twice Alibaba Cloud’s annual run rate.',
    citations: [
      {
        source: 'tc-alibaba-cloud-run-rate',
        quote: 'Amazon, which reported cloud revenue of $8.381 billion last quarter, more than double Alibaba’s yearly run rate',
        fields: ['value', 'period'],
      },
    ],
  },
  {
    id: 'alibaba-cloud-apac-country-markets-2019',
    entity: 'alibaba-cloud',
    metric: 'countries',
    min: 7,
    unit: 'countries',
    asOf: '2019-08-15',
    dateBasis: "the article's publication date, 2019-08-15",
    qualifier: 'estimate',
    scope: 'Asia-Pacific country markets outside China and Hong Kong where it is making inroads (Synergy Research)',
    summary:
      'Synergy Research named seven other Asia-Pacific country markets where Alibaba Cloud was gaining ground: Indonesia, Malaysia, Singapore, India, Australia, Japan and South Korea.',
    citations: [
      {
        source: 'tc-alibaba-cloud-run-rate',
        quote: 'a range of other APAC country markets — Indonesia, Malaysia, Singapore, India, Australia, Japan and South Korea',
        fields: ['min'],
        derivation: 'The quote lists seven countries as part of a wider range: at least 7.',
      },
    ],
  },
  {
    id: 'alibaba-cloud-overtake-amazon-projection-2015',
    entity: 'alibaba-cloud',
    metric: 'rank',
    value: 1,
    unit: 'rank',
    asOf: '2019',
    dateBasis:
      "the forecast was made in 2015 ('at that time') for 'four years' on; the article (2019-08-15) says Alibaba Cloud is not even close",
    qualifier: 'projection',
    scope: 'cloud, against Amazon: Simon Hu’s 2015 forecast that Alibaba Cloud would overtake Amazon within four years',
    summary:
      'In 2015 Alibaba Cloud’s president Simon Hu told Reuters the company would pass Amazon in cloud within four years; four years on, the article says it is nowhere near.',
    evidence: 'implied',
    evidenceNote: 'The source states the forecast of overtaking Amazon, the leader it names; reading that as first place is ours.',
    citations: [
      {
        source: 'tc-alibaba-cloud-run-rate',
        quote: 'Alibaba Cloud’s president Simon Hu boasted to Reuters that his company would overtake Amazon in four years',
        fields: ['value', 'asOf'],
        derivation: 'Overtaking Amazon, which the article ranks number one, would put Alibaba Cloud first: rank 1, four years after 2015.',
      },
      { source: 'tc-alibaba-cloud-run-rate', quote: 'It is not even close to doing that', fields: ['qualifier'] },
    ],
  },
] as const satisfies readonly MetricRecord[];

export const rules = [] as const satisfies readonly RuleRecord[];
