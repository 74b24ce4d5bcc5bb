import type { DealRecord, MetricRecord, RuleRecord } from '../define.js';

// Records told in source `tc-hellobike-battery-jv`.

const SRC = 'tc-hellobike-battery-jv';

export const deals = [
  {
    id: 'hellobike-ant-catl-battery-swap-jv-2019',
    kind: 'joint-venture',
    status: 'announced',
    parties: [
      { entity: 'hellobike', role: 'partner' },
      {
        entity: 'ant-group',
        role: 'partner',
        contribution: { description: 'Its e-wallet (Alipay) is the payment channel for the battery swaps.' },
      },
      { entity: 'catl', role: 'partner', contribution: { description: 'Battery maker partner in the venture.' } },
      { entity: 'hellobike-battery-swap-jv', role: 'venture' },
    ],
    amounts: [
      {
        value: 1000000000,
        currency: 'CNY',
        label: 'size of the joint venture',
        conversions: [{ value: 145000000, currency: 'USD' }],
      },
    ],
    date: '2019',
    dateBasis: "article published 2019; the source says Hellobike announced it 'on Wednesday'",
    summary:
      'Hellobike, Ant Financial and CATL are forming a three-way venture worth RMB 1 billion to run battery-swapping stations for electric scooters; the partners’ individual stakes were not disclosed.',
    citations: [
      {
        source: SRC,
        quote:
          'Hellobike is setting up a 1 billion yuan ($145 million) joint venture with Alibaba’s financial affiliate Ant Financial and battery maker CATL',
      },
      { source: SRC, quote: 'it did not specify individual shares of the three partners' },
      { source: SRC, quote: 'That’s according to an announcement from Hellobike on Wednesday' },
      { source: SRC, quote: 'pay via Ant’s e-wallet' },
    ],
  },
  {
    id: 'ant-financial-invests-in-hellobike',
    kind: 'investment',
    status: 'completed',
    parties: [
      { entity: 'ant-group', role: 'investor' },
      { entity: 'hellobike', role: 'investee' },
    ],
    amounts: [],
    summary: 'Ant Financial is a financial backer of Hellobike (timing and amount not given).',
    citations: [{ source: SRC, quote: 'Hellobike, backed by Ant Financial' }],
  },
  {
    id: 'meituan-dianping-owns-mobike',
    kind: 'acquisition',
    status: 'completed',
    parties: [
      { entity: 'meituan', role: 'acquirer' },
      { entity: 'mobike', role: 'target' },
    ],
    amounts: [],
    summary: 'Bike-sharing service Mobike has come under the ownership of Meituan Dianping (no date or price given).',
    citations: [{ source: SRC, quote: 'Mobike, the bike sharing service now owned by Meituan Dianping' }],
  },
  {
    id: 'catl-supplies-volvo',
    kind: 'partnership',
    status: 'completed',
    parties: [
      { entity: 'catl', role: 'partner' },
      { entity: 'volvo', role: 'partner' },
    ],
    amounts: [],
    summary: 'CATL has recently begun supplying batteries to carmaker Volvo.',
    citations: [
      { source: SRC, quote: 'supplying to local carmakers as well as more recently international players Volvo and Toyota' },
    ],
  },
  {
    id: 'catl-supplies-toyota',
    kind: 'partnership',
    status: 'completed',
    parties: [
      { entity: 'catl', role: 'partner' },
      { entity: 'toyota', role: 'partner' },
    ],
    amounts: [],
    summary: 'CATL has recently begun supplying batteries to carmaker Toyota.',
    citations: [
      { source: SRC, quote: 'supplying to local carmakers as well as more recently international players Volvo and Toyota' },
    ],
  },
] as const satisfies readonly DealRecord[];

export const metrics = [
  {
    id: 'hellobike-users-2019',
    entity: 'hellobike',
    metric: 'users',
    min: 200000000,
    unit: 'users',
    asOf: '2019',
    dateBasis: "article published 2019; the source says 'now'",
    qualifier: 'claimed',
    scope: 'China',
    summary: 'Hellobike says it serves over 200 million users.',
    citations: [{ source: SRC, quote: 'Hellobike claims it’s now serving more than 200 million users in some 360 cities around China' }],
  },
  {
    id: 'hellobike-age-2019',
    entity: 'hellobike',
    metric: 'age',
    value: 3,
    unit: 'years',
    asOf: '2019',
    dateBasis: 'article published 2019',
    qualifier: 'reported',
    summary: 'Hellobike was three years old when it announced the battery venture.',
    citations: [{ source: SRC, quote: 'Three-year-old Hellobike' }],
  },
  {
    id: 'hellobike-cities-2019',
    entity: 'hellobike',
    metric: 'cities',
    value: 360,
    unit: 'cities',
    asOf: '2019',
    dateBasis: "article published 2019; the source says 'now'",
    qualifier: 'approximate',
    scope: 'China',
    summary: 'Hellobike operates in roughly 360 Chinese cities.',
    citations: [{ source: SRC, quote: 'Hellobike claims it’s now serving more than 200 million users in some 360 cities around China' }],
  },
  {
    id: 'hellobike-battery-swap-capacity-2019',
    entity: 'hellobike',
    metric: 'vehicles',
    min: 2000000,
    unit: 'bikes',
    asOf: '2019',
    dateBasis: 'article published 2019; capacity of the existing service at the time of the announcement',
    qualifier: 'claimed',
    scope: 'bikes whose energy needs the existing battery-swapping service can meet per day',
    summary: 'Hellobike’s existing battery-swapping network can power over two million bikes a day.',
    citations: [{ source: SRC, quote: 'can fulfill the energy need of more than two million bikes daily' }],
  },
  {
    id: 'catl-rank-china-ev-batteries',
    entity: 'catl',
    metric: 'rank',
    value: 1,
    unit: 'rank',
    qualifier: 'reported',
    scope: 'China, makers of batteries for electric vehicles',
    summary: 'CATL is the biggest electric-vehicle battery maker in China.',
    citations: [{ source: SRC, quote: 'it’s China’s largest battery maker for electric vehicles' }],
  },
  {
    id: 'alipay-users-2019',
    entity: 'alipay',
    metric: 'users',
    value: 1000000000,
    unit: 'users',
    asOf: '2019',
    dateBasis: 'articles published 2019',
    qualifier: 'claimed',
    summary: 'Alipay, Ant’s e-wallet, says it has about one billion users.',
    citations: [
      { source: SRC, quote: 'Ant’s e-wallet, which claims to have one billion users' },
      { source: 'tc-garbage-sorting-tech', quote: 'the e-wallet with one billion users' },
    ],
  },
] as const satisfies readonly MetricRecord[];

export const rules = [] as const satisfies readonly RuleRecord[];
