import type { DealRecord, MetricRecord, RuleRecord } from '../define.js';

// Records told in source `tc-warburg-pincus-fund`.

const SRC = 'tc-warburg-pincus-fund';
const PUBLISHED = "the article's publication date, 2019";

const SEA = 'initial investments in the region that have included Go-Jek in Indonesia';

export const deals = [
  {
    id: 'warburg-pincus-china-southeast-asia-fund-2019',
    kind: 'fund',
    status: 'completed',
    parties: [
      { entity: 'warburg-pincus', role: 'fund-manager' },
      { entity: 'warburg-pincus-china-southeast-asia-fund', role: 'venture' },
    ],
    amounts: [
      { value: 4250000000, currency: 'USD', label: 'fund size' },
      { value: 3500000000, currency: 'USD', label: 'initial target (surpassed)' },
    ],
    date: '2019',
    dateBasis: PUBLISHED,
    summary:
      'Warburg Pincus raised $4.25 billion for a vehicle covering China and, for the first time, Southeast Asia, beating its original $3.5 billion goal; it succeeds the firm’s $2.2 billion China fund and will target consumer, healthcare, real estate, financial services and TMT deals.',
    citations: [
      { source: SRC, quote: 'it announced a $4.25 billion fund dedicated to China and Southeast Asia', fields: ['amounts[0].value', 'kind'] },
      { source: SRC, quote: 'it surpassed its initial target of $3.5 billion for the China-Southeast Asia fund', fields: ['amounts[1].value', 'status'] },
      { source: SRC, quote: 'It is the successor to Warburg Pincus’ previous $2.2 billion ‘China’ fund' },
    ],
  },
  {
    id: 'warburg-pincus-global-growth-fund-2018',
    kind: 'fund',
    status: 'completed',
    parties: [
      { entity: 'warburg-pincus', role: 'fund-manager' },
      { entity: 'warburg-pincus-global-growth-fund', role: 'venture' },
    ],
    amounts: [{ value: 14800000000, currency: 'USD', label: 'fund size' }],
    date: '2018',
    dateBasis: "the article's publication date, 2019; the source says 'at the end of last year'",
    summary: 'Warburg Pincus finalised its worldwide growth fund of $14.8 billion, meant to invest alongside the new Asia fund.',
    citations: [
      {
        source: SRC,
        quote: 'the firm’s $14.8 billion global growth fund which was finalized at the end of last year',
        fields: ['amounts[0].value', 'status', 'date'],
      },
    ],
  },
  {
    id: 'warburg-pincus-china-fund-2-2b',
    kind: 'fund',
    status: 'completed',
    parties: [
      { entity: 'warburg-pincus', role: 'fund-manager' },
      { entity: 'warburg-pincus-china-fund', role: 'venture' },
    ],
    amounts: [{ value: 2200000000, currency: 'USD', label: 'fund size' }],
    summary: 'Warburg Pincus’ earlier China-only fund, predecessor of the 2019 China–Southeast Asia fund, was $2.2 billion.',
    citations: [{ source: SRC, quote: 'Warburg Pincus’ previous $2.2 billion ‘China’ fund', fields: ['amounts[0].value'] }],
  },
  {
    id: 'warburg-pincus-invests-in-ant-financial',
    kind: 'investment',
    status: 'completed',
    parties: [
      { entity: 'warburg-pincus', role: 'investor' },
      { entity: 'ant-group', role: 'investee' },
    ],
    amounts: [],
    summary: 'Ant Financial is part of Warburg Pincus’ China portfolio.',
    citations: [{ source: SRC, quote: 'a portfolio of over 120 startups that includes the likes of Alibaba’s Ant Financial', fields: ['kind', 'parties[1].role'] }],
  },
  {
    id: 'warburg-pincus-invests-in-nio',
    kind: 'investment',
    status: 'completed',
    parties: [
      { entity: 'warburg-pincus', role: 'investor' },
      { entity: 'nio', role: 'investee' },
    ],
    amounts: [],
    summary: 'Electric-car maker NIO, now listed, is among Warburg Pincus’ China investments.',
    citations: [{ source: SRC, quote: 'includes the likes of Alibaba’s Ant Financial and listed companies NIO (a Tesla rival)', fields: ['kind', 'parties[1].role'] }],
  },
  {
    id: 'warburg-pincus-invests-in-zto-express',
    kind: 'investment',
    status: 'completed',
    parties: [
      { entity: 'warburg-pincus', role: 'investor' },
      { entity: 'zto-express', role: 'investee' },
    ],
    amounts: [],
    summary: 'Listed courier ZTO Express is among Warburg Pincus’ China investments.',
    citations: [{ source: SRC, quote: 'listed companies NIO (a Tesla rival), ZTO Express (a courier firm)', fields: ['parties[1].role'] }],
  },
  {
    id: 'warburg-pincus-invests-in-go-jek',
    kind: 'investment',
    status: 'completed',
    parties: [
      { entity: 'warburg-pincus', role: 'investor' },
      { entity: 'go-jek', role: 'investee' },
    ],
    amounts: [],
    summary: 'Indonesia’s Go-Jek was one of Warburg Pincus’ first Southeast Asian investments.',
    citations: [{ source: SRC, quote: SEA, fields: ['kind', 'parties[1].role'] }],
  },
  {
    id: 'warburg-pincus-invests-in-momo-vietnam',
    kind: 'investment',
    status: 'completed',
    parties: [
      { entity: 'warburg-pincus', role: 'investor' },
      { entity: 'momo-vietnam', role: 'investee' },
    ],
    amounts: [],
    summary: 'Warburg Pincus backed Vietnamese payments startup Momo, a deal made from its Singapore office.',
    citations: [{ source: SRC, quote: 'Vietnamese digital payment startup Momo from its Singapore office', fields: ['parties[1].role'] }],
  },
] as const satisfies readonly DealRecord[];

