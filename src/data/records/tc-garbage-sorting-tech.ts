import type { DealRecord, MetricRecord, RuleRecord } from '../define.js';

// Records told in source `tc-garbage-sorting-tech`.

const SRC = 'tc-garbage-sorting-tech';
const PUBLISHED = "the article's publication date, 2019";

const RECYCLING =
  'is now collecting garbage from 8,000 apartment complexes across 11 cities';

export const deals = [
  {
    id: 'alipay-recycling-mini-app-developer-partnership',
    kind: 'partnership',
    status: 'completed',
    parties: [
      { entity: 'alipay', role: 'partner' },
      {
        entity: 'alipay-recycling-mini-app',
        role: 'venture',
        contribution: { description: 'Recycling mini app built for Alipay by an unnamed third-party developer.' },
      },
    ],
    amounts: [],
    summary: 'An outside developer worked with Alipay to create a recycling mini app that now runs doorstep garbage collection.',
    citations: [
      {
        source: SRC,
        quote: 'A third-party developer helped Alipay build a recycling mini app (“垃圾分类回收平台”)',
        fields: ['kind', 'parties[0].role', 'parties[1].role'],
      },
    ],
  },
] as const satisfies readonly DealRecord[];

export const metrics = [
  {
    id: 'alipay-garbage-sorting-mini-app-user-growth-first-three-days',
    entity: 'alipay-garbage-sorting-mini-app',
    metric: 'user-growth',
    value: 1000000,
    unit: 'users',
    asOf: '2019',
    dateBasis: "the article's publication date, 2019, after Shanghai’s sorting rules took effect on July 1",
    qualifier: 'claimed',
    scope: 'users added within three days',
    summary: 'Alipay says its garbage-classification mini app gained a million users in only three days.',
    citations: [{ source: SRC, quote: 'claims its garbage-sorting mini app added one million users in just three days', fields: ['value'] }],
  },
  {
    id: 'alipay-garbage-sorting-mini-app-rubbish-types-indexed',
    entity: 'alipay-garbage-sorting-mini-app',
    metric: 'products',
    min: 4000,
    unit: 'items',
    asOf: '2019',
    dateBasis: "the article's publication date, 2019; the source says 'so far'",
    qualifier: 'reported',
    scope: 'types of rubbish in its database',
    summary: 'The Alipay sorting app’s database covers over 4,000 kinds of waste and is still growing.',
    citations: [{ source: SRC, quote: 'has so far indexed more than 4,000 types of rubbish', fields: ['min'] }],
  },
  {
    id: 'alipay-recycling-mini-app-apartment-complexes',
    entity: 'alipay-recycling-mini-app',
    metric: 'customers',
    value: 8000,
    unit: 'residential-complexes',
    asOf: '2019',
    dateBasis: "the article's publication date, 2019; the source says 'now'",
    qualifier: 'reported',
    scope: 'apartment complexes from which it collects garbage',
    summary: 'The Alipay recycling mini app picks up garbage from 8,000 apartment complexes.',
    citations: [{ source: SRC, quote: RECYCLING, fields: ['value'] }],
  },
  {
    id: 'alipay-recycling-mini-app-cities',
    entity: 'alipay-recycling-mini-app',
    metric: 'cities',
    value: 11,
    unit: 'cities',
    asOf: '2019',
    dateBasis: "the article's publication date, 2019; the source says 'now'",
    qualifier: 'reported',
    summary: 'The recycling mini app’s collection service operates in 11 cities.',
    citations: [{ source: SRC, quote: RECYCLING, fields: ['value'] }],
  },
  {
    id: 'alipay-recycling-mini-app-sellers-to-date',
    entity: 'alipay-recycling-mini-app',
    metric: 'users',
    value: 2000000,
    unit: 'people',
    asOf: '2019',
    dateBasis: "the article's publication date, 2019; the source says 'to date'",
    qualifier: 'reported',
    scope: 'people who have sold recyclables through the platform, cumulative',
    summary: 'Two million people have so far sold recyclable waste through the recycling mini app.',
    citations: [{ source: SRC, quote: 'To date, two million people have sold recyclable material through its platform', fields: ['value'] }],
  },
  {
    id: 'ele-me-trash-pickup-price-2019',
    entity: 'ele-me',
    metric: 'price',
    value: 2,
    unit: 'USD',
    asOf: '2019-06-24',
    dateBasis: 'date of the quoted tweet reporting the service had just been rolled out',
    qualifier: 'reported',
    scope: 'per “throw out the trash” errand',
    summary: 'Price of Ele.me’s new errand service that takes a customer’s trash out.',
    citations: [
      { source: SRC, quote: 'just rolled out a “throw out the trash” service for $2', fields: ['value'] },
      { source: SRC, quote: '— Krystal Hu (@readkrystalhu) June 24, 2019', fields: ['asOf'] },
    ],
  },
  {
    // The source names no payer: the reward is told of the QR-code scheme some Shanghai complexes run.
    id: 'shanghai-garbage-sorting-daily-reward-2019',
    entity: 'shanghai',
    metric: 'reward',
    value: 0.1,
    unit: 'CNY',
    conversions: [{ value: 0.0145, currency: 'USD' }],
    asOf: '2019',
    dateBasis: "the article's publication date, 2019; reported by Xinhua",
    qualifier: 'reported',
    scope: 'reward per day to a household that sorts its trash correctly (QR-code tracing scheme)',
    summary: 'Daily reward for Shanghai households whose QR-coded trash is correctly sorted, given in yuan with a US-cent equivalent.',
    citations: [
      { source: SRC, quote: 'receive a small reward of 0.1 yuan, or 1.45 cents, per day', fields: ['value', 'conversions[0].value'] },
    ],
  },
  {
    id: 'shanghai-garbage-sorting-categories-2019',
    entity: 'shanghai-municipal-government',
    metric: 'categories',
    value: 4,
    unit: 'categories',
    asOf: '2019-07-01',
    qualifier: 'reported',
    scope: 'waste categories households and companies must sort into under the compulsory program',
    summary: 'Shanghai’s compulsory garbage-sorting rules, in force from July 1, 2019, require waste to be sorted into four categories.',
    citations: [
      { source: SRC, quote: 'On July 1, the world’s most populated city (Shanghai) began a compulsory garbage-sorting program', fields: ['asOf'] },
      { source: SRC, quote: 'households and companies must classify their wastes into four categories', fields: ['value'] },
    ],
  },
  {
    id: 'shanghai-residents-2019',
    entity: 'shanghai',
    metric: 'population',
    min: 24000000,
    unit: 'people',
    asOf: '2019',
    dateBasis: PUBLISHED,
    qualifier: 'reported',
    scope: 'residents of the city',
    summary: 'Shanghai has more than 24 million residents.',
    citations: [{ source: SRC, quote: 'the city’s more than 24 million residents', fields: ['min'] }],
  },
  {
    id: 'shanghai-world-population-rank-2019',
    entity: 'shanghai',
    metric: 'rank',
    value: 1,
    unit: 'rank',
    asOf: '2019',
    dateBasis: PUBLISHED,
    qualifier: 'reported',
    scope: 'cities of the world, by population',
    summary: 'The source calls Shanghai the world’s most populated city.',
    citations: [
      {
        source: SRC,
        quote: 'the world’s most populated city (Shanghai)',
        fields: ['value'],
        derivation: 'Rank 1: the most populated city is the first by population.',
      },
    ],
  },
] as const satisfies readonly MetricRecord[];

// The Ele.me price and the Shanghai reward are metrics (a reward is not a pricing rule), so no rules.
export const rules = [] as const satisfies readonly RuleRecord[];
