import type { DealRecord, MetricRecord, RuleRecord } from '../define.js';

// Records told in source `tc-alibaba-hk-listing`.

const SRC = 'tc-alibaba-hk-listing' as const;

/** The one quote naming Xiaomi and Meituan Dianping: the dual-class rule of 'last year' helped HKEX attract them. */
const dualClassAppeal = 'helped HKEX attract such tech darlings as smartphone maker Xiaomi and food delivery service Meituan Dianping';
const dualClassNote =
  'The source says the dual-class rule helped HKEX attract Xiaomi and Meituan Dianping, in a paragraph about Hong Kong as a destination for public offerings; it implies rather than states that each listed there.';

export const deals = [
  {
    id: 'alibaba-hong-kong-second-listing-considered-2019',
    kind: 'listing',
    status: 'considered',
    parties: [
      { entity: 'alibaba', role: 'issuer' },
      { entity: 'hkex', role: 'exchange' },
    ],
    amounts: [{ value: 20000000000, currency: 'USD', label: 'amount Alibaba was considering raising' }],
    date: '2019',
    dateBasis:
      "the article's publication date, 2019; Bloomberg reported the plan 'on Monday' and said a confidential filing could come as early as the second half of 2019",
    summary:
      'According to Bloomberg’s unnamed sources, Alibaba was weighing a secondary share listing in Hong Kong to widen its funding sources and improve liquidity, possibly filing confidentially from the second half of 2019.',
    citations: [
      {
        source: SRC,
        quote: 'is considering raising $20 billion through a second listing in Hong Kong, Bloomberg reported on Monday citing sources',
        fields: ['kind', 'status', 'amounts[0].value', 'parties[1].entity'],
      },
      { source: SRC, quote: 'diversify funding channels and boost liquidity.', fields: ['kind'] },
      {
        source: SRC,
        quote: 'aiming to file a listing application confidentially as early as the second half of 2019',
        fields: ['date'],
      },
    ],
  },
  {
    id: 'alibaba-nyse-ipo-2014',
    kind: 'listing',
    status: 'completed',
    parties: [
      { entity: 'alibaba', role: 'issuer' },
      { entity: 'nyse', role: 'exchange' },
    ],
    amounts: [{ value: 25000000000, currency: 'USD', label: 'listing size (a record)' }],
    date: '2014',
    dateBasis: "the article's publication date, 2019; the source puts the New York listing 'five years' before the planned Hong Kong filing",
    summary:
      'Alibaba went public in New York in a record-sized listing after Hong Kong declined to accept its filing because of its company structure.',
    citations: [
      {
        source: SRC,
        quote: 'five years after Alibaba famously snubbed a record $25 billion listing on the New York Stock Exchange',
        fields: ['kind', 'amounts[0].value', 'date', 'parties[1].entity'],
      },
    ],
  },
  {
    id: 'alibaba-hong-kong-listing-refused',
    kind: 'listing',
    status: 'cancelled',
    parties: [
      { entity: 'alibaba', role: 'issuer' },
      { entity: 'hkex', role: 'exchange' },
    ],
    amounts: [],
    summary:
      'Before its New York IPO, Alibaba’s attempt to list in Hong Kong failed when Hong Kong would not approve the filing under its rules on company structure.',
    citations: [
      {
        source: SRC,
        quote: 'following Hong Kong’s refusal to approve its filing due to rules around company structure',
        fields: ['kind', 'status'],
      },
    ],
  },
  {
    id: 'xiaomi-listing-on-hkex',
    kind: 'listing',
    status: 'completed',
    parties: [
      { entity: 'xiaomi', role: 'issuer' },
      { entity: 'hkex', role: 'exchange' },
    ],
    amounts: [],
    summary: 'Xiaomi was one of the tech companies drawn to list in Hong Kong once the exchange allowed dual-class shares.',
    evidence: 'implied',
    evidenceNote: dualClassNote,
    citations: [
      { source: SRC, quote: 'destination for public offerings', fields: ['kind'] },
      { source: SRC, quote: dualClassAppeal, fields: ['parties[0].entity', 'parties[1].entity', 'status'] },
    ],
  },
  {
    id: 'meituan-dianping-listing-on-hkex',
    kind: 'listing',
    status: 'completed',
    parties: [
      { entity: 'meituan', role: 'issuer' },
      { entity: 'hkex', role: 'exchange' },
    ],
    amounts: [],
    summary: 'Meituan Dianping was one of the tech companies drawn to list in Hong Kong once the exchange allowed dual-class shares.',
    evidence: 'implied',
    evidenceNote: dualClassNote,
    citations: [
      { source: SRC, quote: 'destination for public offerings', fields: ['kind'] },
      { source: SRC, quote: dualClassAppeal, fields: ['parties[0].entity', 'parties[1].entity', 'status'] },
    ],
  },
  {
    // Re-filed from kind 'listing': the chipmaker announced it would leave the NYSE.
    id: 'china-largest-chipmaker-nyse-delisting-2019',
    kind: 'delisting',
    status: 'announced',
    parties: [
      { entity: 'china-largest-chipmaker', role: 'issuer' },
      { entity: 'nyse', role: 'exchange' },
    ],
    amounts: [],
    date: '2019',
    dateBasis: "the article's publication date, 2019; the source says 'just last week'",
    summary:
      'China’s biggest chipmaker said it would withdraw its New York listing and rely on its Hong Kong listing, saying the move was long planned and unrelated to the trade war.',
    citations: [
      {
        source: SRC,
        quote: 'China’s largest chipmaker announced that it would delist from the NYSE and focused on its existing Hong Kong listing',
        fields: ['kind', 'status', 'date', 'parties[1].entity'],
      },
      {
        source: SRC,
        quote: 'the company claimed the plan had been brewing for some time and had nothing to do with the trade war',
        fields: ['status'],
      },
    ],
  },
  {
    id: 'china-largest-chipmaker-hkex-listing',
    kind: 'listing',
    status: 'completed',
    parties: [
      { entity: 'china-largest-chipmaker', role: 'issuer' },
      { entity: 'hkex', role: 'exchange' },
    ],
    amounts: [],
    summary: 'The unnamed chipmaker already had shares listed in Hong Kong, which it chose to keep while leaving New York; no listing date is given.',
    citations: [{ source: SRC, quote: 'focused on its existing Hong Kong listing', fields: ['kind', 'status'] }],
  },
] as const satisfies readonly DealRecord[];

export const metrics = [
  {
    id: 'china-largest-chipmaker-rank-china-2019',
    entity: 'china-largest-chipmaker',
    metric: 'rank',
    value: 1,
    unit: 'rank',
    asOf: '2019',
    dateBasis: "the article's publication date, 2019",
    qualifier: 'reported',
    scope: 'China, chipmakers',
    summary: 'The unnamed company is the biggest chipmaker in China.',
    citations: [
      { source: SRC, quote: 'China’s largest chipmaker', fields: ['value'], derivation: "Rank 1 from 'largest'." },
    ],
  },
] as const satisfies readonly MetricRecord[];

export const rules = [] as const satisfies readonly RuleRecord[];
