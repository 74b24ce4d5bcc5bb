import type { DealRecord, MetricRecord, RuleRecord } from '../define.js';
import { XIAMI_AUDIENCE_NOTE } from '../xiami-audience-note.js';

// Records told in source `xiami-acquisition-rumor`.
// Alibaba's acquisition of Xiami, which this source reports as a rumour, is told more fully by
// `sina-tech-xiami-new-order` and lives there (`alibaba-acquires-xiami-2012`) with citations from both.

export const deals = [
  {
    id: 'xiami-funding-round-2008',
    kind: 'funding-round',
    status: 'completed',
    parties: [{ entity: 'xiami', role: 'investee' }],
    amounts: [],
    date: '2008',
    summary: 'Xiami closed the first of its two outside financing rounds in 2008; investors and size are not named.',
    citations: [{ source: 'xiami-acquisition-rumor', quote: 'the startup raised two rounds in 2008 and 2010 respectively', fields: ['kind', 'date'] }],
  },
  {
    id: 'xiami-funding-round-2010',
    kind: 'funding-round',
    status: 'completed',
    parties: [{ entity: 'xiami', role: 'investee' }],
    amounts: [],
    date: '2010',
    summary: 'Xiami closed its second financing round in 2010; investors and size are not named.',
    citations: [{ source: 'xiami-acquisition-rumor', quote: 'the startup raised two rounds in 2008 and 2010 respectively', fields: ['kind', 'date'] }],
  },
  {
    id: 'alibaba-invests-in-momo',
    kind: 'investment',
    status: 'completed',
    parties: [
      { entity: 'alibaba', role: 'investor' },
      { entity: 'momo-china', role: 'investee' },
    ],
    amounts: [],
    summary: 'Alibaba put money into the mobile social app Momo, part of its push to own a social product; no amount or date is given.',
    citations: [
      {
        source: 'xiami-acquisition-rumor',
        quote: 'After investing into a bunch of remotely or even no-at-all related online services like Momo, DDMap and the rumored Sina Weibo',
        fields: ['kind', 'status', 'parties[1].entity'],
      },
    ],
  },
  {
    id: 'alibaba-invests-in-ddmap',
    kind: 'investment',
    status: 'completed',
    parties: [
      { entity: 'alibaba', role: 'investor' },
      { entity: 'ddmap', role: 'investee' },
    ],
    amounts: [],
    summary: 'Alibaba invested in coupon-finder DDMap, a possible outlet for its online-to-offline services; no amount or date is given.',
    citations: [
      {
        source: 'xiami-acquisition-rumor',
        quote: 'After investing into a bunch of remotely or even no-at-all related online services like Momo, DDMap and the rumored Sina Weibo',
        fields: ['kind', 'status', 'parties[1].entity'],
      },
      {
        source: 'xiami-acquisition-rumor',
        quote: 'could be served as an outlet to underpin Alibaba’s any online-to-offline initiatives',
        fields: ['parties[1].entity'],
      },
    ],
  },
  {
    id: 'alibaba-invests-in-sina-weibo-rumored',
    kind: 'investment',
    status: 'rumored',
    parties: [
      { entity: 'alibaba', role: 'investor' },
      { entity: 'sina-weibo', role: 'investee' },
    ],
    amounts: [],
    summary: 'A long-running, on-and-off rumour had Alibaba investing in Sina Weibo for its value in steering social-commerce traffic.',
    citations: [
      { source: 'xiami-acquisition-rumor', quote: 'the rumored Sina Weibo', fields: ['status', 'parties[1].entity'] },
      { source: 'xiami-acquisition-rumor', quote: 'The long-rumored and back-and-forth Sina Weibo case', fields: ['status'] },
    ],
  },
  {
    id: 'china-online-music-paid-service-talks',
    kind: 'partnership',
    status: 'considered',
    parties: [{ entity: 'china-online-music', role: 'partner' }],
    amounts: [],
    summary:
      'Record companies and China’s major online music platforms, none named, were discussing whether to offer a paid download service together; music services had been advised or required to charge for downloads as an alliance.',
    citations: [
      {
        source: 'xiami-acquisition-rumor',
        quote: 'record companies and the major online music platforms have been discussing the feasibility of a paid service',
        fields: ['kind', 'status', 'parties[0].entity'],
      },
      {
        source: 'xiami-acquisition-rumor',
        quote: 'Chinese music services were advised or regulated to charge music downloads in an alliance',
        fields: ['kind'],
      },
    ],
  },
] as const satisfies readonly DealRecord[];

