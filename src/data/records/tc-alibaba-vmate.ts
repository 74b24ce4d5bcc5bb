import type { DealRecord, MetricRecord, RuleRecord } from '../define.js';

// Records told in source `tc-alibaba-vmate`.

const articleYear = "the article's publication date, 2019; the source says 'today'" as const;
const heavyInvestments = 'It has heavily invested in Paytm, BigBasket, Zomato, and Snapdeal';

export const deals = [
  {
    id: 'alibaba-invests-100m-in-vmate-2019',
    kind: 'investment',
    status: 'announced',
    parties: [
      {
        entity: 'alibaba',
        role: 'investor',
        contribution: { description: 'cash to scale the app in India' },
      },
      { entity: 'vmate', role: 'investee' },
    ],
    amounts: [{ value: 100000000, currency: 'USD', label: 'investment' }],
    date: '2019',
    dateBasis: articleYear,
    summary:
      'Alibaba said it would put $100 million into Vmate, the UCWeb-owned short-video app, to expand it in India against ByteDance, Google and Disney.',
    citations: [
      {
        source: 'tc-alibaba-vmate',
        quote: 'The company said today that it is pumping $100 million into Vmate, a three-year-old social video app owned by subsidiary UC Web',
        fields: ['kind', 'status', 'date', 'amounts[0].value'],
      },
      { source: 'tc-alibaba-vmate', quote: 'will use the capital to scale its business in India', fields: ['parties[0].contribution.description'] },
    ],
  },
  {
    id: 'alibaba-invests-in-paytm',
    kind: 'investment',
    status: 'completed',
    parties: [
      { entity: 'alibaba', role: 'investor' },
      { entity: 'paytm', role: 'investee' },
    ],
    amounts: [],
    summary: 'Alibaba is a heavy investor in the Indian company Paytm; no amount or date is given.',
    citations: [{ source: 'tc-alibaba-vmate', quote: heavyInvestments, fields: ['kind', 'status', 'parties[1].entity'] }],
  },
  {
    id: 'alibaba-invests-in-bigbasket',
    kind: 'investment',
    status: 'completed',
    parties: [
      { entity: 'alibaba', role: 'investor' },
      { entity: 'bigbasket', role: 'investee' },
    ],
    amounts: [],
    summary: 'Alibaba is a heavy investor in the Indian company BigBasket; no amount or date is given.',
    citations: [{ source: 'tc-alibaba-vmate', quote: heavyInvestments, fields: ['kind', 'status', 'parties[1].entity'] }],
  },
  {
    id: 'alibaba-invests-in-zomato',
    kind: 'investment',
    status: 'completed',
    parties: [
      { entity: 'alibaba', role: 'investor' },
      { entity: 'zomato', role: 'investee' },
    ],
    amounts: [],
    summary: 'Alibaba is a heavy investor in the Indian food-tech company Zomato; no amount or date is given.',
    citations: [{ source: 'tc-alibaba-vmate', quote: heavyInvestments, fields: ['kind', 'status', 'parties[1].entity'] }],
  },
  {
    id: 'alibaba-invests-in-snapdeal',
    kind: 'investment',
    status: 'completed',
    parties: [
      { entity: 'alibaba', role: 'investor' },
      { entity: 'snapdeal', role: 'investee' },
    ],
    amounts: [],
    summary: 'Alibaba is a heavy investor in the Indian e-commerce company Snapdeal; no amount or date is given.',
    citations: [{ source: 'tc-alibaba-vmate', quote: heavyInvestments, fields: ['kind', 'status', 'parties[1].entity'] }],
  },
  {
    id: 'alibaba-acquires-majority-stake-in-ticketnew',
    kind: 'acquisition',
    status: 'completed',
    parties: [
      { entity: 'alibaba', role: 'acquirer' },
      { entity: 'ticketnew', role: 'target' },
    ],
    amounts: [],
    summary:
      'Alibaba bought a controlling stake (size not given) in Chennai ticketing service TicketNew, which fed talk that it would start a video streaming service in India.',
    citations: [
      {
        source: 'tc-alibaba-vmate',
        quote: 'it acquired majority stake in TicketNew, a Chennai-based online ticketing service',
        fields: ['kind', 'status', 'parties[1].entity'],
      },
    ],
  },
  {
    id: 'ucweb-india-publisher-hosting-talks',
    kind: 'partnership',
    status: 'considered',
    parties: [{ entity: 'ucweb', role: 'partner' }],
    amounts: [],
    summary:
      'Over the two years before the article, UCWeb negotiated with a number of unnamed Indian bloggers and small publishers to carry their articles natively on its platform, part of a super-app push in India.',
    citations: [
      {
        source: 'tc-alibaba-vmate',
        quote: 'it has been in talks with several bloggers and small publishers to host their articles directly on its platform',
        fields: ['kind', 'status'],
      },
      { source: 'tc-alibaba-vmate', quote: 'In the last two years', fields: ['status'] },
    ],
  },
] as const satisfies readonly DealRecord[];

