import type { DealRecord, MetricRecord, RuleRecord } from '../define.js';

// Records told in source `tc-tencent-education`.

const SRC = 'tc-tencent-education';


export const deals = [] as const satisfies readonly DealRecord[];

export const metrics = [
  {
    id: 'tencent-education-products-2019',
    entity: 'tencent-education',
    metric: 'products',
    value: 20,
    unit: 'products',
    asOf: '2019',
    dateBasis: "the article's publication date, 2019; the brand was announced 'this week'",
    qualifier: 'reported',
    scope: 'drawn from all six Tencent business groups',
    summary: 'The new Tencent Education brand groups 20 products contributed by every one of Tencent’s six business groups.',
    citations: [{ source: SRC, quote: 'the new brand consists of 20 products across all six of the firm’s business groups', fields: ['value'] }],
  },
  {
    id: 'tencent-business-groups-2019',
    entity: 'tencent',
    metric: 'business-units',
    value: 6,
    unit: 'business-units',
    asOf: '2019',
    dateBasis: "the article's publication date, 2019",
    qualifier: 'reported',
    scope: 'business groups',
    summary: 'Tencent is organised into six business groups, all of which contribute products to Tencent Education.',
    citations: [{ source: SRC, quote: 'all six of the firm’s business groups', fields: ['value'] }],
  },
  {
    id: 'tencent-education-schools-served',
    entity: 'tencent',
    metric: 'customers',
    value: 15000,
    unit: 'schools',
    asOf: '2019',
    dateBasis: "the article's publication date, 2019; cumulative over the years",
    qualifier: 'approximate',
    scope: 'education sector, cumulative',
    summary: 'Over time Tencent has worked with around 15,000 schools.',
    citations: [{ source: SRC, quote: 'Tencent has over the years served some 15,000 schools', fields: ['value'] }],
  },
  {
    id: 'tencent-education-institutes-served',
    entity: 'tencent',
    metric: 'customers',
    value: 70000,
    unit: 'customers',
    asOf: '2019',
    dateBasis: "the article's publication date, 2019; cumulative over the years",
    qualifier: 'approximate',
    scope: 'educational institutes, cumulative',
    summary: 'Tencent has served about 70,000 educational institutes.',
    citations: [{ source: SRC, quote: 'served some 15,000 schools and 70,000 educational institutes', fields: ['value'] }],
  },
  {
    id: 'tencent-education-users-2019',
    entity: 'tencent',
    metric: 'users',
    min: 300000000,
    unit: 'users',
    asOf: '2019',
    dateBasis: "the article's publication date, 2019",
    qualifier: 'claimed',
    scope: 'education sector',
    summary: 'Tencent’s education services reach more than 300 million users, according to Dowson Tong.',
    citations: [{ source: SRC, quote: 'giving it a reach of over 300 million users in the sector', fields: ['min'] }],
  },
  {
    id: 'wechat-users-2019',
    entity: 'wechat',
    metric: 'users',
    value: 1000000000,
    unit: 'users',
    asOf: '2019',
    dateBasis: "the article's publication date, 2019",
    qualifier: 'approximate',
    summary: 'WeChat is described as having about a billion users.',
    citations: [{ source: SRC, quote: 'the billion-user WeChat', fields: ['value'], derivation: 'about one billion users from "billion-user"' }],
  },
  {
    id: 'tencent-short-video-apps-2019',
    entity: 'tencent',
    metric: 'products',
    value: 12,
    unit: 'apps',
    asOf: '2019',
    dateBasis: "the article's publication date, 2019",
    qualifier: 'approximate',
    scope: 'short-video apps launched to counter TikTok',
    summary: 'Tencent has launched around a dozen short-video apps in an attempt to check TikTok, none matching it.',
    citations: [{ source: SRC, quote: 'Tencent has churned out a dozen short video apps', fields: ['value'] }],
  },
] as const satisfies readonly MetricRecord[];

export const rules = [] as const satisfies readonly RuleRecord[];
