import type { DealRecord, MetricRecord, RuleRecord } from '../define.js';

// Records told in source `tc-africa-roundup`.

const JULY_BASIS = "the article's publication date, 2019; the source says 'in July'";
const PUBLISHED = "the article's publication date, 2019";

// Nigeria is first in Africa twice over (people and economy): the two rank metrics share all but their scope.
const NIGERIA_FIRST_IN_AFRICA = {
  entity: 'nigeria',
  metric: 'rank',
  value: 1,
  unit: 'rank',
  asOf: '2019',
  dateBasis: PUBLISHED,
  qualifier: 'reported',
} as const;

export const deals = [
  {
    id: 'canal-plus-acquires-rok-2019',
    kind: 'acquisition',
    status: 'completed',
    parties: [
      { entity: 'canal-plus', role: 'acquirer' },
      { entity: 'rok-studios', role: 'target' },
      { entity: 'irokotv', role: 'seller' },
    ],
    amounts: [],
    date: '2019-07',
    dateBasis: JULY_BASIS,
    summary:
      'Canal+ bought the Lagos-based ROK studio from IROKOtv for an undisclosed price that included cash, aiming to take Nollywood-style production to other African markets; founder Mary Njoku stays on as director general.',
    citations: [
      {
        source: 'tc-africa-roundup',
        quote: 'in July, French television company Canal+ acquired the ROK film studio from VOD company IROKOtv.',
        fields: ['kind', 'status', 'date', 'parties[0].role', 'parties[1].role', 'parties[2].role'],
      },
      { source: 'tc-africa-roundup', quote: 'Canal+ would not disclose the acquisition price, but confirmed there was a cash component of the deal.' },
      { source: 'tc-africa-roundup', quote: 'Mary Njoku will stay on as director general under the Canal+ acquisition' },
    ],
  },
  {
    id: 'opay-50m-funding-2019',
    kind: 'funding-round',
    status: 'completed',
    parties: [
      { entity: 'opay', role: 'investee' },
      { entity: 'opera', role: 'investor', contribution: { description: 'Opera, which created OPay, also took part in the round; it is described as raising the money for its West African network, mostly for OPay' } },
      { entity: 'sequoia-china', role: 'lead-investor' },
      { entity: 'idg-capital', role: 'lead-investor' },
      { entity: 'source-code-capital', role: 'lead-investor' },
    ],
    amounts: [{ value: 50000000, currency: 'USD', label: 'venture funding raised (no stage designation), mostly for OPay' }],
    date: '2019-07',
    dateBasis: JULY_BASIS,
    summary:
      'Opera raised $50 million in venture money, chiefly for its Africa-focused payments startup OPay, in a round co-led by Sequoia China, IDG Capital and Source Code Capital, to grow digital finance in Nigeria.',
    citations: [
      {
        source: 'tc-africa-roundup',
        quote: 'July saw Chinese owned Opera raise $50 million in venture spending to support its growing West African digital commercial network',
        fields: ['amounts[0].value', 'date', 'status'],
      },
      { source: 'tc-africa-roundup', quote: 'The funds are predominately for OPay', fields: ['parties[0].role'] },
      {
        source: 'tc-africa-roundup',
        quote: 'Lead investors included Sequoia China, IDG Capital and Source Code Capital. Opera also joined the round',
        fields: ['parties[1].role', 'parties[2].role', 'parties[3].role', 'parties[4].role'],
      },
      { source: 'tc-africa-roundup', quote: 'OPay will use the capital (which wasn’t given a stage designation) primarily to grow its digital finance business in Nigeria' },
    ],
    conflictsWith: ['opera-55m-venture-spending-2019'],
    conflictNote:
      'tc-africa-roundup puts Opera’s venture money for its West African network at $50 million (raised in July); tc-flutterwave-alipay says Opera announced $55 million for the same network.',
  },
  {
    id: 'brck-swvl-wifi-partnership-2019',
    kind: 'partnership',
    status: 'completed',
    parties: [
      { entity: 'brck', role: 'partner', contribution: { description: 'installs its routers on Swvl buses to run its Moja free Wi-Fi and entertainment service' } },
      { entity: 'swvl', role: 'partner', contribution: { description: 'hosts the routers on its on-demand buses in Kenya' } },
    ],
    amounts: [],
    date: '2019',
    dateBasis: "the article's publication date, 2019; reported in the roundup of July news",
    summary:
      'BRCK and Swvl teamed up to put free Wi-Fi and online entertainment on Swvl’s on-demand buses in Kenya; neither would confirm expansion to other countries.',
    citations: [
      {
        source: 'tc-africa-roundup',
        quote: 'BRCK and Egyptian ride-hail venture Swvl are partnering to bring Wi-Fi and online entertainment to on-demand bus service in Kenya',
        fields: ['kind', 'status', 'parties[0].role', 'parties[1].role'],
      },
      { source: 'tc-africa-roundup', quote: 'BRCK is installing its routers on Swvl vehicles in Kenya to run its Moja service' },
    ],
  },
  {
    id: 'swvl-series-b-2019',
    kind: 'funding-round',
    status: 'completed',
    parties: [{ entity: 'swvl', role: 'investee' }],
    amounts: [{ value: 42000000, currency: 'USD', label: 'Series B round size' }],
    date: '2019-06',
    dateBasis: "the article's publication date, 2019; the source says 'in June'",
    summary: 'Swvl closed a $42 million Series B intended to fund expansion in Africa.',
    citations: [
      {
        source: 'tc-africa-roundup',
        quote: 'The company raised a $42 million Series B round in June, with intent to expand in Africa',
        fields: ['amounts[0].value', 'date', 'kind'],
      },
    ],
  },
] as const satisfies readonly DealRecord[];

