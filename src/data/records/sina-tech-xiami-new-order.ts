import type { DealRecord, MetricRecord, RuleRecord } from '../define.js';

// Records told in source `sina-tech-xiami-new-order`.
// The article is dated 2013; "this year", "currently" and "at present" are read as 2013.

const ARTICLE_2013 = "the article's publication date, 2013; the source speaks of the present ('currently', 'at present')";
const WHOLLY_OWNED = 'Before agreeing to be a wholly-owned acquisition';
// One disputed fact: how many people use Xiami, signed up or not. Registered accounts are another
// fact, whose claims ('more than 5 million', then 15–20 million) agree; linking them here would
// put two facts in one conflict group.
const XIAMI_AUDIENCE_CONFLICT =
  'Sina Tech reports 67 million monthly active users; the rumour article, of the same year and about the same sale, has Xiami claiming about 10 million users in all, signed up or not. An audience cannot be smaller than its monthly actives.';

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
      "the Sina article's publication date, 2013; it says the sale was agreed when Wang Hao met Ma Yun 'at the end of last year'. The rumour article gives no date.",
    summary:
      'After two to three months of talks, Alibaba bought all of Xiami, agreed in a single meeting between Ma Yun and the five founders; the price was not disclosed. The deal first surfaced as a rumour reported by Tencent’s portal.',
    citations: [
      {
        source: 'xiami-acquisition-rumor',
        quote: 'Alibaba the ecommerce behemoth has stealthy acquired Chinese online music service Xiami.com',
        fields: ['kind', 'parties[1].entity'],
      },
      { source: 'sina-tech-xiami-new-order', quote: 'Wang Hao can\'t remember exactly when he met Ma Yun at the end of last year', fields: ['date'] },
      {
        source: 'sina-tech-xiami-new-order',
        quote: 'his four co founders agreed on the spot to "sell" to Alibaba Group',
        fields: ['parties[2].role', 'status'],
      },
      {
        source: 'sina-tech-xiami-new-order',
        quote: WHOLLY_OWNED,
        fields: ['parties[0].stake'],
        derivation: "A 'wholly-owned acquisition' is a 100% stake.",
      },
      { source: 'sina-tech-xiami-new-order', quote: 'The deal was finalized in Ma Yun\'s office on the same day', fields: ['status'] },
      { source: 'sina-tech-xiami-new-order', quote: 'The purchase amount of Xiami is still a mystery', fields: ['amounts'] },
    ],
  },
  {
    id: 'xiami-seeks-financing-before-acquisition',
    kind: 'funding-round',
    status: 'considered',
    parties: [{ entity: 'xiami', role: 'investee' }],
    amounts: [],
    summary: 'Xiami was looking for a new round of outside money when Alibaba bought it instead.',
    citations: [{ source: 'sina-tech-xiami-new-order', quote: 'Before the acquisition, Xiami was seeking new financing', fields: ['kind', 'status'] }],
  },
  {
    id: 'xiami-taobao-listen-while-shopping-test-2013',
    kind: 'partnership',
    status: 'completed',
    // The 'two sides' are Xiami and Alibaba; Taobao is where the test ran, not a party the source names.
    parties: [
      { entity: 'xiami', role: 'partner' },
      { entity: 'alibaba', role: 'partner' },
    ],
    amounts: [],
    date: '2013-04',
    dateBasis: "the article's publication date, 2013; the source says 'In April this year'",
    summary: 'Xiami and Alibaba trialled a feature letting Taobao shoppers listen to music while they browse.',
    citations: [
      {
        source: 'sina-tech-xiami-new-order',
        quote: 'In April this year, the two sides tested the service of shopping while listening to music on Taobao',
        fields: ['kind', 'status', 'date'],
      },
      {
        source: 'sina-tech-xiami-new-order',
        quote: 'Xiami and Alibaba will actively promote attempts in various new directions',
        fields: ['parties[0].entity', 'parties[1].entity'],
      },
    ],
  },
  {
    id: 'alibaba-xiami-x-mode-collaboration',
    kind: 'partnership',
    status: 'planned',
    // Taobao and Tmall are the channels the framework would use, not parties to it.
    parties: [
      { entity: 'alibaba', role: 'partner' },
      { entity: 'xiami', role: 'partner' },
    ],
    amounts: [],
    summary:
      'Under a loose framework called "X-mode", Xiami and Alibaba outlined three possible joint lines: selling music through Taobao sellers, licensed background music for Taobao and Tmall shops, and matching merchants with musicians as brand endorsers.',
    citations: [
      {
        source: 'sina-tech-xiami-new-order',
        quote: 'Ma Yun and Wang Hao have only set a general framework, which is internally called "X-mode"',
        fields: ['kind', 'status'],
      },
      { source: 'sina-tech-xiami-new-order', quote: 'The first is to treat Taobao platform as a pure sales channel', fields: ['kind'] },
      {
        source: 'sina-tech-xiami-new-order',
        quote: 'The second is the combination with the background music system of Taobao and Tmall stores',
        fields: ['kind'],
      },
      { source: 'sina-tech-xiami-new-order', quote: 'The third is the direction of artist brokerage', fields: ['kind'] },
    ],
  },
] as const satisfies readonly DealRecord[];