export const metrics = [
  {
    id: 'xiami-founding-year-2006',
    entity: 'xiami',
    metric: 'founding-year',
    value: 2006,
    unit: 'year',
    qualifier: 'reported',
    summary: 'The rumour article dates Xiami’s founding, by former Alibaba staff in Hangzhou, to 2006.',
    citations: [
      {
        source: 'xiami-acquisition-rumor',
        quote: 'Xiami which also based in Hangzhou was founded in 2006 by former Alibabaers',
        fields: ['value'],
      },
    ],
    // Not linked with xiami-launch-year-2008: a service's public launch is another event than the company's founding.
    conflictsWith: ['xiami-founding-year-2007'],
    conflictNote:
      'The rumour article says Xiami was founded in 2006; Sina Tech says Wang Hao left Alibaba in 2007 to prepare Xiami (five years of entrepreneurship before the end-2012 sale).',
  },
  {
    id: 'xiami-download-price',
    entity: 'xiami',
    metric: 'price',
    value: 0.8,
    unit: 'CNY',
    qualifier: 'reported',
    scope: 'per song download',
    summary: 'Buying one song download on Xiami cost 80 fen (RMB 0.80).',
    derivedFrom: 'xiami-download-revenue-share',
    citations: [{ source: 'xiami-acquisition-rumor', quote: 'it costs RMB 80 cents to download a piece from Xiami', fields: ['value'] }],
  },
  {
    id: 'xiami-download-sales-2010',
    entity: 'xiami',
    metric: 'revenue',
    value: 400000,
    unit: 'CNY',
    period: { from: '2010', to: '2010', label: 'calendar 2010' },
    qualifier: 'approximate',
    scope: 'sales of music downloads',
    summary: 'By its CEO’s account, Xiami took roughly RMB 400,000 from paid downloads in 2010.',
    citations: [
      { source: 'xiami-acquisition-rumor', quote: 'Xiami generated about RMB 400k in sales from downloading in 2010', fields: ['value', 'period'] },
      { source: 'xiami-acquisition-rumor', quote: 'According to Wang Hao, co-founder and CEO of the company', fields: ['qualifier'] },
    ],
  },
  {
    id: 'xiami-download-sales-2011-projection',
    entity: 'xiami',
    metric: 'revenue',
    value: 1000000,
    unit: 'CNY',
    period: { from: '2011', to: '2011', label: 'calendar 2011' },
    qualifier: 'projection',
    scope: 'sales of music downloads',
    summary: 'Download sales were forecast to reach about RMB 1 million in 2011.',
    citations: [
      {
        source: 'xiami-acquisition-rumor',
        quote: 'the number was expected to be doubled in 2011 to million RMB',
        fields: ['value', 'period'],
        derivation: "'To million RMB' is read as about RMB 1 million; doubling RMB 400k would give RMB 0.8 million, so the figure is a round one.",
      },
    ],
  },
  {
    id: 'xiami-download-sales-growth-2011-projection',
    entity: 'xiami',
    metric: 'revenue-growth',
    value: 100,
    unit: 'percent',
    period: { from: '2011', to: '2011', label: 'calendar 2011' },
    qualifier: 'projection',
    scope: '2011 vs 2010, download sales',
    summary: 'Download sales were expected to double from 2010 to 2011.',
    citations: [
      {
        source: 'xiami-acquisition-rumor',
        quote: 'the number was expected to be doubled in 2011',
        fields: ['value', 'period'],
        derivation: "'Doubled' is a rise of 100%.",
      },
    ],
  },
  {
    id: 'xiami-registered-accounts-claimed',
    entity: 'xiami',
    metric: 'registered-users',
    min: 5000000,
    unit: 'accounts',
    qualifier: 'claimed',
    summary: 'Xiami said it had over 5 million registered accounts (undated; told around the time of the acquisition rumour).',
    // Not a conflict with xiami-registered-users-2013: an undated lower bound and a later range are a time series.
    citations: [{ source: 'xiami-acquisition-rumor', quote: 'Xiami claimed more than 5 million registered accounts', fields: ['min'] }],
  },
  {
    id: 'xiami-users-claimed',
    entity: 'xiami',
    metric: 'users',
    value: 10000000,
    unit: 'users',
    qualifier: 'claimed',
    scope: 'registered plus users who listen without an account',
    summary: 'Counting people who use the service without signing up, Xiami claimed about 10 million users (undated).',
    citations: [
      {
        source: 'xiami-acquisition-rumor',
        quote: 'or 10 million (lots of users use the service without signing on board) users',
        fields: ['value', 'scope'],
      },
    ],
    conflictsWith: ['xiami-monthly-active-users-2013'],
    conflictNote: XIAMI_AUDIENCE_NOTE,
  },
  {
    id: 'ddmap-users-2012-11',
    entity: 'ddmap',
    metric: 'users',
    value: 11000000,
    unit: 'users',
    asOf: '2012-11',
    dateBasis: "the article's publication date, 2013 (estimated); the source says 'as of last November'",
    qualifier: 'claimed',
    summary: 'DDMap said it had 11 million users as of November of the previous year.',
    citations: [
      { source: 'xiami-acquisition-rumor', quote: 'DDMap with its claimed 11 million users (as of last November)', fields: ['value', 'asOf'] },
    ],
  },
  {
    id: 'sina-weibo-share-of-taobao-tmall-traffic',
    entity: 'sina-weibo',
    metric: 'share',
    min: 2.5,
    unit: 'percent',
    qualifier: 'reported',
    scope: 'share of traffic referred to Taobao and Tmall (HitWise report)',
    summary: 'According to HitWise, Weibo sent at least 2.5% of Taobao/Tmall traffic, more than Meilishuo or Moguji did.',
    citations: [
      {
        source: 'xiami-acquisition-rumor',
        quote: 'A HitWise report showed that Weibo contributed at least 2.5% traffic to Taobao/Tmall',
        fields: ['min'],
      },
    ],
  },
  {
    id: 'momo-china-users',
    entity: 'momo-china',
    metric: 'users',
    value: 20000000,
    unit: 'users',
    qualifier: 'reported',
    summary: 'Momo had a user base of 20 million (undated).',
    citations: [{ source: 'xiami-acquisition-rumor', quote: 'Momo’s 20 million user base is just one tenth of that of Weixin’s', fields: ['value'] }],
  },
  {
    id: 'wechat-users-multiple-of-momo',
    entity: 'wechat',
    metric: 'users',
    value: 10,
    unit: 'multiple',
    qualifier: 'reported',
    scope: 'Weixin user base as a multiple of Momo’s 20 million users',
    summary: 'Weixin’s user base was ten times the size of Momo’s (the source gives only the ratio, not Weixin’s own count).',
    citations: [
      {
        source: 'xiami-acquisition-rumor',
        quote: 'Momo’s 20 million user base is just one tenth of that of Weixin’s (or Wechat outside of China)',
        fields: ['value'],
        derivation: 'Momo is one tenth of Weixin, so Weixin is 10 times Momo.',
      },
    ],
  },
  {
    id: 'china-online-music-paid-service-talks-duration',
    entity: 'china-online-music',
    metric: 'duration',
    value: 6,
    unit: 'months',
    qualifier: 'approximate',
    scope: 'talks between record companies and the major online music platforms on a paid service (China Daily, citing an industry insider)',
    summary:
      'China Daily reported that record companies and the big online music platforms had been discussing a paid service for about six months.',
    citations: [
      {
        source: 'xiami-acquisition-rumor',
        quote:
          'record companies and the major online music platforms have been discussing the feasibility of a paid service for about six months',
        fields: ['value'],
      },
    ],
  },
] as const satisfies readonly MetricRecord[];