export const metrics = [
  {
    id: 'vmate-launch-year-2016',
    entity: 'vmate',
    metric: 'founding-year',
    value: 2016,
    unit: 'year',
    qualifier: 'reported',
    scope: 'launch of the app',
    summary: 'Vmate started out in 2016 as an app for streaming and sharing short videos.',
    citations: [
      { source: 'tc-alibaba-vmate', quote: 'Vmate was launched as a video streaming and short video sharing app in 2016', fields: ['value'] },
    ],
  },
  {
    id: 'vmate-age-2019',
    entity: 'vmate',
    metric: 'age',
    value: 3,
    unit: 'years',
    asOf: '2019',
    dateBasis: articleYear,
    qualifier: 'reported',
    summary: 'Vmate was three years old when Alibaba announced its $100 million investment.',
    citations: [{ source: 'tc-alibaba-vmate', quote: 'a three-year-old social video app', fields: ['value'] }],
  },
  {
    id: 'vmate-users-2019',
    entity: 'vmate',
    metric: 'users',
    value: 30000000,
    unit: 'users',
    asOf: '2019',
    dateBasis: articleYear,
    qualifier: 'claimed',
    scope: 'worldwide',
    summary: 'Vmate’s global user count, as the company told TechCrunch.',
    citations: [{ source: 'tc-alibaba-vmate', quote: 'It has amassed 30 million users globally', fields: ['value'] }],
  },
  {
    id: 'tiktok-active-users-india-2019',
    entity: 'tiktok',
    metric: 'users',
    min: 120000000,
    unit: 'users',
    asOf: '2019',
    dateBasis: "the article's publication date, 2019; the source says 'currently'",
    qualifier: 'reported',
    scope: 'India, active users',
    summary: 'TikTok had over 120 million active users in India.',
    citations: [
      { source: 'tc-alibaba-vmate', quote: 'TikTok, which currently has more than 120 million active users in India', fields: ['min'] },
    ],
  },
  {
    id: 'bytedance-valuation-2019',
    entity: 'bytedance',
    metric: 'valuation',
    value: 75000000000,
    unit: 'USD',
    asOf: '2019',
    dateBasis: "the article's publication date, 2019",
    qualifier: 'approximate',
    summary: 'ByteDance was valued at roughly $75 billion, reached without money from Alibaba or Tencent.',
    citations: [{ source: 'tc-alibaba-vmate', quote: 'ByteDance, with valuation of about $75 billion', fields: ['value'] }],
  },
  {
    id: 'youtube-active-users-india-2017',
    entity: 'youtube',
    metric: 'users',
    value: 250000000,
    unit: 'users',
    asOf: '2017-12',
    qualifier: 'approximate',
    scope: 'India, active users',
    summary: 'YouTube had around 250 million active users in India at the close of 2017, its last India-specific figure.',
    citations: [
      {
        source: 'tc-alibaba-vmate',
        quote: 'The video juggernaut had about 250 million active users in India at the end of 2017',
        fields: ['value', 'asOf'],
      },
    ],
  },
  {
    id: 'youtube-users-worldwide-2019',
    entity: 'youtube',
    metric: 'users',
    min: 2000000000,
    unit: 'users',
    asOf: '2019',
    dateBasis: "the article's publication date, 2019",
    qualifier: 'reported',
    scope: 'worldwide',
    summary: 'YouTube is used by over two billion people around the world.',
    citations: [{ source: 'tc-alibaba-vmate', quote: 'The service, used by more than 2 billion users worldwide', fields: ['min'] }],
  },
  {
    id: 't-series-youtube-subscribers-2019',
    entity: 't-series',
    metric: 'subscribers',
    min: 100000000,
    unit: 'users',
    asOf: '2019',
    dateBasis: "the article's publication date, 2019; the source says 'this week'",
    qualifier: 'claimed',
    scope: 'YouTube channel subscribers; the first channel to pass 100 million',
    summary: 'T-Series became the first YouTube channel to claim over 100 million subscribers.',
    citations: [
      {
        source: 'tc-alibaba-vmate',
        quote: 'became the first YouTube channel this week to claim more than 100 million subscribers',
        fields: ['min'],
      },
    ],
  },
  {
    id: 't-series-first-10m-subscribers',
    entity: 't-series',
    metric: 'user-growth',
    value: 10000000,
    unit: 'users',
    qualifier: 'reported',
    scope: 'YouTube channel subscribers gained over the channel’s first 10 years',
    summary: 'It took T-Series a decade to reach its first 10 million YouTube subscribers.',
    citations: [
      { source: 'tc-alibaba-vmate', quote: 'T-Series took 10 years to get to its first 10 million subscribers', fields: ['value'] },
    ],
  },
  {
    id: 't-series-subscriber-growth-last-two-years-2019',
    entity: 't-series',
    metric: 'user-growth',
    value: 90000000,
    unit: 'users',
    period: { from: '2017', to: '2019', label: 'the two years before the article' },
    dateBasis: "the article's publication date, 2019; the source says 'in the last two years'",
    qualifier: 'reported',
    scope: 'YouTube channel subscribers gained',
    summary: 'T-Series added its remaining 90 million YouTube subscribers within about two years.',
    citations: [
      {
        source: 'tc-alibaba-vmate',
        quote: 'The rest 90 million subscribers signed up to its channel in the last two years',
        fields: ['value', 'period'],
      },
    ],
  },
  {
    id: 't-series-rank-india-record-labels-2019',
    entity: 't-series',
    metric: 'rank',
    value: 1,
    unit: 'rank',
    asOf: '2019',
    dateBasis: "the article's publication date, 2019",
    qualifier: 'reported',
    scope: 'India, record labels',
    summary: 'T-Series is India’s biggest record label.',
    citations: [
      {
        source: 'tc-alibaba-vmate',
        quote: 'T Series, the largest record label in India',
        fields: ['value'],
        derivation: "Rank 1 from 'the largest'.",
      },
    ],
  },
  {
    id: 'hotstar-rank-simultaneous-live-stream-views-2019',
    entity: 'hotstar',
    metric: 'rank',
    value: 1,
    unit: 'rank',
    asOf: '2019',
    dateBasis: "the article's publication date, 2019; the source says 'earlier this month'",
    qualifier: 'reported',
    scope: 'worldwide, most simultaneous views of a live-streamed event (a new record)',
    summary: 'Disney’s Hotstar set the global record for the largest concurrent audience on a live stream.',
    citations: [
      {
        source: 'tc-alibaba-vmate',
        quote: 'it set a new global record for most simultaneous views on a live streaming event',
        fields: ['value'],
        derivation: 'A new global record for the most simultaneous views is rank 1.',
      },
    ],
  },
  {
    id: 't-series-years-to-first-10m-subscribers',
    entity: 't-series',
    metric: 'duration',
    value: 10,
    unit: 'years',
    qualifier: 'reported',
    scope: 'time its YouTube channel took to reach its first 10 million subscribers',
    summary: 'T-Series needed ten years to gather its first 10 million YouTube subscribers.',
    // the same fact as t-series-first-10m-subscribers, told by its length rather than its count
    derivedFrom: 't-series-first-10m-subscribers',
    citations: [
      { source: 'tc-alibaba-vmate', quote: 'T-Series took 10 years to get to its first 10 million subscribers', fields: ['value'] },
    ],
  },
] as const satisfies readonly MetricRecord[];

export const rules = [] as const satisfies readonly RuleRecord[];