export const metrics = [
  {
    id: 'irokotv-vc-funding-raised',
    entity: 'irokotv',
    metric: 'funding-raised',
    value: 45000000,
    unit: 'USD',
    asOf: '2019',
    dateBasis: "the article's publication date, 2019; cumulative venture backing since the 2010 founding",
    qualifier: 'reported',
    summary: 'Total venture capital behind IROKOtv.',
    citations: [{ source: 'tc-africa-roundup', quote: 'backed by $45 million in VC', fields: ['value'] }],
  },
  {
    id: 'irokotv-founding-year-2010',
    entity: 'irokotv',
    metric: 'founding-year',
    value: 2010,
    unit: 'year',
    qualifier: 'reported',
    summary: 'Jason Njoku started IROKOtv in 2010.',
    citations: [{ source: 'tc-africa-roundup', quote: 'Founded by Jason Njoku in 2010', fields: ['value'] }],
  },
  {
    id: 'opay-founding-year-2018',
    entity: 'opay',
    metric: 'founding-year',
    value: 2018,
    unit: 'year',
    qualifier: 'reported',
    summary: 'Opera set up OPay in 2018, building on the reach of its browser and search products.',
    citations: [{ source: 'tc-africa-roundup', quote: 'Opera founded OPay in 2018', fields: ['value'] }],
  },
  {
    id: 'swvl-founding-year-2017',
    entity: 'swvl',
    metric: 'founding-year',
    value: 2017,
    unit: 'year',
    qualifier: 'reported',
    scope: 'founded in Cairo',
    summary: 'Swvl started in Cairo in 2017.',
    citations: [{ source: 'tc-africa-roundup', quote: 'Founded in Cairo in 2017, Swvl', fields: ['value'] }],
  },
  {
    id: 'irokotv-nollywood-catalog-rank',
    entity: 'irokotv',
    metric: 'rank',
    value: 1,
    unit: 'rank',
    asOf: '2019',
    dateBasis: PUBLISHED,
    qualifier: 'claimed',
    scope: 'worldwide, size of online Nollywood film catalogue',
    summary: 'IROKOtv claims the biggest online library of Nollywood films in the world.',
    citations: [
      {
        source: 'tc-africa-roundup',
        quote: 'IROKOtv boasts the world’s largest online catalog of Nollywood',
        fields: ['value'],
        derivation: 'Rank 1: the world’s largest catalogue is the first by size.',
      },
    ],
  },
  {
    id: 'flutterwave-international-fee-rate-3-8-percent',
    entity: 'flutterwave',
    metric: 'fee-rate',
    value: 3.8,
    unit: 'percent',
    asOf: '2019',
    dateBasis: PUBLISHED,
    qualifier: 'reported',
    scope: 'international transactions (Alipay partnership)',
    summary: 'Standard fee Flutterwave charges on international transactions, per the Africa roundup, which is how it earns from the Alipay tie-up.',
    citations: [
      {
        source: 'tc-africa-roundup',
        quote: 'Flutterwave will earn revenue from the partnership by charging its standard 3.8% on international transactions.',
        fields: ['value'],
      },
    ],
    conflictsWith: ['flutterwave-international-fee-rate-2-8-percent'],
    conflictNote:
      'The Africa roundup gives Flutterwave’s standard international-transaction fee as 3.8%; the dedicated Flutterwave–Alipay article gives 2.8% in otherwise identical wording.',
  },
  {
    id: 'indriver-africa-countries-2019',
    entity: 'indriver',
    metric: 'countries',
    value: 4,
    unit: 'countries',
    asOf: '2019-07',
    dateBasis: "the article's publication date, 2019; count after the Kampala launch the source places in July",
    qualifier: 'reported',
    scope: 'Africa (Kenya, Uganda, South Africa, Tanzania)',
    summary: 'Number of African countries where InDriver operates after launching in Uganda.',
    citations: [
      {
        source: 'tc-africa-roundup',
        quote: 'bringing its Africa operating countries to four: Kenya, Uganda, South Africa and Tanzania',
        fields: ['value'],
      },
    ],
  },
  {
    id: 'opera-browser-africa-usage-rank',
    entity: 'opera',
    metric: 'rank',
    value: 2,
    unit: 'rank',
    asOf: '2019',
    dateBasis: "the article's publication date, 2019; the source says the ranking has held for 'the last four years'",
    qualifier: 'reported',
    scope: 'Africa, web-browser usage (behind Chrome), each of the last four years',
    summary: 'Opera’s browser has been the second most used in Africa, after Chrome, for four years.',
    citations: [
      {
        source: 'tc-africa-roundup',
        quote: 'Opera’s web-browser has ranked No. 2 in usage in Africa, after Chrome, the last four years.',
        fields: ['value'],
      },
    ],
  },
  {
    id: 'china-africa-trade-2019',
    entity: 'china-africa-trade',
    metric: 'market-size',
    value: 200000000000,
    unit: 'USD',
    asOf: '2019',
    dateBasis: PUBLISHED,
    qualifier: 'estimate',
    scope: 'trade between China and Africa',
    summary: 'The estimated value of trade between China and Africa, the payments the Flutterwave–Alipay link aims to capture.',
    citations: [
      { source: 'tc-africa-roundup', quote: 'the estimated $200 billion in China-Africa trade', fields: ['value'] },
      { source: 'tc-flutterwave-alipay', quote: 'the estimated $200 billion in China-Africa trade', fields: ['value'] },
    ],
  },
  {
    id: 'nigeria-africa-population-rank',
    ...NIGERIA_FIRST_IN_AFRICA,
    scope: 'Africa, by population',
    summary: 'Nigeria is the most populous nation in Africa.',
    citations: [
      {
        source: 'tc-africa-roundup',
        quote: 'Nigeria — Africa’s most populous nation',
        fields: ['value'],
        derivation: 'Rank 1: the most populous nation is the first by population.',
      },
    ],
  },
  {
    id: 'nigeria-africa-economy-rank',
    ...NIGERIA_FIRST_IN_AFRICA,
    scope: 'Africa, by size of economy',
    summary: 'Nigeria has the largest economy in Africa.',
    citations: [
      {
        source: 'tc-africa-roundup',
        quote: 'Africa’s most populous nation and largest economy',
        fields: ['value'],
        derivation: 'Rank 1: the largest economy is the first by size.',
      },
    ],
  },
] as const satisfies readonly MetricRecord[];

export const rules = [
  {
    id: 'flutterwave-international-transaction-fee-3-8-percent',
    entity: 'flutterwave',
    kind: 'fee',
    summary: 'Flutterwave charges merchants its standard fee of 3.8% on international transactions, including Alipay payments (Africa roundup figure).',
    terms: [{ role: 'payment processor', entity: 'flutterwave', share: 3.8, note: 'standard rate on international transactions' }],
    date: '2019',
    dateBasis: PUBLISHED,
    // the same fact as the fee-rate metric, told as the rule a settlement would apply
    derivedFrom: 'flutterwave-international-fee-rate-3-8-percent',
    citations: [
      {
        source: 'tc-africa-roundup',
        quote: 'Flutterwave will earn revenue from the partnership by charging its standard 3.8% on international transactions.',
        fields: ['terms[0].share'],
      },
    ],
    conflictsWith: ['flutterwave-international-transaction-fee-2-8-percent'],
    conflictNote:
      'The Africa roundup states the fee as 3.8%; tc-flutterwave-alipay states the same standard international-transaction fee as 2.8%.',
  },
] as const satisfies readonly RuleRecord[];