export const metrics = [
  {
    id: 'xiami-founding-year-2007',
    entity: 'xiami',
    metric: 'founding-year',
    value: 2007,
    unit: 'year',
    qualifier: 'reported',
    scope: 'start of the venture: the year Wang Hao left Alibaba to prepare Xiami',
    summary: 'Sina Tech places the start of Xiami in 2007, when Wang Hao quit Alibaba to get it ready.',
    citations: [
      { source: 'sina-tech-xiami-new-order', quote: 'left in 2007 to prepare for Xiami. com', fields: ['value'] },
      { source: 'sina-tech-xiami-new-order', quote: 'When preparing to launch Xiami in 2007', fields: ['value'] },
    ],
    conflictsWith: ['xiami-founding-year-2006'],
    conflictNote:
      'Sina Tech has Wang Hao leaving Alibaba in 2007 to prepare Xiami (and a launch in 2008); the rumour article says Xiami was founded in 2006.',
  },
  {
    id: 'xiami-launch-year-2008',
    entity: 'xiami',
    metric: 'founding-year',
    value: 2008,
    unit: 'year',
    qualifier: 'reported',
    scope: 'public launch of the Xiami service',
    summary: 'Sina Tech gives 2008 as the year the Xiami service went live.',
    citations: [{ source: 'sina-tech-xiami-new-order', quote: 'Since its launch in 2008', fields: ['value'] }],
  },
  {
    id: 'xiami-age-at-acquisition',
    entity: 'xiami',
    metric: 'age',
    value: 5,
    unit: 'years',
    asOf: '2012',
    dateBasis:
      "the article's publication date, 2013; the founders had run Xiami for 'the previous five years' when they agreed the sale 'at the end of last year'",
    qualifier: 'reported',
    scope: 'years the founders had run Xiami before agreeing to sell it',
    summary: 'The founders had spent five years building Xiami, never turning a profit, before selling it to Alibaba.',
    citations: [
      {
        source: 'sina-tech-xiami-new-order',
        quote: 'In the previous five years of entrepreneurship, although could not make ends meet',
        fields: ['value'],
      },
    ],
  },
  {
    id: 'xiami-founders',
    entity: 'xiami',
    metric: 'founders',
    value: 5,
    unit: 'people',
    qualifier: 'reported',
    summary: 'Xiami had five founding members, Wang Hao among them.',
    citations: [
      { source: 'sina-tech-xiami-new-order', quote: 'Wang Hao and his four partners returned to the Ali system again', fields: ['value'] },
      { source: 'sina-tech-xiami-new-order', quote: 'Four of the five founding members of once worked in Ali', fields: ['value'] },
    ],
  },
  {
    id: 'xiami-founders-ex-alibaba',
    entity: 'xiami',
    metric: 'founders',
    value: 4,
    unit: 'people',
    qualifier: 'reported',
    scope: 'founding members who had previously worked at Alibaba',
    summary: 'Four of Xiami’s five founders were former Alibaba employees.',
    citations: [{ source: 'sina-tech-xiami-new-order', quote: 'Four of the five founding members of once worked in Ali', fields: ['value'] }],
  },
  {
    id: 'alibaba-years-in-ecommerce-2013',
    entity: 'alibaba',
    metric: 'age',
    value: 14,
    unit: 'years',
    asOf: '2013',
    dateBasis: ARTICLE_2013,
    qualifier: 'reported',
    scope: 'years spent bringing e-commerce into Chinese retail',
    summary: 'By the article’s account Alibaba had spent 14 years pushing e-commerce into China’s traditional retail trade.',
    citations: [
      {
        source: 'sina-tech-xiami-new-order',
        quote: "The former has used 14 years to infiltrate e-commerce into China's traditional retail industry",
        fields: ['value'],
      },
    ],
  },
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
      {
        source: 'sina-tech-xiami-new-order',
        quote: 'the music business department among the 25 business departments of Ali Group',
        fields: ['value'],
      },
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
    citations: [
      { source: 'sina-tech-xiami-new-order', quote: 'has between 15 million and 20 million registered users', fields: ['min', 'max'] },
    ],
    // The rumour article's 'more than 5 million registered accounts' is an undated lower bound: a time series, not a
    // conflict. Its 10 million users in all are a claim about the audience, disputed by the monthly actives below.
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
    citations: [{ source: 'sina-tech-xiami-new-order', quote: 'its monthly active users are 67 million', fields: ['value'] }],
    conflictsWith: ['xiami-users-claimed'],
    conflictNote: XIAMI_AUDIENCE_CONFLICT,
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
    citations: [{ source: 'sina-tech-xiami-new-order', quote: 'Xiami currently earns about 10 million yuan a year', fields: ['value'] }],
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
    citations: [{ source: 'sina-tech-xiami-new-order', quote: 'barely able to support a team of 100 people', fields: ['value'] }],
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
      {
        source: 'sina-tech-xiami-new-order',
        quote: 'Wang Hao\'s team could only pay about 20 million yuan of copyright fees annually through financing',
        fields: ['value'],
      },
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
      {
        source: 'sina-tech-xiami-new-order',
        quote: 'Previously, advertising and paid downloads accounted for half of Xiami\'s revenue',
        fields: ['value'],
      },
      {
        source: 'sina-tech-xiami-new-order',
        quote: 'This year, Wang Hao decided to cut down all advertising projects on Xiami. com',
        fields: ['scope'],
      },
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
    derivedFrom: 'xiami-musician-platform-royalty',
    citations: [{ source: 'sina-tech-xiami-new-order', quote: 'set their own price (currently no more than 50 yuan/song)', fields: ['max'] }],
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
        fields: ['value'],
      },
    ],
  },
  {
    id: 'kuwo-monthly-active-users-2013',
    entity: 'kuwo',
    metric: 'monthly-active-users',
    max: 100000000,
    unit: 'users',
    asOf: '2013',
    dateBasis: ARTICLE_2013,
    qualifier: 'approximate',
    summary: 'Kuwo’s music service was approaching 100 million monthly active users.',
    citations: [
      {
        source: 'sina-tech-xiami-new-order',
        quote: 'the monthly number of active users of Kuwo\'s music is close to 100 million',
        fields: ['max'],
      },
    ],
  },
  {
    id: 'alibaba-xiami-acquisition-negotiation-duration',
    entity: 'xiami',
    metric: 'duration',
    min: 2,
    max: 3,
    unit: 'months',
    asOf: '2012',
    dateBasis: "the article's publication date, 2013; the talks ended when the sale was agreed 'at the end of last year'",
    qualifier: 'reported',
    scope: 'Alibaba’s talks with Xiami about an investment before it agreed a wholly-owned acquisition',
    summary: 'Alibaba negotiated with Xiami over an investment for two or three months before the founders agreed to sell outright.',
    citations: [
      {
        source: 'sina-tech-xiami-new-order',
        quote: 'Ali had been negotiating with Xiami for investment acquisition for two or three months',
        fields: ['min', 'max'],
      },
    ],
  },
  {
    id: 'alibaba-xiami-acquisition-closing-duration',
    entity: 'xiami',
    metric: 'duration',
    max: 1,
    unit: 'days',
    asOf: '2012',
    dateBasis: "the article's publication date, 2013; the meeting took place 'at the end of last year'",
    qualifier: 'reported',
    scope: 'from the meeting between Ma Yun and the five founders to the finalised sale',
    summary: 'Once Ma Yun met the five founders, the sale was agreed on the spot and finalised in his office the same day.',
    citations: [
      {
        source: 'sina-tech-xiami-new-order',
        quote: 'The deal was finalized in Ma Yun\'s office on the same day',
        fields: ['max'],
        derivation: "'On the same day' is within one day.",
      },
    ],
  },
  {
    id: 'wang-hao-age-2013',
    entity: 'wang-hao',
    metric: 'age',
    value: 34,
    unit: 'years',
    asOf: '2013',
    dateBasis: "the article's publication date, 2013; his age when Sina Tech met him in Beijing",
    qualifier: 'reported',
    summary: 'Wang Hao was 34 when Sina Tech interviewed him.',
    citations: [{ source: 'sina-tech-xiami-new-order', quote: 'The 34 year old entrepreneur', fields: ['value'] }],
  },
  {
    id: 'xiami-musician-platform-build-time-projection',
    entity: 'xiami-musician-platform',
    metric: 'duration',
    value: 3,
    unit: 'years',
    asOf: '2013',
    dateBasis: ARTICLE_2013,
    qualifier: 'projection',
    scope: 'time Wang Hao expects to need to bring the musician platform to a large enough scale',
    summary: 'Wang Hao gave himself three years to grow the musician platform to a large enough scale.',
    citations: [
      {
        source: 'sina-tech-xiami-new-order',
        quote: 'It will take three years to build this platform to a large enough scale',
        fields: ['value'],
      },
    ],
  },
  {
    id: 'kuwo-paid-service-duration-2013',
    entity: 'kuwo',
    metric: 'duration',
    min: 3,
    max: 4,
    unit: 'years',
    asOf: '2013',
    dateBasis: ARTICLE_2013,
    qualifier: 'approximate',
    scope: 'how long Kuwo had been charging for its paid service',
    summary: 'Kuwo had been running its paid service for three or four years.',
    citations: [
      {
        source: 'sina-tech-xiami-new-order',
        quote: 'after three or four years of implementation of Kuwo\'s charging service',
        fields: ['min', 'max'],
      },
    ],
  },
  {
    id: 'china-grassroots-musicians-below-income-threshold',
    entity: 'china-grassroots-musicians',
    metric: 'share',
    value: 90,
    unit: 'percent',
    qualifier: 'approximate',
    scope: 'share of grassroots musicians earning less than 40,000 a year (Wang Hao’s estimate from his years organising original music)',
    summary: 'By Wang Hao’s reckoning about 90% of grassroots musicians earn below an annual income of 40,000.',
    citations: [
      {
        source: 'sina-tech-xiami-new-order',
        quote: 'If the annual income of 40000 is a threshold, about 90% of grassroots musicians are outside this threshold',
        fields: ['value', 'scope'],
      },
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
      {
        source: 'sina-tech-xiami-new-order',
        quote: 'set their own price (currently no more than 50 yuan/song)',
        fields: ['terms[0].amount.value'],
      },
      {
        source: 'sina-tech-xiami-new-order',
        quote: 'The lyricist, composer and song recording producer can respectively get 10%, 10% and 80% of the income',
        fields: ['terms[1].share', 'terms[2].share', 'terms[3].share'],
      },
      {
        source: 'sina-tech-xiami-new-order',
        quote: 'Xiami currently does not charge any party on the platform',
        fields: ['terms[4].share'],
        derivation: 'Charging no party is a 0% share for Xiami.',
      },
      {
        source: 'sina-tech-xiami-new-order',
        quote: 'Musicians need to bind their own accounts to Alipay, and Xiami Network will settle the income generated by these music on the platform to all parties by monthly settlement',
        fields: ['terms[5].entity'],
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
    dateBasis: "the article's publication date, 2013; the source says 'On June 5, Xiami will launch'",
    citations: [{ source: 'sina-tech-xiami-new-order', quote: 'On June 5, Xiami will launch VIP monthly trial service', fields: ['date'] }],
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
      { source: 'sina-tech-xiami-new-order', quote: 'In Taobao\'s system, sellers can set background music for their stores', fields: ['terms[0].role'] },
      {
        source: 'sina-tech-xiami-new-order',
        quote: 'sellers may need to pay copyright fees to the copyright owner of the song',
        fields: ['kind', 'terms[1].role'],
      },
    ],
  },
] as const satisfies readonly RuleRecord[];