export const rules = [
  {
    id: 'xiami-download-revenue-share',
    entity: 'xiami',
    kind: 'revenue-share',
    summary:
      'Each paid Xiami download at RMB 0.80 is split three ways: 0.20 to the user who uploaded the track, 0.40 to the record label and 0.20 kept by Xiami.',
    terms: [
      { role: 'downloader', amount: { value: 0.8, currency: 'CNY' }, note: 'price paid per downloaded song' },
      { role: 'uploader', amount: { value: 0.2, currency: 'CNY' }, note: 'the user who uploaded the song' },
      { role: 'label', amount: { value: 0.4, currency: 'CNY' }, note: 'record company, paid as a royalty' },
      { role: 'platform', entity: 'xiami', amount: { value: 0.2, currency: 'CNY' }, note: 'the remainder kept by Xiami' },
    ],
    implementedBy: 'xiamiDownloadRule',
    citations: [
      { source: 'xiami-acquisition-rumor', quote: 'sharing revenue with record companies as royalty rates', fields: ['kind'] },
      {
        source: 'xiami-acquisition-rumor',
        quote: 'it costs RMB 80 cents to download a piece from Xiami, people who uploaded the piece gets 20 cents, label gets 40 while Xiami per se gets the remaining 20',
        fields: ['terms[0].amount.value', 'terms[1].amount.value', 'terms[2].amount.value', 'terms[3].amount.value'],
      },
    ],
  },
] as const satisfies readonly RuleRecord[];
