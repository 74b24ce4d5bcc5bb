import type { DealRecord, MetricRecord, RuleRecord } from '../define.js';

// Records told in source `tc-intel-barefoot`.

const SRC = 'tc-intel-barefoot';

export const deals = [
  {
    id: 'intel-acquires-barefoot-networks-2019',
    kind: 'acquisition',
    status: 'completed',
    parties: [
      { entity: 'intel', role: 'acquirer' },
      { entity: 'barefoot-networks', role: 'target' },
    ],
    amounts: [],
    date: '2019',
    dateBasis: "the article's publication date, 2019; the source gives no exact date",
    summary:
      'Intel bought programmable networking-chip startup Barefoot Networks for an undisclosed price, to strengthen its position in cloud networking.',
    citations: [{ source: SRC, quote: 'it’s acquired Barefoot Networks for an undisclosed amount', fields: ['kind', 'status', 'amounts'] }],
  },
  {
    // Not one round: the source gives only the total raised from all investors, held by the
    // metric 'barefoot-networks-funding-raised-total'. This record keeps who invested.
    id: 'barefoot-networks-funding-155-4m',
    kind: 'investment',
    status: 'completed',
    parties: [
      { entity: 'barefoot-networks', role: 'investee' },
      { entity: 'tencent', role: 'investor' },
      { entity: 'dhvc', role: 'investor' },
      { entity: 'alibaba', role: 'investor' },
      { entity: 'dell-technologies-capital', role: 'investor' },
      { entity: 'hewlett-packard-enterprise', role: 'investor' },
      { entity: 'lightspeed-ventures', role: 'investor' },
    ],
    amounts: [],
    summary:
      'Before Intel bought it, Barefoot Networks had taken investment from backers that included Tencent, DHVC, Alibaba, Dell Technologies Capital, HPE and Lightspeed; the $155.4 million they put in over its life is the metric barefoot-networks-funding-raised-total.',
    citations: [
      {
        source: SRC,
        quote:
          'The company raised $155.4 million from investors including Tencent Holdings, DHVC, Alibaba Group, Dell Technologies Capital, Hewlett Packard Enterprise, and Lightspeed Ventures.',
        fields: ['kind', 'parties[1].role', 'parties[2].role', 'parties[3].role', 'parties[4].role', 'parties[5].role', 'parties[6].role'],
      },
    ],
  },
] as const satisfies readonly DealRecord[];

export const metrics = [
  {
    id: 'barefoot-networks-funding-raised-total',
    entity: 'barefoot-networks',
    metric: 'funding-raised',
    value: 155400000,
    unit: 'USD',
    qualifier: 'reported',
    scope: 'cumulative, before the Intel acquisition',
    summary: 'Barefoot Networks raised $155.4 million from investors over its life as a startup.',
    citations: [{ source: SRC, quote: 'The company raised $155.4 million from investors', fields: ['value'] }],
  },
  {
    id: 'barefoot-networks-founding-year-2016',
    entity: 'barefoot-networks',
    metric: 'founding-year',
    value: 2016,
    unit: 'year',
    qualifier: 'reported',
    scope: 'launch out of stealth (late 2016)',
    summary: 'Barefoot Networks came out of stealth in late 2016, led by Craig Barratt.',
    citations: [{ source: SRC, quote: 'Barefoot Networks was launched from stealth in late 2016 by Dr. Craig Barratt', fields: ['value'] }],
  },
  {
    id: 'barefoot-networks-age-2019',
    entity: 'barefoot-networks',
    metric: 'age',
    value: 3,
    unit: 'years',
    asOf: '2019',
    dateBasis: "the article's publication date, 2019",
    qualifier: 'reported',
    scope: 'time since launching out of stealth',
    summary: 'Barefoot Networks had been public about its work for three years when Intel bought it.',
    citations: [{ source: SRC, quote: 'When it launched out of stealth just three years ago', fields: ['value'] }],
  },
] as const satisfies readonly MetricRecord[];

export const rules = [] as const satisfies readonly RuleRecord[];
