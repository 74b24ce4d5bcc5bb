import type { DealRecord, MetricRecord, RuleRecord } from '../define.js';

// Records told in source `sina-tech-xiami-new-order`.
// The article is dated 2013 in index.json; "this year", "currently" and "at present" are read as 2013.

const ARTICLE_2013 = "index.json dates the article 2013; the source speaks of the present ('currently', 'at present')";

export const deals = [
  {
    id: 'alibaba-acquires-xiami-2012',
    kind: 'acquisition',
    status: 'completed',
    parties: [
      { entity: 'alibaba', role: 'acquirer', stake: 100 },
      { entity: 'xiami', role: 'target' },
      {
        entity: 'wang-hao',
        role: 'seller',
        contribution: { description: 'Xiami co-founder and president; he and his four co-founders agreed to sell the company outright' },
      },
    ],
    amounts: [],
    date: '2012',
    dateBasis:
      "index.json dates the Sina article 2013; it says the sale was agreed when Wang Hao met Ma Yun 'at the end of last year'. The rumour article gives no date.",
    summary:
      'After two to three months of talks, Alibaba bought all of Xiami, agreed in a single meeting between Ma Yun and the five founders; the price was not disclosed. The deal first surfaced as a rumour reported by Tencent’s portal.',
    citations: [
      { source: 'xiami-acquisition-rumor', quote: 'Alibaba the ecommerce behemoth has stealthy acquired Chinese online music service Xiami.com' },
      { source: 'sina-tech-xiami-new-order', quote: 'Wang Hao can\'t remember exactly when he met Ma Yun at the end of last year' },
      { source: 'sina-tech-xiami-new-order', quote: 'his four co founders agreed on the spot to "sell" to Alibaba Group' },
      {
        source: 'sina-tech-xiami-new-order',
        quote: 'Before agreeing to be a wholly-owned acquisition, Ali had been negotiating with Xiami for investment acquisition for two or three months',
      },
      { source: 'sina-tech-xiami-new-order', quote: 'The deal was finalized in Ma Yun\'s office on the same day' },
      { source: 'sina-tech-xiami-new-order', quote: 'The purchase amount of Xiami is still a mystery' },
    ],
  },
  {
    id: 'xiami-seeks-financing-before-acquisition',
    kind: 'funding-round',
    status: 'considered',
    parties: [{ entity: 'xiami', role: 'investee' }],
    amounts: [],
    summary: 'Xiami was looking for a new round of outside money when Alibaba bought it instead.',
    citations: [{ source: 'sina-tech-xiami-new-order', quote: 'Before the acquisition, Xiami was seeking new financing' }],
  },
  {
    id: 'xiami-taobao-listen-while-shopping-test-2013',
    kind: 'partnership',
    status: 'completed',
    parties: [
      { entity: 'xiami', role: 'partner' },
      { entity: 'taobao', role: 'partner' },
    ],
    amounts: [],
    date: '2013-04',
    dateBasis: "index.json dates the article 2013; the source says 'In April this year'",
    summary: 'Xiami and Alibaba trialled a feature letting Taobao shoppers listen to music while they browse.',
    citations: [
      {
        source: 'sina-tech-xiami-new-order',
        quote: 'In April this year, the two sides tested the service of shopping while listening to music on Taobao',
      },
    ],
  },
  {
    id: 'alibaba-xiami-x-mode-collaboration',
    kind: 'partnership',
    status: 'planned',
    parties: [
      { entity: 'alibaba', role: 'partner' },
      { entity: 'xiami', role: 'partner' },
      { entity: 'taobao', role: 'partner' },
      { entity: 'tmall', role: 'partner' },
    ],
    amounts: [],
    summary:
      'Under a loose framework called "X-mode", Xiami and Alibaba outlined three possible joint lines: selling music through Taobao sellers, licensed background music for Taobao and Tmall shops, and matching merchants with musicians as brand endorsers.',
    citations: [
      {
        source: 'sina-tech-xiami-new-order',
        quote: 'Ma Yun and Wang Hao have only set a general framework, which is internally called "X-mode"',
      },
      { source: 'sina-tech-xiami-new-order', quote: 'The first is to treat Taobao platform as a pure sales channel' },
      { source: 'sina-tech-xiami-new-order', quote: 'The second is the combination with the background music system of Taobao and Tmall stores' },
      { source: 'sina-tech-xiami-new-order', quote: 'The third is the direction of artist brokerage' },
    ],
  },
] as const satisfies readonly DealRecord[];

