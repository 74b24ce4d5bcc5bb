import type { DealRecord, MetricRecord, RuleRecord } from '../define.js';

// Records told in source `tc-garbage-sorting-tech`.

const SRC = 'tc-garbage-sorting-tech';

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
        role: 'partner',
        contribution: { description: 'Recycling mini app built for Alipay by an unnamed third-party developer.' },
      },
    ],
    amounts: [],
    summary: 'An outside developer worked with Alipay to create a recycling mini app that now runs doorstep garbage collection.',
    citations: [
      { source: SRC, quote: 'A third-party developer helped Alipay build a recycling mini app (“垃圾分类回收平台”)' },
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
    dateBasis: 'article published 2019, after Shanghai’s sorting rules took effect on July 1',
    qualifier: 'claimed',
    scope: 'users added within three days',
    summary: 'Alipay says its garbage-classification mini app gained a million users in only three days.',
    citations: [{ source: SRC, quote: 'claims its garbage-sorting mini app added one million users in just three days' }],
  },
  {
    id: 'alipay-garbage-sorting-mini-app-rubbish-types-indexed',
    entity: 'alipay-garbage-sorting-mini-app',
    metric: 'products',
    min: 4000,
    unit: 'items',
    asOf: '2019',
    dateBasis: "article published 2019; the source says 'so far'",
    qualifier: 'reported',
    scope: 'types of rubbish in its database',
    summary: 'The Alipay sorting app’s database covers over 4,000 kinds of waste and is still growing.',
    citations: [{ source: SRC, quote: 'has so far indexed more than 4,000 types of rubbish' }],
  },
  {
    id: 'alipay-recycling-mini-app-apartment-complexes',
    entity: 'alipay-recycling-mini-app',
    metric: 'customers',
    value: 8000,
    unit: 'residential-complexes',
    asOf: '2019',
    dateBasis: "article published 2019; the source says 'now'",
    qualifier: 'reported',
    scope: 'apartment complexes from which it collects garbage',
    summary: 'The Alipay recycling mini app picks up garbage from 8,000 apartment complexes.',
    citations: [{ source: SRC, quote: RECYCLING }],
  },
  {
    id: 'alipay-recycling-mini-app-cities',
    entity: 'alipay-recycling-mini-app',
    metric: 'cities',
    value: 11,
    unit: 'cities',
    asOf: '2019',
    dateBasis: "article published 2019; the source says 'now'",
    qualifier: 'reported',
    summary: 'The recycling mini app’s collection service operates in 11 cities.',
    citations: [{ source: SRC, quote: RECYCLING }],
  },
  {
    id: 'alipay-recycling-mini-app-sellers-to-date',
    entity: 'alipay-recycling-mini-app',
    metric: 'users',
    value: 2000000,
    unit: 'people',
    asOf: '2019',
    dateBasis: "article published 2019; the source says 'to date'",
    qualifier: 'reported',
    scope: 'people who have sold recyclables through the platform, cumulative',
    summary: 'Two million people have so far sold recyclable waste through the recycling mini app.',
    citations: [{ source: SRC, quote: 'To date, two million people have sold recyclable material through its platform' }],
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
      { source: SRC, quote: 'just rolled out a “throw out the trash” service for $2' },
      { source: SRC, quote: '— Krystal Hu (@readkrystalhu) June 24, 2019' },
    ],
  },
  {
    id: 'shanghai-garbage-sorting-daily-reward-2019',
    entity: 'shanghai-municipal-government',
    metric: 'price',
    value: 0.1,
    unit: 'CNY',
    conversions: [{ value: 0.0145, currency: 'USD' }],
    asOf: '2019',
    dateBasis: 'article published 2019; reported by Xinhua',
    qualifier: 'reported',
    scope: 'reward per day to a household that sorts its trash correctly (QR-code tracing scheme)',
    summary: 'Daily reward for Shanghai households whose QR-coded trash is correctly sorted, given in yuan with a US-cent equivalent.',
    citations: [{ source: SRC, quote: 'receive a small reward of 0.1 yuan, or 1.45 cents, per day' }],
  },
] as const satisfies readonly MetricRecord[];

export const rules = [
  {
    id: 'ele-me-trash-pickup-price-2019',
    entity: 'ele-me',
    kind: 'pricing',
    summary: 'Ele.me’s new errand service charges $2 to take a customer’s trash out.',
    terms: [{ role: 'customer', amount: { value: 2, currency: 'USD' }, note: 'price per trash take-out errand' }],
    date: '2019-06-24',
    dateBasis: 'date of the quoted tweet reporting the service had just been rolled out',
    citations: [
      { source: SRC, quote: 'just rolled out a “throw out the trash” service for $2' },
      { source: SRC, quote: '— Krystal Hu (@readkrystalhu) June 24, 2019' },
    ],
  },
  {
    id: 'shanghai-garbage-sorting-household-reward',
    entity: 'shanghai-municipal-government',
    kind: 'pricing',
    summary:
      'Shanghai households that sort their trash correctly, as traced through QR codes on their bags, get a reward of RMB 0.1 per day.',
    terms: [
      {
        role: 'household that sorts correctly',
        amount: { value: 0.1, currency: 'CNY' },
        note: 'reward per day; the source gives it as 1.45 US cents',
      },
    ],
    date: '2019',
    dateBasis: 'article published 2019; reported by Xinhua',
    citations: [
      { source: SRC, quote: 'those who correctly categorized receive a small reward of 0.1 yuan, or 1.45 cents, per day' },
    ],
  },
] as const satisfies readonly RuleRecord[];
