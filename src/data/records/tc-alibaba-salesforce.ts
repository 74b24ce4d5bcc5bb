import type { DealRecord, MetricRecord, RuleRecord } from '../define.js';

// Records told in source `tc-alibaba-salesforce`.

export const deals = [
  {
    id: 'alibaba-salesforce-strategic-partnership-2019',
    kind: 'partnership',
    status: 'announced',
    parties: [
      {
        entity: 'alibaba',
        role: 'partner',
        contribution: {
          description:
            'sole reseller of Salesforce to business customers in mainland China, Hong Kong, Macau and Taiwan, selling it as its only enterprise CRM suite',
        },
      },
      {
        entity: 'alibaba-cloud',
        role: 'partner',
        contribution: {
          description: 'hosts a local version of Salesforce and stores Salesforce’s China-based data',
        },
      },
      {
        entity: 'salesforce',
        role: 'partner',
        contribution: { description: 'its CRM software, localized for Greater China customers' },
      },
    ],
    amounts: [],
    date: '2019',
    dateBasis: "the article's publication date, 2019; the source says the companies announced the deal 'on Thursday'",
    summary:
      'Salesforce and Alibaba agreed an exclusive tie-up under which Alibaba resells Salesforce to businesses in Greater China, Salesforce becomes the only enterprise CRM suite Alibaba sells, and Alibaba Cloud hosts a local version and the China data.',
    citations: [
      {
        source: 'tc-alibaba-salesforce',
        quote:
          'Alibaba will be the exclusive provider of Salesforce to enterprise customers in mainland China, Hong Kong, Macau, and Taiwan',
        fields: ['parties[0].contribution.description'],
      },
      {
        source: 'tc-alibaba-salesforce',
        quote: 'Salesforce will become the exclusive enterprise CRM software suite sold by Alibaba, the companies announced on Thursday',
        fields: ['parties[2].contribution.description', 'status', 'date'],
      },
      { source: 'tc-alibaba-salesforce', quote: 'Salesforce announced a strategic partnership with Alibaba', fields: ['kind'] },
      {
        source: 'tc-alibaba-salesforce',
        quote: 'the tie-up also enables Salesforce to store its China-based data at Alibaba Cloud',
        fields: ['parties[1].contribution.description'],
      },
      {
        source: 'tc-alibaba-salesforce',
        quote: 'exclusive access to a locally-hosted version of Salesforce from Alibaba Cloud',
        fields: ['parties[1].contribution.description'],
      },
    ],
  },
  {
    id: 'laiye-35m-funding-round-led-by-cathay-innovation-2019',
    kind: 'funding-round',
    status: 'completed',
    parties: [
      { entity: 'laiye', role: 'investee' },
      { entity: 'cathay-innovation', role: 'lead-investor' },
    ],
    amounts: [{ value: 35000000, currency: 'USD', label: 'round size' }],
    date: '2019',
    dateBasis: "the article's publication date, 2019; the source says the round 'recently closed'",
    summary: 'Workflow-automation startup Laiye closed a $35 million round with Cathay Innovation as lead investor.',
    citations: [
      {
        source: 'tc-alibaba-salesforce',
        quote: 'Workflow automation startup Laiye, for example, recently closed a $35 million funding round led by Cathay Innovation',
        fields: ['kind', 'status', 'amounts[0].value', 'parties[1].role'],
      },
    ],
  },
  {
    id: 'salesforce-100m-japan-startup-fund-2018',
    kind: 'fund',
    status: 'completed',
    parties: [{ entity: 'salesforce', role: 'fund-manager' }],
    amounts: [{ value: 100000000, currency: 'USD', label: 'fund size' }],
    date: '2018-12',
    dateBasis: "the article's publication date, 2019; the source says 'last December'",
    summary: 'Salesforce created a $100 million vehicle for investing in Japanese enterprise-software startups.',
    citations: [
      {
        source: 'tc-alibaba-salesforce',
        quote: 'last December when it set up a $100 million fund to invest in Japanese enterprise startups',
        fields: ['kind', 'amounts[0].value', 'date'],
      },
    ],
  },
] as const satisfies readonly DealRecord[];

