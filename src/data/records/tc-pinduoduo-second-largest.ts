import type { DealRecord, MetricRecord, RuleRecord } from '../define.js';

// Records told in source `tc-pinduoduo-second-largest`.

const SRC = 'tc-pinduoduo-second-largest';

const SIX_EIGHTEEN = "article published 2019; figures at the close of the '6/18' mid-year shopping festival of that year";

export const deals = [
  {
    id: 'pinduoduo-nasdaq-ipo-2018',
    kind: 'listing',
    status: 'completed',
    parties: [
      { entity: 'pinduoduo', role: 'issuer' },
      { entity: 'nasdaq', role: 'exchange' },
    ],
    amounts: [],
    date: '2018-07',
    dateBasis: "article published 2019; the source says 'last July'",
    summary: 'Pinduoduo floated its shares on the Nasdaq stock exchange.',
    citations: [{ source: SRC, quote: 'went public on the Nasdaq last July' }],
  },
  {
    id: 'tencent-invests-in-pinduoduo',
    kind: 'investment',
    status: 'completed',
    parties: [
      { entity: 'tencent', role: 'investor' },
      { entity: 'pinduoduo', role: 'investee' },
    ],
    amounts: [],
    summary: 'Tencent is an investor in Pinduoduo (no amount or date given).',
    citations: [{ source: SRC, quote: 'ties with its investor Tencent' }],
  },
  {
    id: 'tencent-invests-in-jd-com',
    kind: 'investment',
    status: 'completed',
    parties: [
      { entity: 'tencent', role: 'investor' },
      { entity: 'jd-com', role: 'investee' },
    ],
    amounts: [],
    summary: 'Tencent also backs JD.com (no amount or date given).',
    citations: [{ source: SRC, quote: 'Tencent — also a backer of JD' }],
  },
  {
    id: 'pinduoduo-wechat-distribution-partnership',
    kind: 'partnership',
    status: 'completed',
    parties: [
      { entity: 'pinduoduo', role: 'partner' },
      { entity: 'tencent', role: 'partner' },
      { entity: 'wechat', role: 'partner' },
    ],
    amounts: [],
    summary:
      'Its ties with Tencent let Pinduoduo sell through a WeChat mini app and reach users via Tencent’s social network, a channel closed to Alibaba.',
    citations: [
      {
        source: SRC,
        quote: 'which enables it to sell via WeChat’s lite app and tap the giant’s vast social network',
      },
    ],
  },
] as const satisfies readonly DealRecord[];

