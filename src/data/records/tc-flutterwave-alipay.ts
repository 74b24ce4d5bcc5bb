import type { DealRecord, MetricRecord, RuleRecord } from '../define.js';

// Records told in source `tc-flutterwave-alipay` (some also cite `tc-africa-roundup`).

const PUBLISHED = "the article's publication date, 2019";

export const deals = [
  {
    id: 'flutterwave-alipay-partnership-2019',
    kind: 'partnership',
    status: 'completed',
    parties: [
      {
        entity: 'flutterwave',
        role: 'partner',
        contribution: { description: 'lets its African merchants accept Alipay as a payment method, earning its standard international-transaction fee' },
      },
      { entity: 'alipay', role: 'partner', contribution: { description: 'its payment network of over a billion users, most of them in China' } },
      { entity: 'alibaba', role: 'partner' },
    ],
    amounts: [],
    date: '2019',
    dateBasis: "the article's publication date, 2019; the roundup lists it among July 2019 news without dating it",
    summary:
      'Flutterwave integrated with Alibaba’s Alipay so African merchants can take payments from Chinese customers; the tie-up grew out of CEO Olugbenga Agboola’s place in Alibaba’s Africa eFounders Fellowship and was confirmed by Alipay.',
    citations: [
      {
        source: 'tc-flutterwave-alipay',
        quote: 'Flutterwave has partnered with Chinese e-commerce company Alibaba to offer digital payments between Alipay and African merchants',
        fields: ['kind', 'status', 'parties[0].role', 'parties[1].role', 'parties[2].role'],
      },
      { source: 'tc-flutterwave-alipay', quote: 'An Alipay spokesperson confirmed with TechCrunch the Flutterwave collaboration.' },
      { source: 'tc-flutterwave-alipay', quote: 'The Flutterwave-Alipay alliance developed out of Agboola’s acceptance in Alibaba’s Africa eFounders Fellowship.' },
      { source: 'tc-africa-roundup', quote: 'Flutterwave partnered with Chinese e-commerce company Alibaba’s Alipay to offer digital payments between Africa and China' },
    ],
  },
  {
    id: 'flutterwave-visa-getbarter-partnership-2019',
    kind: 'partnership',
    status: 'completed',
    parties: [
      { entity: 'flutterwave', role: 'partner' },
      { entity: 'visa', role: 'partner' },
      { entity: 'getbarter', role: 'venture' },
    ],
    amounts: [],
    date: '2019',
    dateBasis: "the article's publication date, 2019; the source says 'earlier this year'",
    summary: 'Flutterwave and Visa joined forces to launch GetBarter, a consumer payment product for Africa.',
    citations: [
      {
        source: 'tc-flutterwave-alipay',
        quote: 'those between Flutterwave and Visa earlier this year to launch a consumer payment product for Africa, called GetBarter',
        fields: ['kind', 'date', 'parties[0].role', 'parties[1].role', 'parties[2].role'],
      },
    ],
  },
  {
    id: 'jack-ma-africa-netrpreneur-prize-2019',
    kind: 'prize',
    status: 'announced',
    parties: [
      { entity: 'jack-ma', role: 'awarder', contribution: { description: 'announced the prize (the source does not say who funds it)' } },
      { entity: 'africa-netrpreneur-prize', role: 'venture' },
    ],
    amounts: [{ value: 1000000, currency: 'USD', label: 'prize money' }],
    date: '2019-03',
    dateBasis: "the article's publication date, 2019; the source says 'this March'",
    summary: 'Alibaba’s founder Jack Ma announced a $1 million award for founders and young companies in Africa.',
    citations: [
      {
        source: 'tc-flutterwave-alipay',
        quote: 'this March announced the $1 million Africa Netrpreneur Prize for African startups and founders',
        fields: ['amounts[0].value', 'date', 'kind', 'status'],
      },
      { source: 'tc-flutterwave-alipay', quote: 'Alibaba founder Jack Ma has made several trips to the continent and this March announced', fields: ['parties[0].role'] },
    ],
  },
  {
    id: 'flutterwave-named-customers',
    kind: 'supply',
    status: 'completed',
    parties: [
      { entity: 'flutterwave', role: 'supplier', contribution: { description: 'payments APIs and developer support for customised payment applications' } },
      { entity: 'uber', role: 'customer' },
      { entity: 'facebook', role: 'customer' },
      { entity: 'booking-com', role: 'customer' },
      { entity: 'jumia', role: 'customer' },
    ],
    amounts: [],
    summary: 'Uber, Facebook, Booking.com and Jumia are among the existing clients using Flutterwave’s payment services.',
    citations: [
      {
        source: 'tc-flutterwave-alipay',
        quote: 'Existing customers include Uber, Facebook, Booking.com and e-commerce unicorn Jumia.com.',
        fields: ['kind', 'parties[1].role', 'parties[2].role', 'parties[3].role', 'parties[4].role'],
      },
    ],
  },
  {
    id: 'transsion-ipo-2019',
    kind: 'listing',
    status: 'announced',
    parties: [{ entity: 'transsion', role: 'issuer' }],
    amounts: [],
    date: '2019',
    dateBasis: "the article's publication date, 2019; the source says 'this year'",
    summary: 'Transsion, the African smartphone seller behind Tecno, announced plans for an initial public offering.',
    citations: [
      { source: 'tc-flutterwave-alipay', quote: 'operates an assembly facility in Ethiopia and announced its IPO this year', fields: ['kind', 'status', 'date'] },
    ],
  },
  {
    id: 'opera-55m-venture-spending-2019',
    kind: 'funding-round',
    status: 'announced',
    parties: [{ entity: 'opera', role: 'investee' }],
    amounts: [{ value: 55000000, currency: 'USD', label: 'venture funding for its West African network' }],
    date: '2019',
    dateBasis: "the article's publication date, 2019; the source says 'this month' without naming it",
    summary: 'Opera announced venture money to grow its West African browser, payments and ride-hailing network, given here as $55 million.',
    evidence: 'implied',
    evidenceNote:
      'The source says Opera "announced $55 million in venture spending"; that Opera raised the money (rather than spent it) is read from the roundup’s account of the same news, which says Opera raised it.',
    citations: [
      {
        source: 'tc-flutterwave-alipay',
        quote: 'this month Chinese owned Opera announced $55 million in venture spending to support its growing West African digital commercial network',
        fields: ['amounts[0].value', 'status'],
      },
    ],
    conflictsWith: ['opay-50m-funding-2019'],
    conflictNote:
      'tc-flutterwave-alipay gives $55 million for Opera’s West African venture funding; tc-africa-roundup describes the same raise as $50 million (mainly for OPay).',
  },
] as const satisfies readonly DealRecord[];

