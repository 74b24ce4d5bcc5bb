import type { DealRecord, MetricRecord, RuleRecord } from '../define.js';

// Records told in source `tc-hellobike-battery-jv`.

const SRC = 'tc-hellobike-battery-jv';
const PUBLISHED = "the article's publication date, 2019";

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
    dateBasis: "the article's publication date, 2019; the source says Hellobike announced it 'on Wednesday'",
    summary:
      'Hellobike, Ant Financial and CATL are forming a three-way venture worth RMB 1 billion to run battery-swapping stations for electric scooters; the partners’ individual stakes were not disclosed.',
    citations: [
      {
        source: SRC,
        quote:
          'Hellobike is setting up a 1 billion yuan ($145 million) joint venture with Alibaba’s financial affiliate Ant Financial and battery maker CATL',
        fields: ['amounts[0].value', 'amounts[0].conversions[0].value', 'kind', 'parties[0].role', 'parties[1].role', 'parties[2].role', 'parties[3].role'],
      },
      { source: SRC, quote: 'it did not specify individual shares of the three partners' },
      { source: SRC, quote: 'That’s according to an announcement from Hellobike on Wednesday', fields: ['status'] },
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
    citations: [{ source: SRC, quote: 'Hellobike, backed by Ant Financial', fields: ['kind', 'parties[0].role', 'parties[1].role'] }],
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
    evidence: 'implied',
    evidenceNote: 'The source states that Meituan Dianping now owns Mobike; that ownership came by an acquisition is read from "now owned", not told.',
    citations: [
      { source: SRC, quote: 'Mobike, the bike sharing service now owned by Meituan Dianping', fields: ['kind', 'parties[0].role', 'parties[1].role'] },
    ],
  },
  {
    id: 'catl-supplies-volvo',
    kind: 'supply',
    status: 'completed',
    parties: [
      { entity: 'catl', role: 'supplier' },
      { entity: 'volvo', role: 'customer' },
    ],
    amounts: [],
    summary: 'CATL has recently begun supplying batteries to carmaker Volvo.',
    citations: [
      {
        source: SRC,
        quote: 'supplying to local carmakers as well as more recently international players Volvo and Toyota',
        fields: ['kind', 'parties[0].role', 'parties[1].role'],
      },
    ],
  },
  {
    id: 'catl-supplies-toyota',
    kind: 'supply',
    status: 'completed',
    parties: [
      { entity: 'catl', role: 'supplier' },
      { entity: 'toyota', role: 'customer' },
    ],
    amounts: [],
    summary: 'CATL has recently begun supplying batteries to carmaker Toyota.',
    citations: [
      {
        source: SRC,
        quote: 'supplying to local carmakers as well as more recently international players Volvo and Toyota',
        fields: ['kind', 'parties[0].role', 'parties[1].role'],
      },
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
    dateBasis: "the article's publication date, 2019; the source says 'now'",
    qualifier: 'claimed',
    scope: 'China',
    summary: 'Hellobike says it serves over 200 million users.',
    citations: [{ source: SRC, quote: 'Hellobike claims it’s now serving more than 200 million users in some 360 cities around China', fields: ['min'] }],
  },
  {
    id: 'hellobike-age-2019',
    entity: 'hellobike',
    metric: 'age',
    value: 3,
    unit: 'years',
    asOf: '2019',
    dateBasis: PUBLISHED,
    qualifier: 'reported',
    summary: 'Hellobike was three years old when it announced the battery venture.',
    citations: [{ source: SRC, quote: 'Three-year-old Hellobike', fields: ['value'] }],
  },
  {
    id: 'hellobike-cities-2019',
    entity: 'hellobike',
    metric: 'cities',
    value: 360,
    unit: 'cities',
    asOf: '2019',
    dateBasis: "the article's publication date, 2019; the source says 'now'",
    qualifier: 'approximate',
    scope: 'China',
    summary: 'Hellobike operates in roughly 360 Chinese cities.',
    citations: [{ source: SRC, quote: 'Hellobike claims it’s now serving more than 200 million users in some 360 cities around China', fields: ['value'] }],
  },
  {
    id: 'hellobike-battery-swap-capacity-2019',
    entity: 'hellobike',
    metric: 'vehicles',
    min: 2000000,
    unit: 'bikes',
    asOf: '2019',
    dateBasis: "the article's publication date, 2019; capacity of the existing service at the time of the announcement",
    qualifier: 'claimed',
    scope: 'bikes whose energy needs the existing battery-swapping service can meet per day',
    summary: 'Hellobike’s existing battery-swapping network can power over two million bikes a day.',
    citations: [{ source: SRC, quote: 'can fulfill the energy need of more than two million bikes daily', fields: ['min'] }],
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
    citations: [
      {
        source: SRC,
        quote: 'it’s China’s largest battery maker for electric vehicles',
        fields: ['value'],
        derivation: 'Rank 1: the largest maker is the first by size.',
      },
    ],
  },
  {
    id: 'alipay-users-2019',
    entity: 'alipay',
    metric: 'users',
    value: 1000000000,
    unit: 'users',
    asOf: '2019',
    dateBasis: "the articles' publication date, 2019",
    qualifier: 'claimed',
    summary: 'Alipay, Ant’s e-wallet, says it has about one billion users.',
    // the same claim as the 'more than 1 billion active users' of Alibaba's earnings report, rounded
    derivedFrom: 'alipay-active-users-2019',
    citations: [
      { source: SRC, quote: 'Ant’s e-wallet, which claims to have one billion users', fields: ['value'] },
      { source: 'tc-garbage-sorting-tech', quote: 'the e-wallet with one billion users', fields: ['value'] },
    ],
  },
  {
    id: 'china-population-2019',
    entity: 'china',
    metric: 'population',
    value: 1400000000,
    unit: 'people',
    asOf: '2019',
    dateBasis: PUBLISHED,
    qualifier: 'approximate',
    summary: 'China has a population of about 1.4 billion.',
    citations: [{ source: SRC, quote: 'the country has a population of about 1.4 billion', fields: ['value'] }],
  },
  {
    id: 'china-two-wheeler-trips-per-day-2019',
    entity: 'china-two-wheelers',
    metric: 'rides',
    value: 1000000000,
    unit: 'trips',
    asOf: '2019',
    dateBasis: PUBLISHED,
    qualifier: 'claimed',
    scope: 'trips completed on two-wheelers in China each day, per Hellobike’s CEO',
    summary: 'Hellobike’s CEO Yang Lei says one billion trips are made on two-wheelers in China every day.',
    citations: [
      { source: SRC, quote: 'there are one billion trips that are completed on two-wheelers in China each day', fields: ['value'] },
    ],
  },
] as const satisfies readonly MetricRecord[];

export const rules = [] as const satisfies readonly RuleRecord[];