export const metrics = [
  {
    id: 'pinduoduo-daily-active-users-2019-06',
    entity: 'pinduoduo',
    metric: 'daily-active-users',
    value: 135000000,
    unit: 'users',
    asOf: '2019-06',
    dateBasis: SIX_EIGHTEEN,
    qualifier: 'reported',
    scope: 'China; QuestMobile data',
    summary: 'Pinduoduo finished the 2019 6/18 festival with 135 million daily active users, according to QuestMobile.',
    citations: [
      { source: SRC, quote: 'it came out of the mid-year sales festival' },
      { source: SRC, quote: 'with 135 million DAUs' },
    ],
  },
  {
    id: 'jd-com-daily-active-users-2019-06',
    entity: 'jd-com',
    metric: 'daily-active-users',
    value: 88000000,
    unit: 'users',
    asOf: '2019-06',
    dateBasis: SIX_EIGHTEEN,
    qualifier: 'reported',
    scope: 'China; QuestMobile data',
    summary: 'JD ended the 2019 6/18 festival with 88 million daily active users, per QuestMobile.',
    citations: [{ source: SRC, quote: 'JD, in comparison, ended with 88 million DAUs' }],
  },
  {
    id: 'taobao-daily-active-users-2019-06',
    entity: 'taobao',
    metric: 'daily-active-users',
    value: 299000000,
    unit: 'users',
    asOf: '2019-06',
    dateBasis: SIX_EIGHTEEN,
    qualifier: 'reported',
    scope: 'China; QuestMobile data',
    summary: 'Taobao stayed first with 299 million daily active users after the 2019 6/18 festival, per QuestMobile.',
    citations: [{ source: SRC, quote: 'Alibaba’s Taobao retained its top spot at 299 million' }],
  },
  {
    id: 'taobao-rank-china-ecommerce-dau-2019-06',
    entity: 'taobao',
    metric: 'rank',
    value: 1,
    unit: 'rank',
    asOf: '2019-06',
    dateBasis: SIX_EIGHTEEN,
    qualifier: 'reported',
    scope: 'China e-commerce, by daily active users',
    summary: 'Taobao kept first place among Chinese e-commerce apps by daily users.',
    citations: [{ source: SRC, quote: 'Alibaba’s Taobao retained its top spot at 299 million' }],
  },
  {
    id: 'pinduoduo-rank-china-ecommerce-users-2019-06',
    entity: 'pinduoduo',
    metric: 'rank',
    value: 2,
    unit: 'rank',
    asOf: '2019-06',
    dateBasis: SIX_EIGHTEEN,
    qualifier: 'reported',
    scope: 'China e-commerce companies, by number of users',
    summary: 'By user numbers Pinduoduo ranks second among China’s e-commerce companies, ahead of JD and behind Alibaba.',
    citations: [
      {
        source: SRC,
        quote: 'solidified Pinduoduo’s position as China’s second-biggest ecommerce company by number of users',
      },
      { source: SRC, quote: 'Pinduoduo’s daily active users have outnumbered JD’s for at least the past 12 months' },
    ],
  },
  {
    id: 'pinduoduo-gmv-2018',
    entity: 'pinduoduo',
    metric: 'gmv',
    value: 471600000000,
    unit: 'CNY',
    period: { from: '2018-01', to: '2018-12', label: '2018' },
    qualifier: 'reported',
    summary: 'Pinduoduo’s 2018 gross merchandise volume was RMB 471.6 billion (the source converts it to $68.6 billion).',
    citations: [
      {
        source: SRC,
        quote: 'In 2018, Pinduoduo racked up 471.6 billion yuan ($68.6 billion) in gross merchandise volume',
      },
    ],
  },
  {
    id: 'jd-com-gmv-2018',
    entity: 'jd-com',
    metric: 'gmv',
    value: 1680000000000,
    unit: 'CNY',
    period: { from: '2018-01', to: '2018-12', label: '2018' },
    dateBasis: "article published 2019; the source says 'last year'",
    qualifier: 'reported',
    summary:
      'JD’s 2018 gross merchandise volume was RMB 1.68 trillion (the source converts it to $243.9 billion), close to four times Pinduoduo’s.',
    citations: [
      {
        source: SRC,
        quote: 'JD’s GMV was almost four times that of Pinduoduo at 1.68 trillion yuan ($243.9 billion) last year',
      },
    ],
  },
  {
    id: 'pinduoduo-share-price-2019',
    entity: 'pinduoduo',
    metric: 'price',
    value: 20.54,
    unit: 'USD',
    asOf: '2019',
    dateBasis: "article published 2019; the source says 'currently'",
    qualifier: 'reported',
    scope: 'share price',
    summary: 'Pinduoduo’s stock was trading at $20.54 when the article was written.',
    citations: [{ source: SRC, quote: 'Currently trading at $20.54' }],
  },
  {
    id: 'pinduoduo-share-price-decline-since-march-2019',
    entity: 'pinduoduo',
    metric: 'growth',
    value: -35,
    unit: 'percent',
    asOf: '2019',
    dateBasis: 'article published 2019; change since a high in March of that year',
    qualifier: 'approximate',
    scope: 'share price, since the March 2019 high',
    summary: 'Pinduoduo’s share price had dropped by roughly 35% from its March high.',
    citations: [{ source: SRC, quote: 'its stock has plunged about 35 percent since a March high' }],
  },
] as const satisfies readonly MetricRecord[];

export const rules = [] as const satisfies readonly RuleRecord[];