export const metrics = [
  {
    id: 'alibaba-business-departments-2013',
    entity: 'alibaba',
    metric: 'business-units',
    value: 25,
    unit: 'business-units',
    asOf: '2013',
    dateBasis: ARTICLE_2013,
    qualifier: 'reported',
    summary: 'Alibaba Group was organised into 25 business departments, Xiami becoming the music one.',
    citations: [
      { source: 'sina-tech-xiami-new-order', quote: 'the music business department among the 25 business departments of Ali Group' },
    ],
  },
  {
    id: 'xiami-registered-users-2013',
    entity: 'xiami',
    metric: 'registered-users',
    min: 15000000,
    max: 20000000,
    unit: 'users',
    asOf: '2013',
    dateBasis: ARTICLE_2013,
    qualifier: 'reported',
    summary: 'Xiami had 15 to 20 million registered users, far fewer than rival music sites.',
    citations: [{ source: 'sina-tech-xiami-new-order', quote: 'has between 15 million and 20 million registered users' }],
    conflictsWith: ['xiami-registered-accounts-claimed'],
    conflictNote:
      'Both articles describe Xiami’s registered base around the Alibaba acquisition: Sina Tech puts it at 15–20 million registered users, while the rumour article has Xiami claiming more than 5 million registered accounts (no date given). The rumour article’s figure may be older.',
  },
  {
    id: 'xiami-monthly-active-users-2013',
    entity: 'xiami',
    metric: 'monthly-active-users',
    value: 67000000,
    unit: 'users',
    asOf: '2013',
    dateBasis: ARTICLE_2013,
    qualifier: 'reported',
    summary: 'Xiami counted 67 million monthly active users (as given in the machine-translated text).',
    citations: [{ source: 'sina-tech-xiami-new-order', quote: 'its monthly active users are 67 million' }],
  },
  {
    id: 'xiami-revenue-run-rate-2013',
    entity: 'xiami',
    metric: 'revenue-run-rate',
    value: 10000000,
    unit: 'CNY',
    asOf: '2013',
    dateBasis: ARTICLE_2013,
    qualifier: 'approximate',
    scope: 'per year',
    summary: 'Xiami was bringing in roughly RMB 10 million a year, barely enough for its staff.',
    citations: [{ source: 'sina-tech-xiami-new-order', quote: 'Xiami currently earns about 10 million yuan a year' }],
  },
  {
    id: 'xiami-employees-2013',
    entity: 'xiami',
    metric: 'employees',
    value: 100,
    unit: 'employees',
    asOf: '2013',
    dateBasis: ARTICLE_2013,
    qualifier: 'reported',
    summary: 'Xiami’s team numbered about 100 people.',
    citations: [{ source: 'sina-tech-xiami-new-order', quote: 'barely able to support a team of 100 people' }],
  },
  {
    id: 'xiami-annual-copyright-fees',
    entity: 'xiami',
    metric: 'royalty-expense',
    value: 20000000,
    unit: 'CNY',
    qualifier: 'approximate',
    scope: 'per year, in the years before the acquisition; funded by outside financing',
    summary: 'Before Alibaba, Xiami paid about RMB 20 million a year in copyright fees, financed with raised capital.',
    citations: [
      { source: 'sina-tech-xiami-new-order', quote: 'Wang Hao\'s team could only pay about 20 million yuan of copyright fees annually through financing' },
    ],
  },
  {
    id: 'xiami-ads-and-downloads-share-of-revenue',
    entity: 'xiami',
    metric: 'share',
    value: 50,
    unit: 'percent',
    qualifier: 'reported',
    scope: 'advertising plus paid downloads as a share of Xiami revenue, before 2013',
    summary: 'Advertising and paid downloads together made up half of Xiami’s income until it dropped advertising in 2013.',
    citations: [
      { source: 'sina-tech-xiami-new-order', quote: 'Previously, advertising and paid downloads accounted for half of Xiami\'s revenue' },
      { source: 'sina-tech-xiami-new-order', quote: 'This year, Wang Hao decided to cut down all advertising projects on Xiami. com' },
    ],
  },
  {
    id: 'xiami-musician-platform-price-cap',
    entity: 'xiami-musician-platform',
    metric: 'price',
    max: 50,
    unit: 'CNY',
    asOf: '2013',
    dateBasis: ARTICLE_2013,
    qualifier: 'reported',
    scope: 'per song; price chosen by the musician',
    summary: 'Musicians on Xiami’s platform pick their own song price, capped for now at 50 yuan a song.',
    citations: [{ source: 'sina-tech-xiami-new-order', quote: 'set their own price (currently no more than 50 yuan/song)' }],
  },
  {
    id: 'kuwo-paying-users-2013',
    entity: 'kuwo',
    metric: 'paying-users',
    value: 10000,
    unit: 'users',
    asOf: '2013',
    dateBasis: ARTICLE_2013,
    qualifier: 'approximate',
    scope: 'users of Kuwo’s paid service, three to four years after it began charging',
    summary: 'Kuwo’s paid service had only around 10,000 users after three or four years.',
    citations: [
      {
        source: 'sina-tech-xiami-new-order',
        quote: 'after three or four years of implementation of Kuwo\'s charging service, the number of users is only about 10000',
      },
    ],
  },
  {
    id: 'kuwo-monthly-active-users-2013',
    entity: 'kuwo',
    metric: 'monthly-active-users',
    value: 100000000,
    unit: 'users',
    asOf: '2013',
    dateBasis: ARTICLE_2013,
    qualifier: 'approximate',
    summary: 'Kuwo’s music service had nearly 100 million monthly active users.',
    citations: [
      { source: 'sina-tech-xiami-new-order', quote: 'the monthly number of active users of Kuwo\'s music is close to 100 million' },
    ],
  },
] as const satisfies readonly MetricRecord[];

