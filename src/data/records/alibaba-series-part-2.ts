import type { DealRecord, MetricRecord, RuleRecord } from '../define.js';

// Records told in source `alibaba-series-part-2`.

export const deals = [
  {
    id: 'alibaba-acquires-ucweb',
    kind: 'acquisition',
    status: 'completed',
    parties: [
      { entity: 'alibaba', role: 'acquirer' },
      { entity: 'ucweb', role: 'target' },
    ],
    amounts: [],
    summary:
      'Alibaba bought the browser and internet company UCWeb as one of a string of gaming-related purchases, begun in 2014, that grew into its Lingxi Games unit; the source does not date the UCWeb purchase itself.',
    citations: [
      {
        source: 'alibaba-series-part-2',
        quote:
          'Alibaba acquired a number of gaming companies starting in 2014 (including the then highly popular browser and Chinese internet company UCWeb)',
        fields: ['kind', 'status', 'parties[1].entity'],
      },
    ],
  },
  {
    id: 'alibaba-acquires-chinavision-media-2014',
    kind: 'acquisition',
    status: 'completed',
    parties: [
      { entity: 'alibaba', role: 'acquirer' },
      { entity: 'alibaba-pictures', role: 'target' },
    ],
    amounts: [],
    date: '2014',
    summary: 'Alibaba took over the film maker ChinaVision Media in 2014 and renamed it Alibaba Pictures.',
    citations: [
      {
        source: 'alibaba-series-part-2',
        quote: 'previously known as ChinaVision Media, a film-making company, before being acquired and renamed by Alibaba in 2014',
        fields: ['kind', 'status', 'date', 'parties[1].entity'],
      },
    ],
  },
  {
    id: 'alibaba-pictures-hkex-listing',
    kind: 'listing',
    status: 'completed',
    parties: [
      { entity: 'alibaba-pictures', role: 'issuer' },
      { entity: 'hkex', role: 'exchange' },
    ],
    amounts: [],
    summary: 'Alibaba Pictures is a public company whose shares trade in Hong Kong under stock code 1060; no listing date is given.',
    citations: [
      {
        source: 'alibaba-series-part-2',
        quote: 'Alibaba Pictures is listed on the Hong Kong Stock Exchange (HKEX: 1060)',
        fields: ['kind', 'status', 'parties[1].entity'],
      },
    ],
  },
  {
    id: 'alibaba-acquires-damai-2016',
    kind: 'acquisition',
    status: 'completed',
    parties: [
      { entity: 'alibaba', role: 'acquirer' },
      { entity: 'damai', role: 'target' },
    ],
    amounts: [],
    date: '2016',
    summary: 'Alibaba bought the event-ticketing company Damai in 2016.',
    citations: [
      { source: 'alibaba-series-part-2', quote: 'Damai (Chinese: 大麦网), also acquired by Alibaba in 2016', fields: ['kind', 'status', 'date'] },
    ],
  },
  {
    id: 'alibaba-acquires-youku-2016',
    kind: 'acquisition',
    status: 'completed',
    parties: [
      { entity: 'alibaba', role: 'acquirer' },
      { entity: 'youku', role: 'target' },
    ],
    amounts: [],
    date: '2016',
    summary: 'Alibaba bought the long-form video platform Youku in 2016.',
    citations: [
      { source: 'alibaba-series-part-2', quote: 'Youku (Chinese: 优酷), acquired by Alibaba in 2016', fields: ['kind', 'status', 'date'] },
    ],
  },
  {
    id: 'alibaba-acquires-and-privatizes-autonavi-2014',
    kind: 'acquisition',
    status: 'completed',
    parties: [
      { entity: 'alibaba', role: 'acquirer' },
      { entity: 'amap', role: 'target' },
    ],
    amounts: [],
    date: '2014',
    summary:
      'In 2014 Alibaba bought the Nasdaq-listed map and navigation company Autonavi and took it private; the business now runs as Amap.',
    citations: [
      { source: 'alibaba-series-part-2', quote: 'Amap (Chinese: 高德地图), formerly known as Autonavi (NASDAQ: AMAP)', fields: ['parties[1].entity'] },
      { source: 'alibaba-series-part-2', quote: 'which Alibaba acquired and privatized in 2014', fields: ['kind', 'status', 'date'] },
    ],
  },
  {
    id: 'ant-group-spun-off-from-alibaba',
    kind: 'spin-off',
    status: 'completed',
    parties: [
      { entity: 'alibaba', role: 'seller' },
      { entity: 'ant-group', role: 'target' },
    ],
    amounts: [],
    summary:
      'Alipay, created in 2004 to handle escrow payments for Alibaba shoppers, was later separated from Alibaba as Ant Group, now an associate offering wider digital finance; no spin-off date is given.',
    evidence: 'implied',
    evidenceNote:
      'The source says Ant "has since been spun off" without naming from what; that it left Alibaba is read from its start as Alibaba’s payment service and its present standing as Alibaba’s associate.',
    citations: [
      { source: 'alibaba-series-part-2', quote: 'Ant Group (Chinese: 蚂蚁集团) was originally founded in 2004 as Alipay', fields: ['parties[1].entity'] },
      { source: 'alibaba-series-part-2', quote: 'Ant has since been spun off', fields: ['kind', 'status'] },
      { source: 'alibaba-series-part-2', quote: 'financial services associate Ant Group', fields: ['status'] },
    ],
  },
  {
    id: 'autonavi-nasdaq-listing',
    kind: 'listing',
    status: 'completed',
    parties: [
      { entity: 'amap', role: 'issuer' },
      { entity: 'nasdaq', role: 'exchange' },
    ],
    amounts: [],
    summary:
      'Before Alibaba bought it and took it private in 2014, Autonavi (now Amap) traded on Nasdaq under the ticker AMAP; the listing date is not given.',
    citations: [{ source: 'alibaba-series-part-2', quote: 'formerly known as Autonavi (NASDAQ: AMAP)', fields: ['kind', 'status', 'parties[1].entity'] }],
  },
  {
    id: 'autonavi-nasdaq-delisting-2014',
    kind: 'delisting',
    status: 'completed',
    parties: [
      { entity: 'amap', role: 'issuer' },
      { entity: 'nasdaq', role: 'exchange' },
    ],
    amounts: [],
    date: '2014',
    summary: 'Alibaba’s 2014 purchase took Autonavi private, ending its Nasdaq listing under the ticker AMAP.',
    evidence: 'implied',
    evidenceNote:
      'The source says Alibaba acquired and privatized the Nasdaq-listed Autonavi in 2014; that taking it private ended its Nasdaq listing is implied, not stated.',
    citations: [
      { source: 'alibaba-series-part-2', quote: 'formerly known as Autonavi (NASDAQ: AMAP)', fields: ['parties[0].entity', 'parties[1].entity'] },
      { source: 'alibaba-series-part-2', quote: 'which Alibaba acquired and privatized in 2014', fields: ['kind', 'status', 'date'] },
    ],
  },
] as const satisfies readonly DealRecord[];