export const metrics = [
  {
    id: 'alipay-active-users-2019',
    entity: 'alipay',
    metric: 'users',
    min: 1000000000,
    unit: 'users',
    asOf: '2019',
    dateBasis: "the articles' publication date, 2019; figure from 'Alibaba’s latest earnings report'",
    qualifier: 'claimed',
    scope: 'worldwide, active users',
    summary: 'Alipay claims a global network of over 1 billion active users, mostly in China.',
    citations: [
      {
        source: 'tc-flutterwave-alipay',
        quote: 'currently claims a global network of more than 1 billion active users, per Alibaba’s latest earnings report',
        fields: ['min'],
      },
      {
        source: 'tc-africa-roundup',
        quote: 'currently claims a global network of more than 1 billion active users, per Alibaba’s latest earnings report',
        fields: ['min'],
      },
    ],
  },
  {
    id: 'flutterwave-merchants-2019',
    entity: 'flutterwave',
    metric: 'merchants',
    min: 60000,
    unit: 'merchants',
    asOf: '2019',
    dateBasis: PUBLISHED,
    qualifier: 'claimed',
    summary: 'Merchants on Flutterwave’s platform, according to its CEO.',
    citations: [
      {
        source: 'tc-flutterwave-alipay',
        quote: 'The company currently has more than 60,000 merchants on its platform, according to Agboola.',
        fields: ['min'],
      },
      {
        source: 'tc-africa-roundup',
        quote: 'The company currently has more than 60,000 merchants on its platform, according to CEO Olugbenga Agboola.',
        fields: ['min'],
      },
    ],
  },
  {
    id: 'flutterwave-international-fee-rate-2-8-percent',
    entity: 'flutterwave',
    metric: 'fee-rate',
    value: 2.8,
    unit: 'percent',
    asOf: '2019',
    dateBasis: PUBLISHED,
    qualifier: 'reported',
    scope: 'international transactions (Alipay partnership)',
    summary: 'Standard fee Flutterwave charges on international transactions, per the Flutterwave–Alipay article, which is how it earns from the tie-up.',
    citations: [
      {
        source: 'tc-flutterwave-alipay',
        quote: 'Flutterwave will earn revenue from the partnership by charging its standard 2.8% on international transactions.',
        fields: ['value'],
      },
    ],
    conflictsWith: ['flutterwave-international-fee-rate-3-8-percent'],
    conflictNote:
      'tc-flutterwave-alipay gives Flutterwave’s standard international-transaction fee as 2.8%; tc-africa-roundup gives 3.8% in otherwise identical wording.',
  },
  {
    id: 'flutterwave-founding-year-2016',
    entity: 'flutterwave',
    metric: 'founding-year',
    value: 2016,
    unit: 'year',
    qualifier: 'reported',
    summary: 'Flutterwave was set up in 2016.',
    citations: [{ source: 'tc-flutterwave-alipay', quote: 'Founded in 2016, Flutterwave', fields: ['value'] }],
  },
  {
    id: 'flutterwave-transactions-since-inception',
    entity: 'flutterwave',
    metric: 'transactions',
    value: 100000000,
    unit: 'transactions',
    asOf: '2019',
    dateBasis: "the article's publication date, 2019; cumulative since the 2016 founding",
    qualifier: 'claimed',
    scope: 'cumulative since inception',
    summary: 'Number of transactions Flutterwave says it has processed since it started.',
    citations: [
      {
        source: 'tc-flutterwave-alipay',
        quote: 'Flutterwave has processed 100 million transactions worth $2.6 billion since inception, according to company data.',
        fields: ['value'],
      },
    ],
  },
  {
    id: 'flutterwave-transaction-value-since-inception',
    entity: 'flutterwave',
    metric: 'transaction-value',
    value: 2600000000,
    unit: 'USD',
    asOf: '2019',
    dateBasis: "the article's publication date, 2019; cumulative since the 2016 founding",
    qualifier: 'claimed',
    scope: 'cumulative since inception',
    summary: 'Total value of the transactions Flutterwave says it has processed since it started.',
    citations: [
      {
        source: 'tc-flutterwave-alipay',
        quote: 'Flutterwave has processed 100 million transactions worth $2.6 billion since inception, according to company data.',
        fields: ['value'],
      },
    ],
  },
] as const satisfies readonly MetricRecord[];

export const rules = [
  {
    id: 'flutterwave-international-transaction-fee-2-8-percent',
    entity: 'flutterwave',
    kind: 'fee',
    summary: 'Flutterwave charges merchants its standard fee of 2.8% on international transactions, including Alipay payments (Flutterwave–Alipay article figure).',
    terms: [{ role: 'payment processor', entity: 'flutterwave', share: 2.8, note: 'standard rate on international transactions' }],
    date: '2019',
    dateBasis: PUBLISHED,
    // the same fact as the fee-rate metric, told as the rule a settlement would apply
    derivedFrom: 'flutterwave-international-fee-rate-2-8-percent',
    citations: [
      {
        source: 'tc-flutterwave-alipay',
        quote: 'Flutterwave will earn revenue from the partnership by charging its standard 2.8% on international transactions.',
        fields: ['terms[0].share'],
      },
    ],
    conflictsWith: ['flutterwave-international-transaction-fee-3-8-percent'],
    conflictNote:
      'tc-flutterwave-alipay states the fee as 2.8%; tc-africa-roundup states the same standard international-transaction fee as 3.8%.',
  },
] as const satisfies readonly RuleRecord[];