export const metrics = [
  {
    id: 'warburg-pincus-assets-under-management-2019',
    entity: 'warburg-pincus',
    metric: 'assets-under-management',
    min: 60000000000,
    unit: 'USD',
    asOf: '2019',
    dateBasis: PUBLISHED,
    qualifier: 'reported',
    summary: 'Warburg Pincus manages more than $60 billion.',
    citations: [{ source: SRC, quote: 'the private equity fund with over $60 billion under management', fields: ['min'] }],
  },
  {
    id: 'warburg-pincus-china-investment-total',
    entity: 'warburg-pincus',
    metric: 'investment',
    min: 11000000000,
    unit: 'USD',
    asOf: '2019',
    dateBasis: "the article's publication date, 2019; cumulative over 25 years in China",
    qualifier: 'reported',
    scope: 'China, cumulative over 25 years',
    summary: 'In its 25 years in China Warburg Pincus has put more than $11 billion to work.',
    citations: [
      { source: SRC, quote: 'The firm has been present in China for 25 years, and it has invested over $11 billion', fields: ['min'] },
    ],
  },
  {
    id: 'warburg-pincus-china-portfolio-companies',
    entity: 'warburg-pincus',
    metric: 'companies',
    min: 120,
    unit: 'startups',
    asOf: '2019',
    dateBasis: PUBLISHED,
    qualifier: 'reported',
    scope: 'China portfolio',
    summary: 'Warburg Pincus’ China portfolio spans more than 120 startups.',
    citations: [{ source: SRC, quote: 'a portfolio of over 120 startups', fields: ['min'] }],
  },
  {
    id: 'warburg-pincus-china-southeast-asia-fund-size-2019',
    entity: 'warburg-pincus-china-southeast-asia-fund',
    metric: 'funding-raised',
    value: 4250000000,
    unit: 'USD',
    asOf: '2019',
    dateBasis: PUBLISHED,
    qualifier: 'reported',
    summary: 'Capital raised for Warburg Pincus’ China and Southeast Asia fund.',
    // the fund deal's size, held as the fund's own figure
    derivedFrom: 'warburg-pincus-china-southeast-asia-fund-2019',
    citations: [{ source: SRC, quote: 'it announced a $4.25 billion fund dedicated to China and Southeast Asia', fields: ['value'] }],
  },
  {
    id: 'warburg-pincus-china-southeast-asia-fund-initial-target',
    entity: 'warburg-pincus-china-southeast-asia-fund',
    metric: 'funding-raised',
    value: 3500000000,
    unit: 'USD',
    qualifier: 'target',
    scope: 'initial fundraising target, since exceeded',
    summary: 'The fund’s original fundraising goal, which Warburg Pincus beat.',
    // the fund deal's target, held as the fund's own figure
    derivedFrom: 'warburg-pincus-china-southeast-asia-fund-2019',
    citations: [{ source: SRC, quote: 'it surpassed its initial target of $3.5 billion for the China-Southeast Asia fund', fields: ['value'] }],
  },
  {
    id: 'warburg-pincus-years-in-china-2019',
    entity: 'warburg-pincus',
    metric: 'duration',
    value: 25,
    unit: 'years',
    asOf: '2019',
    dateBasis: PUBLISHED,
    qualifier: 'reported',
    scope: 'years of presence in China',
    summary: 'Warburg Pincus has been active in China for a quarter of a century.',
    citations: [{ source: SRC, quote: 'The firm has been present in China for 25 years', fields: ['value'] }],
  },
  {
    id: 'southeast-asia-consumers-2019',
    entity: 'southeast-asia',
    metric: 'population',
    value: 600000000,
    unit: 'people',
    asOf: '2019',
    dateBasis: PUBLISHED,
    qualifier: 'reported',
    scope: 'consumers, among whom internet adoption is rapidly expanding',
    summary: 'Southeast Asia counts 600 million consumers, among whom internet use is spreading fast.',
    citations: [
      { source: SRC, quote: 'Southeast Asia, where internet adoption is rapidly expanding among 600 million consumers', fields: ['value'] },
    ],
  },
] as const satisfies readonly MetricRecord[];

export const rules = [] as const satisfies readonly RuleRecord[];