const quarterApril2019 = { from: '2019-02', to: '2019-04', label: 'three months ended April 30' } as const;
const quarterBasis =
  "the article's publication date, 2019; the source says 'the three months ended April 30' without a year" as const;

export const metrics = [
  {
    id: 'salesforce-revenue-share-asia-q-2019-04',
    entity: 'salesforce',
    metric: 'share',
    value: 10,
    unit: 'percent',
    period: quarterApril2019,
    dateBasis: quarterBasis,
    qualifier: 'approximate',
    scope: 'share of Salesforce revenue originating in Asia',
    summary: 'Roughly a tenth of Salesforce’s quarterly revenue came from Asia.',
    citations: [
      {
        source: 'tc-alibaba-salesforce',
        quote: 'only about 10% of Salesforce revenues in the three months ended April 30 originated from Asia',
        fields: ['value', 'period'],
      },
    ],
  },
  {
    id: 'salesforce-revenue-share-europe-q-2019-04',
    entity: 'salesforce',
    metric: 'share',
    value: 20,
    unit: 'percent',
    period: quarterApril2019,
    dateBasis: quarterBasis,
    qualifier: 'reported',
    scope: 'share of Salesforce revenue originating in Europe',
    summary: 'A fifth of Salesforce’s quarterly revenue came from Europe.',
    citations: [
      { source: 'tc-alibaba-salesforce', quote: 'Salesforce revenues in the three months ended April 30', fields: ['period'] },
      { source: 'tc-alibaba-salesforce', quote: 'compared to 20% from Europe and 70% from the Americas', fields: ['value'] },
    ],
  },
  {
    id: 'salesforce-revenue-share-americas-q-2019-04',
    entity: 'salesforce',
    metric: 'share',
    value: 70,
    unit: 'percent',
    period: quarterApril2019,
    dateBasis: quarterBasis,
    qualifier: 'reported',
    scope: 'share of Salesforce revenue originating in the Americas',
    summary: 'Most of Salesforce’s quarterly revenue, seven tenths, came from the Americas.',
    citations: [
      { source: 'tc-alibaba-salesforce', quote: 'Salesforce revenues in the three months ended April 30', fields: ['period'] },
      { source: 'tc-alibaba-salesforce', quote: 'compared to 20% from Europe and 70% from the Americas', fields: ['value'] },
    ],
  },
  {
    id: 'salesforce-rank-crm-2019',
    entity: 'salesforce',
    metric: 'rank',
    value: 1,
    unit: 'rank',
    asOf: '2019',
    dateBasis: "the article's publication date, 2019",
    qualifier: 'reported',
    scope: 'worldwide, customer relationship management (CRM) tools',
    summary: 'Salesforce, founded about twenty years earlier, leads the CRM software market.',
    citations: [
      {
        source: 'tc-alibaba-salesforce',
        quote: 'Salesforce, the 20-year-old leader in customer relationship management (CRM) tools',
        fields: ['value'],
        derivation: "Rank 1 from 'the leader'.",
      },
    ],
  },
  {
    id: 'salesforce-age-2019',
    entity: 'salesforce',
    metric: 'age',
    value: 20,
    unit: 'years',
    asOf: '2019',
    dateBasis: "the article's publication date, 2019",
    qualifier: 'reported',
    summary: 'Salesforce had been in business for two decades at the time of the Alibaba deal.',
    citations: [{ source: 'tc-alibaba-salesforce', quote: 'Salesforce, the 20-year-old leader', fields: ['value'] }],
  },
  {
    id: 'alibaba-cloud-rank-china-cloud-2019',
    entity: 'alibaba-cloud',
    metric: 'rank',
    value: 1,
    unit: 'rank',
    asOf: '2019',
    dateBasis: "the article's publication date, 2019",
    qualifier: 'reported',
    scope: 'China, cloud service providers',
    summary: 'Alibaba’s cloud arm is the largest cloud provider in China.',
    citations: [
      {
        source: 'tc-alibaba-salesforce',
        quote: 'China’s biggest cloud service provider',
        fields: ['value'],
        derivation: "Rank 1 from 'biggest'.",
      },
    ],
  },
] as const satisfies readonly MetricRecord[];

export const rules = [] as const satisfies readonly RuleRecord[];
