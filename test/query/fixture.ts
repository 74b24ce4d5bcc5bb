import type { DealRecord, EntityRecord, MetricRecord, RuleRecord } from '../../src/data/define.js';
import { deepFreeze } from '../../src/data/deep-freeze.js';
import type { Dataset } from '../../src/query/_lib/dataset.js';
import type { Source } from '../../src/schema/records.js';

// A small hand-built dataset: its facts are made up for the tests and need not match the sources.

const cite = [{ source: 'tc-alibaba-cloud-run-rate', quote: 'fixture' }] as const;

export const fixtureSources: readonly Source[] = [
  { id: 'tc-alibaba-cloud-run-rate', title: 'Cloud story', author: 'Ron Miller', publisher: 'TechCrunch', published: '2019-08-15', publishedBasis: 'day', language: 'en' },
  { id: 'xiami-acquisition-rumor', title: 'Rumor story', author: null, publisher: null, published: '2013', publishedBasis: 'year', language: 'en' },
];

const entity = (id: string, name: string, aliases: string[] = [], parent?: string): EntityRecord => ({
  id,
  name,
  aliases,
  kind: 'company',
  ...(parent ? { parent: { entity: parent, citations: cite } } : {}),
  citations: cite,
});

export const fixtureEntities: readonly EntityRecord[] = [
  entity('alibaba', 'Alibaba Group', ['Alibaba', '阿里巴巴集团']),
  entity('alibaba-cloud', 'Alibaba Cloud', ['Aliyun', '阿里云'], 'alibaba'),
  entity('xiami', 'Xiami', ['Xiami.com', 'Xiami Music'], 'alibaba'),
  entity('xiami-vip', 'Xiami VIP', [], 'xiami'),
  entity('ucweb', 'UCWeb', ['UC Web'], 'alibaba'),
  entity('amap', 'Amap', ['AutoNavi'], 'alibaba'),
  entity('ant-group', 'Ant Group', ['Ant Financial']),
  entity('alipay', 'Alipay', [], 'ant-group'),
  entity('flutterwave', 'Flutterwave'),
  entity('salesforce', 'Salesforce'),
  entity('idg-capital', 'IDG Capital'),
  entity('momo', 'Momo'),
  entity('mail-ru-group', 'Mail.Ru Group', ['Mail.ru']),
  entity('megafon', 'MegaFon'),
  entity('aliexpress-russia-jv', 'AliExpress Russia JV'),
  // Two names that only punctuation tells apart.
  entity('sun-art', 'Sun Art'),
  entity('sunart', 'SunArt'),
];

const deal = (id: string, fields: Partial<DealRecord> & Pick<DealRecord, 'kind' | 'parties'>): DealRecord => ({
  id,
  status: 'completed',
  amounts: [],
  summary: id,
  citations: cite,
  ...fields,
});

export const fixtureDeals: readonly DealRecord[] = [
  deal('ucweb-acquisition', { kind: 'acquisition', date: '2014-06', parties: [{ entity: 'alibaba', role: 'acquirer' }, { entity: 'ucweb', role: 'target' }] }),
  deal('xiami-acquisition', { kind: 'acquisition', date: '2013-03', parties: [{ entity: 'alibaba', role: 'acquirer' }, { entity: 'xiami', role: 'target' }] }),
  deal('momo-investment', { kind: 'investment', status: 'rumored', parties: [{ entity: 'alibaba', role: 'investor' }, { entity: 'momo', role: 'investee' }] }),
  deal('amap-acquisition', { kind: 'acquisition', date: '2014-02-10', parties: [{ entity: 'alibaba', role: 'acquirer' }, { entity: 'amap', role: 'target' }] }),
  deal('xiami-round', { kind: 'funding-round', date: '2010', parties: [{ entity: 'idg-capital', role: 'lead-investor' }, { entity: 'xiami', role: 'investee' }] }),
  deal('cloud-salesforce', { kind: 'partnership', status: 'announced', date: '2019-07', parties: [{ entity: 'alibaba-cloud', role: 'partner' }, { entity: 'salesforce', role: 'partner' }] }),
  deal('alipay-flutterwave', { kind: 'partnership', date: '2019', parties: [{ entity: 'alipay', role: 'partner' }, { entity: 'flutterwave', role: 'partner' }] }),
  deal('aliexpress-jv', {
    kind: 'joint-venture',
    date: '2019',
    parties: [
      { entity: 'alibaba', role: 'partner' },
      { entity: 'megafon', role: 'partner', stake: 24.3, votingStake: 30.2 },
      { entity: 'mail-ru-group', role: 'partner', stake: 15, votingStake: 18.7 },
      { entity: 'aliexpress-russia-jv', role: 'venture' },
    ],
  }),
  deal('megafon-stake-sale-a', {
    kind: 'divestment',
    date: '2019-01',
    parties: [{ entity: 'megafon', role: 'seller' }, { entity: 'alibaba', role: 'buyer' }],
    conflictsWith: ['megafon-stake-sale-b'],
    conflictNote: 'The two tellings disagree on the month.',
  }),
  deal('megafon-stake-sale-b', {
    kind: 'divestment',
    date: '2019-02',
    parties: [{ entity: 'megafon', role: 'seller' }, { entity: 'alibaba', role: 'buyer' }],
    conflictsWith: ['megafon-stake-sale-a', 'missing-deal'],
    conflictNote: 'The two tellings disagree on the month.',
  }),
];