export const rules = [
  {
    id: 'xiami-musician-platform-royalty',
    entity: 'xiami',
    kind: 'royalty',
    summary:
      'On Xiami’s musician platform the musician sets the song price (at most 50 yuan); income goes 10% to the lyricist, 10% to the composer and 80% to the recording producer, Xiami takes nothing, and payouts are settled monthly to Alipay accounts.',
    terms: [
      { role: 'musician', amount: { value: 50, currency: 'CNY' }, note: 'sets the price per song; the amount is the current maximum' },
      { role: 'lyricist', share: 10 },
      { role: 'composer', share: 10 },
      { role: 'producer', share: 80, note: 'song recording producer' },
      { role: 'platform', entity: 'xiami', share: 0, note: 'Xiami charges no party on the platform' },
      { role: 'settlement', entity: 'alipay', note: 'income settled monthly to the Alipay accounts musicians must bind' },
    ],
    implementedBy: 'musicianPlatformRule',
    date: '2013',
    dateBasis: ARTICLE_2013,
    citations: [
      { source: 'sina-tech-xiami-new-order', quote: 'set their own price (currently no more than 50 yuan/song)' },
      {
        source: 'sina-tech-xiami-new-order',
        quote: 'The lyricist, composer and song recording producer can respectively get 10%, 10% and 80% of the income',
      },
      { source: 'sina-tech-xiami-new-order', quote: 'Xiami currently does not charge any party on the platform' },
      {
        source: 'sina-tech-xiami-new-order',
        quote: 'Musicians need to bind their own accounts to Alipay, and Xiami Network will settle the income generated by these music on the platform to all parties by monthly settlement',
      },
    ],
  },
  {
    id: 'xiami-vip-monthly-service',
    entity: 'xiami',
    kind: 'pricing',
    summary: 'Xiami planned a monthly VIP subscription, opening as a trial on June 5; the article gives no price.',
    terms: [{ role: 'subscriber', note: 'monthly VIP fee; trial from June 5; price not stated' }],
    date: '2013-06-05',
    dateBasis: "index.json dates the article 2013; the source says 'On June 5, Xiami will launch'",
    citations: [{ source: 'sina-tech-xiami-new-order', quote: 'On June 5, Xiami will launch VIP monthly trial service' }],
  },
  {
    id: 'taobao-store-background-music-copyright-fee',
    entity: 'taobao',
    kind: 'fee',
    summary:
      'Floated, not adopted: Taobao and Tmall merchants who pick background music for their shops might in future owe copyright fees to the song’s rights holder.',
    terms: [
      { role: 'payer', note: 'Taobao/Tmall sellers who set store background music' },
      { role: 'payee', note: 'the copyright owner of the song' },
    ],
    citations: [
      { source: 'sina-tech-xiami-new-order', quote: 'In Taobao\'s system, sellers can set background music for their stores' },
      { source: 'sina-tech-xiami-new-order', quote: 'sellers may need to pay copyright fees to the copyright owner of the song' },
    ],
  },
] as const satisfies readonly RuleRecord[];