const fiscal2021 = { from: '2020-04', to: '2021-03', label: 'fiscal 2021 (year ended 2021-03-31)' } as const;
const fiscal2021Basis =
  "the source says '2021' and notes that its years are Alibaba fiscal years ending 31 March" as const;
const articleYear = "the article's publication date, 2021; the source describes the position as current" as const;
const rankOneFromLargest = "Rank 1 from 'largest'.";
const oneOfTwo = 'One of the two most popular: rank 1 or 2; the source does not order the two.';

export const metrics = [
  // Founding and launch years
  {
    id: 'alibaba-cloud-founding-year-2009',
    entity: 'alibaba-cloud',
    metric: 'founding-year',
    value: 2009,
    unit: 'year',
    qualifier: 'reported',
    summary: 'Alibaba set up its cloud computing business, Alibaba Cloud, in 2009.',
    citations: [
      {
        source: 'alibaba-series-part-2',
        quote: 'Alibaba originally founded its cloud computing business (named Alibaba Cloud) in 2009',
        fields: ['value'],
      },
      { source: 'alibaba-series-part-2', quote: 'Alibaba Cloud (Chinese: 阿里云), founded in 2009', fields: ['value'] },
    ],
  },
  {
    id: 'dingtalk-launch-year-2015',
    entity: 'dingtalk',
    metric: 'founding-year',
    value: 2015,
    unit: 'year',
    qualifier: 'reported',
    scope: 'launch of the product',
    summary: 'DingTalk, Alibaba’s workplace collaboration app, went live in 2015.',
    citations: [
      { source: 'alibaba-series-part-2', quote: 'DingTalk (Chinese: 钉钉) is a digital collaboration workplace launched in 2015', fields: ['value'] },
    ],
  },
  {
    id: 'ant-group-founding-year-2004',
    entity: 'ant-group',
    metric: 'founding-year',
    value: 2004,
    unit: 'year',
    qualifier: 'reported',
    scope: 'founded as Alipay',
    summary: 'Ant Group traces its start to 2004, when it began as the Alipay payment service.',
    citations: [{ source: 'alibaba-series-part-2', quote: 'Ant Group (Chinese: 蚂蚁集团) was originally founded in 2004 as Alipay', fields: ['value'] }],
  },
  // Alibaba Cloud, fiscal 2021 (see tc-alibaba-cloud-run-rate for the June 2019 quarter)
  {
    id: 'alibaba-cloud-revenue-fy2021',
    entity: 'alibaba-cloud',
    metric: 'revenue',
    value: 60000000000,
    unit: 'CNY',
    period: fiscal2021,
    qualifier: 'reported',
    summary: 'Alibaba Cloud’s revenue for fiscal 2021.',
    citations: [
      {
        source: 'alibaba-series-part-2',
        quote: 'In fiscal 2021, Alibaba Cloud generated revenues worth RMB60 billion through serving 4 million customers',
        fields: ['value', 'period'],
      },
    ],
  },
  {
    id: 'alibaba-cloud-customers-fy2021',
    entity: 'alibaba-cloud',
    metric: 'customers',
    value: 4000000,
    unit: 'customers',
    period: fiscal2021,
    qualifier: 'reported',
    summary: 'Number of customers, across many industries, that Alibaba Cloud served in fiscal 2021.',
    citations: [
      {
        source: 'alibaba-series-part-2',
        quote: 'In fiscal 2021, Alibaba Cloud generated revenues worth RMB60 billion through serving 4 million customers',
        fields: ['value', 'period'],
      },
    ],
  },
  {
    id: 'alibaba-cloud-share-of-group-revenue-fy2021',
    entity: 'alibaba-cloud-computing-segment',
    metric: 'share-of-group-revenue',
    value: 8,
    unit: 'percent',
    period: fiscal2021,
    dateBasis: fiscal2021Basis,
    qualifier: 'reported',
    scope: 'cloud computing segment (Alibaba Cloud and DingTalk), share of Alibaba Group revenue',
    summary: 'Portion of Alibaba’s total revenue that came from its cloud computing segment in fiscal 2021.',
    citations: [
      {
        source: 'alibaba-series-part-2',
        quote: "the cloud computing segment contributed to 8% of Alibaba's revenues in 2021",
        fields: ['value', 'period'],
      },
    ],
  },
  {
    id: 'alibaba-cloud-rank-china-public-cloud-2020',
    entity: 'alibaba-cloud',
    metric: 'rank',
    value: 1,
    unit: 'rank',
    asOf: '2020',
    qualifier: 'reported',
    scope: 'China, public cloud service providers',
    summary: 'Alibaba Cloud was the biggest public cloud provider in China in 2020.',
    citations: [
      {
        source: 'alibaba-series-part-2',
        quote: "As of 2020, Alibaba Cloud is China's and Asia Pacific's largest provider of public cloud services",
        fields: ['value', 'asOf'],
        derivation: rankOneFromLargest,
      },
    ],
  },
  {
    id: 'alibaba-cloud-rank-asia-pacific-public-cloud-2020',
    entity: 'alibaba-cloud',
    metric: 'rank',
    value: 1,
    unit: 'rank',
    asOf: '2020',
    qualifier: 'reported',
    scope: 'Asia-Pacific, public cloud service providers',
    summary: 'Alibaba Cloud was the biggest public cloud provider in Asia-Pacific in 2020.',
    citations: [
      {
        source: 'alibaba-series-part-2',
        quote: "As of 2020, Alibaba Cloud is China's and Asia Pacific's largest provider of public cloud services",
        fields: ['value', 'asOf'],
        derivation: rankOneFromLargest,
      },
    ],
  },
  {
    id: 'alibaba-cloud-rank-worldwide-iaas-2020',
    entity: 'alibaba-cloud',
    metric: 'rank',
    value: 3,
    unit: 'rank',
    asOf: '2020',
    qualifier: 'reported',
    scope: 'worldwide, Infrastructure as a Service providers by revenue',
    summary: 'Alibaba Cloud was the third-biggest IaaS provider in the world by revenue in 2020.',
    citations: [
      { source: 'alibaba-series-part-2', quote: 'As of 2020', fields: ['asOf'] },
      {
        source: 'alibaba-series-part-2',
        quote: 'the world’s third largest Infrastructure as a Service (IaaS) provider by revenue',
        fields: ['value'],
      },
    ],
  },
  // DingTalk and its rival
  {
    id: 'dingtalk-rank-china-collaboration-platforms-2021',
    entity: 'dingtalk',
    metric: 'rank',
    min: 1,
    max: 2,
    unit: 'rank',
    asOf: '2021',
    dateBasis: articleYear,
    qualifier: 'reported',
    scope: 'China, digital collaboration workplace platforms by popularity',
    summary: 'DingTalk is one of the two most popular workplace collaboration platforms in China.',
    citations: [
      {
        source: 'alibaba-series-part-2',
        quote: "DingTalk is one of China's two most popular such platforms, with the other being Tencent's WeChat for Business",
        fields: ['min', 'max'],
        derivation: oneOfTwo,
      },
    ],
  },
  {
    id: 'wechat-for-business-rank-china-collaboration-platforms-2021',
    entity: 'wechat-for-business',
    metric: 'rank',
    min: 1,
    max: 2,
    unit: 'rank',
    asOf: '2021',
    dateBasis: articleYear,
    qualifier: 'reported',
    scope: 'China, digital collaboration workplace platforms by popularity',
    summary: 'Tencent’s WeChat for Business is the other of the two most popular workplace collaboration platforms in China.',
    citations: [
      {
        source: 'alibaba-series-part-2',
        quote: "DingTalk is one of China's two most popular such platforms, with the other being Tencent's WeChat for Business",
        fields: ['min', 'max'],
        derivation: oneOfTwo,
      },
    ],
  },
  // Digital media and entertainment
  {
    id: 'alibaba-digital-media-and-entertainment-share-of-group-revenue-fy2021',
    entity: 'alibaba-digital-media-and-entertainment',
    metric: 'share-of-group-revenue',
    value: 4,
    unit: 'percent',
    period: fiscal2021,
    dateBasis: fiscal2021Basis,
    qualifier: 'reported',
    scope: 'share of Alibaba Group revenue',
    summary: 'Portion of Alibaba’s total revenue that came from digital media and entertainment in fiscal 2021.',
    citations: [
      {
        source: 'alibaba-series-part-2',
        quote: "The digital media and entertainment segment contributed to 4% of Alibaba's 2021 revenues",
        fields: ['value', 'period'],
      },
    ],
  },
  {
    id: 'youku-rank-china-long-form-video-2021-03',
    entity: 'youku',
    metric: 'rank',
    value: 3,
    unit: 'rank',
    asOf: '2021-03',
    qualifier: 'reported',
    scope: 'China, online long-form video platforms by monthly active users',
    summary: 'Youku was China’s third-biggest long-form video platform by monthly active users in March 2021.',
    citations: [
      {
        source: 'alibaba-series-part-2',
        quote: 'is the third largest online long-form video platform',
        fields: ['value'],
      },
      { source: 'alibaba-series-part-2', quote: 'in China in terms of monthly active users in March 2021', fields: ['asOf'] },
    ],
  },
  {
    id: 'iqiyi-rank-china-long-form-video-2021-03',
    entity: 'iqiyi',
    metric: 'rank',
    min: 1,
    max: 2,
    unit: 'rank',
    asOf: '2021-03',
    dateBasis: 'the source gives the ranking, by monthly active users, as of March 2021',
    qualifier: 'reported',
    scope: 'China, online long-form video platforms by monthly active users',
    summary: 'iQIYI is one of the two biggest long-form video platforms in China, ahead of Youku; the source does not order the top two.',
    citations: [
      {
        source: 'alibaba-series-part-2',
        quote: 'the largest two online long-form video platforms in China are iQIYI, founded by Baidu, and Bilibili',
        fields: ['min', 'max'],
        derivation: 'One of the largest two: rank 1 or 2; the source does not order the two.',
      },
    ],
  },
  {
    id: 'bilibili-rank-china-long-form-video-2021-03',
    entity: 'bilibili',
    metric: 'rank',
    min: 1,
    max: 2,
    unit: 'rank',
    asOf: '2021-03',
    dateBasis: 'the source gives the ranking, by monthly active users, as of March 2021',
    qualifier: 'reported',
    scope: 'China, online long-form video platforms by monthly active users',
    summary: 'Bilibili is one of the two biggest long-form video platforms in China, ahead of Youku; the source does not order the top two.',
    citations: [
      {
        source: 'alibaba-series-part-2',
        quote: 'the largest two online long-form video platforms in China are iQIYI, founded by Baidu, and Bilibili',
        fields: ['min', 'max'],
        derivation: 'One of the largest two: rank 1 or 2; the source does not order the two.',
      },
    ],
  },
  // Innovation initiatives
  {
    id: 'alibaba-innovation-initiatives-share-of-group-revenue-fy2021',
    entity: 'alibaba-innovation-initiatives',
    metric: 'share-of-group-revenue',
    value: 1,
    unit: 'percent',
    period: fiscal2021,
    dateBasis: fiscal2021Basis,
    qualifier: 'reported',
    scope: 'share of Alibaba Group revenue',
    summary: 'Portion of Alibaba’s total revenue that came from its two innovation initiatives in fiscal 2021.',
    citations: [
      {
        source: 'alibaba-series-part-2',
        quote: "two innovation initiatives that contributed to 1% of the Group's total revenue in 2021",
        fields: ['value', 'period'],
      },
    ],
  },
  {
    id: 'amap-rank-china-navigation-apps-2021',
    entity: 'amap',
    metric: 'rank',
    min: 1,
    max: 2,
    unit: 'rank',
    asOf: '2021',
    dateBasis: articleYear,
    qualifier: 'reported',
    scope: 'China, navigation apps by popularity',
    summary: 'Amap is one of the two most popular navigation apps in China, the other being Baidu Maps.',
    citations: [
      {
        source: 'alibaba-series-part-2',
        quote: 'Amap is currently one of the two most popular navigation applications in China alongside Baidu Maps',
        fields: ['min', 'max'],
        derivation: oneOfTwo,
      },
    ],
  },
  {
    id: 'baidu-maps-rank-china-navigation-apps-2021',
    entity: 'baidu-maps',
    metric: 'rank',
    min: 1,
    max: 2,
    unit: 'rank',
    asOf: '2021',
    dateBasis: articleYear,
    qualifier: 'reported',
    scope: 'China, navigation apps by popularity',
    summary: 'Baidu Maps is one of the two most popular navigation apps in China, the other being Amap.',
    citations: [
      {
        source: 'alibaba-series-part-2',
        quote: 'Amap is currently one of the two most popular navigation applications in China alongside Baidu Maps',
        fields: ['min', 'max'],
        derivation: oneOfTwo,
      },
    ],
  },
  {
    id: 'tmall-genie-rank-china-smart-speakers-2020',
    entity: 'tmall-genie',
    metric: 'rank',
    value: 1,
    unit: 'rank',
    period: { from: '2020', to: '2020', label: 'calendar 2020' },
    qualifier: 'reported',
    scope: 'China, smart speakers by units sold',
    summary: 'T-Mall Genie sold more units than any other smart speaker in China in 2020.',
    citations: [
      {
        source: 'alibaba-series-part-2',
        quote: 'T-Mall Genie was the number one smart speaker in China based on the total number of units sold in 2020',
        fields: ['value', 'period'],
      },
    ],
  },
  // Ant Group
  {
    id: 'ant-group-consumers-fy2021',
    entity: 'ant-group',
    metric: 'users',
    min: 1000000000,
    unit: 'users',
    period: fiscal2021,
    qualifier: 'reported',
    scope: 'consumers served with digital payment and other financial services',
    summary: 'Ant Group served more than a billion consumers with payments and other financial services in the year to March 2021.',
    citations: [
      {
        source: 'alibaba-series-part-2',
        quote: 'During the year ended March 2021, Ant provided digital payment and other financial services to over one billion consumers',
        fields: ['min', 'period'],
      },
    ],
  },
  {
    id: 'ant-group-small-businesses-fy2021',
    entity: 'ant-group',
    metric: 'merchants',
    min: 80000000,
    unit: 'merchants',
    period: fiscal2021,
    qualifier: 'reported',
    scope: 'small businesses served with digital payment and other financial services',
    summary: 'Ant Group served more than 80 million small businesses in the year to March 2021.',
    citations: [
      { source: 'alibaba-series-part-2', quote: 'During the year ended March 2021', fields: ['period'] },
      { source: 'alibaba-series-part-2', quote: 'more than 80 million small businesses', fields: ['min'] },
    ],
  },
  {
    id: 'alibaba-innovation-initiatives-count-fy2021',
    entity: 'alibaba-innovation-initiatives',
    metric: 'business-units',
    value: 2,
    unit: 'business-units',
    period: fiscal2021,
    dateBasis: fiscal2021Basis,
    qualifier: 'reported',
    scope: 'innovation initiatives in the segment: Amap and T-Mall Genie',
    summary: 'Alibaba’s innovation initiatives segment held two businesses, Amap and the T-Mall Genie smart speaker.',
    citations: [
      {
        source: 'alibaba-series-part-2',
        quote: "Alibaba also has two innovation initiatives that contributed to 1% of the Group's total revenue in 2021",
        fields: ['value', 'period'],
      },
    ],
  },
] as const satisfies readonly MetricRecord[];

export const rules = [] as const satisfies readonly RuleRecord[];