const metric = (id: string, fields: Partial<MetricRecord> & Pick<MetricRecord, 'entity' | 'metric' | 'unit'>): MetricRecord => ({
  id,
  qualifier: 'reported',
  summary: id,
  citations: cite,
  ...fields,
});

export const fixtureMetrics: readonly MetricRecord[] = [
  metric('xiami-registered-2013', { entity: 'xiami', metric: 'registered-users', min: 15e6, max: 20e6, unit: 'users', asOf: '2013', conflictsWith: ['xiami-registered-2011'] }),
  metric('xiami-registered-2011', { entity: 'xiami', metric: 'registered-users', min: 5e6, unit: 'users', asOf: '2011', conflictsWith: ['xiami-registered-2013'], conflictNote: 'Different counts of registered users.' }),
  metric('xiami-registered-2009', { entity: 'xiami', metric: 'registered-users', value: 1e6, unit: 'users', asOf: '2009' }),
  metric('xiami-mau-2013', { entity: 'xiami', metric: 'monthly-active-users', value: 67e6, unit: 'users', asOf: '2013-05' }),
  metric('xiami-users-undated', { entity: 'xiami', metric: 'users', value: 10e6, unit: 'users' }),
  metric('xiami-revenue-2010', { entity: 'xiami', metric: 'revenue', value: 400000, unit: 'CNY', period: { from: '2010', to: '2010' } }),
  metric('cloud-revenue-fy2021', { entity: 'alibaba-cloud', metric: 'revenue', value: 60e9, unit: 'CNY', period: { from: '2020-04', to: '2021-03', label: 'fiscal 2021' } }),
  metric('cloud-revenue-q2-2019', { entity: 'alibaba-cloud', metric: 'revenue', min: 1.1e9, unit: 'USD', period: { from: '2019-04', to: '2019-06' } }),
  metric('cloud-growth-q2-2019', { entity: 'alibaba-cloud', metric: 'revenue-growth', value: 66, unit: 'percent', period: { from: '2019-04', to: '2019-06' } }),
  metric('cloud-customers-china', { entity: 'alibaba-cloud', metric: 'customers', value: 3e6, unit: 'customers', asOf: '2021-03', scope: 'China' }),
  metric('cloud-customers-world', { entity: 'alibaba-cloud', metric: 'customers', value: 4e6, unit: 'customers', asOf: '2021-03', scope: 'worldwide' }),
  metric('flutterwave-fee-2018', { entity: 'flutterwave', metric: 'fee-rate', value: 3, unit: 'percent', asOf: '2018' }),
  metric('flutterwave-fee-2-8', { entity: 'flutterwave', metric: 'fee-rate', value: 2.8, unit: 'percent', asOf: '2019-07', conflictsWith: ['flutterwave-fee-3-8'], conflictNote: 'The articles give 2.8% and 3.8%.' }),
  metric('flutterwave-fee-3-8', { entity: 'flutterwave', metric: 'fee-rate', value: 3.8, unit: 'percent', asOf: '2019', conflictsWith: ['flutterwave-fee-2-8'], conflictNote: 'The articles give 2.8% and 3.8%.' }),
  // A chain a–b–c: one conflict group although a and c are not linked directly.
  metric('flutterwave-merchants-a', { entity: 'flutterwave', metric: 'merchants', min: 60000, unit: 'merchants', asOf: '2019', conflictsWith: ['flutterwave-merchants-b'] }),
  metric('flutterwave-merchants-b', { entity: 'flutterwave', metric: 'merchants', value: 50000, unit: 'merchants', asOf: '2019-06', conflictsWith: ['flutterwave-merchants-a', 'flutterwave-merchants-c'], conflictNote: 'Counts differ.' }),
  metric('flutterwave-merchants-c', { entity: 'flutterwave', metric: 'merchants', value: 70000, unit: 'merchants', asOf: '2018', conflictsWith: ['flutterwave-merchants-b'], conflictNote: 'Older count.' }),
];

const rule = (id: string, fields: Partial<RuleRecord>): RuleRecord => ({
  id,
  entity: 'flutterwave',
  kind: 'fee',
  summary: id,
  terms: [],
  citations: cite,
  ...fields,
});

export const fixtureRules: readonly RuleRecord[] = [
  rule('flutterwave-fee-rule-3-8', { conflictsWith: ['flutterwave-fee-rule-2-8'] }),
  rule('flutterwave-fee-rule-2-8', { conflictsWith: ['flutterwave-fee-rule-3-8'] }),
  rule('xiami-download-split', { entity: 'xiami', kind: 'revenue-share' }),
];

/** The fixture as a frozen dataset, like the real one. */
export const fixture: Dataset = deepFreeze({
  sources: fixtureSources,
  entities: fixtureEntities,
  deals: fixtureDeals,
  metrics: fixtureMetrics,
  rules: fixtureRules,
});

/** A fixture with other collections replaced, for tests that need their own records. */
export function withRecords(records: Partial<Dataset>): Dataset {
  return deepFreeze({ ...fixture, ...records });
}
