import type { DealRecord, MetricRecord, RuleRecord } from '../define.js';

// Records told in source `tc-ride-hailing-aggregators`.

const SRC = 'tc-ride-hailing-aggregators';
const PUBLISHED = "the article's publication date, 2019";

const JOINED = 'Other big names like Baidu, Hellobike, Meituan and Didi subsequently joined forces with third-party ride-booking services';

export const deals = [
  {
    id: 'didi-acquires-uber-china-2016',
    kind: 'acquisition',
    status: 'completed',
    parties: [
      { entity: 'didi', role: 'acquirer' },
      { entity: 'uber-china', role: 'target' },
      { entity: 'uber', role: 'seller' },
    ],
    amounts: [],
    date: '2016',
    summary: 'Didi took over Uber’s China business, part of Uber’s retreat from the Chinese market.',
    citations: [
      { source: SRC, quote: 'Didi, which gobbled up Uber China in 2016', fields: ['kind', 'date', 'parties[0].role', 'parties[1].role'] },
      { source: 'tc-splyt-series-a', quote: 'Uber’s decision to exit markets like China', fields: ['parties[2].role'] },
    ],
  },
  {
    id: 'google-maps-ride-hailing-integration-2017',
    kind: 'partnership',
    status: 'completed',
    parties: [
      { entity: 'google-maps', role: 'partner' },
      { entity: 'uber', role: 'partner' },
      { entity: 'lyft', role: 'partner' },
      { entity: 'gett', role: 'partner' },
      { entity: 'hailo', role: 'partner' },
    ],
    amounts: [],
    date: '2017',
    dateBasis: "the source says 'early 2017'",
    summary: 'Google Maps added in-app booking of Uber, Lyft, Gett and Hailo rides.',
    evidence: 'implied',
    evidenceNote: 'The source tells of a Google Maps feature that hails these services’ rides; that they took part as partners is read from the feature, not told.',
    citations: [
      {
        source: SRC,
        quote: 'a feature Google Maps added in early 2017 allowing users to hail Uber, Lyft, Gett and Hailo straight from its navigation app',
        fields: ['kind', 'date', 'parties[0].role', 'parties[1].role', 'parties[2].role', 'parties[3].role', 'parties[4].role'],
      },
    ],
  },
  {
    id: 'autonavi-ride-hailing-aggregation-2017',
    kind: 'partnership',
    status: 'completed',
    parties: [{ entity: 'amap', role: 'partner' }],
    amounts: [],
    date: '2017',
    dateBasis: "the source says 'a few months' after Google Maps’ early-2017 feature",
    summary: 'Alibaba’s AutoNavi maps app launched a comparable in-app ride-hailing feature for China, drawing on third-party ride services.',
    evidence: 'implied',
    evidenceNote: 'The source says AutoNavi debuted a feature like Google Maps’ (hailing other services’ rides); partnering with those services is read from that, and none is named.',
    citations: [
      {
        source: SRC,
        quote: 'A few months later, AutoNavi, a maps app owned by Alibaba, debuted a similar feature in China',
        fields: ['kind', 'date', 'parties[0].role'],
      },
    ],
  },
  {
    id: 'baidu-ride-hailing-aggregation-partnerships',
    kind: 'partnership',
    status: 'completed',
    parties: [{ entity: 'baidu', role: 'partner' }],
    amounts: [],
    summary: 'Baidu teamed up with outside ride-booking services instead of running its own ride-hailing fleet.',
    citations: [{ source: SRC, quote: JOINED, fields: ['kind', 'parties[0].role'] }],
  },
  {
    id: 'hellobike-ride-hailing-aggregation-partnerships',
    kind: 'partnership',
    status: 'completed',
    parties: [{ entity: 'hellobike', role: 'partner' }],
    amounts: [],
    summary: 'Hellobike teamed up with outside ride-booking services instead of building its own car-hailing offering.',
    citations: [{ source: SRC, quote: JOINED, fields: ['kind', 'parties[0].role'] }],
  },
  {
    id: 'meituan-ride-hailing-aggregation-partnerships',
    kind: 'partnership',
    status: 'completed',
    parties: [{ entity: 'meituan', role: 'partner' }],
    amounts: [],
    summary: 'Meituan teamed up with outside ride-booking services, turning its app into a ride-hailing marketplace.',
    citations: [{ source: SRC, quote: JOINED, fields: ['kind', 'parties[0].role'] }],
  },
  {
    id: 'didi-ride-hailing-aggregation-partnerships',
    kind: 'partnership',
    status: 'completed',
    parties: [{ entity: 'didi', role: 'partner' }],
    amounts: [],
    summary: 'Didi itself also started aggregating third-party ride-booking services in its app.',
    citations: [
      { source: SRC, quote: JOINED, fields: ['kind', 'parties[0].role'] },
      { source: SRC, quote: 'including ride-hailing giant Didi itself — are placing bets on this type of aggregation service' },
    ],
  },
] as const satisfies readonly DealRecord[];

export const metrics = [
  {
    id: 'meituan-users-2019',
    entity: 'meituan',
    metric: 'users',
    value: 1000000000,
    unit: 'users',
    asOf: '2019',
    dateBasis: PUBLISHED,
    qualifier: 'approximate',
    summary: 'Meituan is described as a platform with about a billion users.',
    citations: [{ source: SRC, quote: 'riding on a billion-user platform like Meituan', fields: ['value'] }],
  },
  {
    id: 'didi-commission-rate-2019',
    entity: 'didi',
    metric: 'commission-rate',
    value: 20,
    unit: 'percent',
    asOf: '2019',
    dateBasis: PUBLISHED,
    qualifier: 'approximate',
    scope: 'share of each trip kept by Didi as a full ride-hailing operator',
    summary: 'Didi keeps roughly a fifth of every trip fare, about double the typical aggregator cut.',
    citations: [{ source: SRC, quote: 'a ride-hailing operator such as Didi charges about 20% from each trip', fields: ['value'] }],
  },
  {
    id: 'china-ride-hailing-users-2019',
    entity: 'china-ride-hailing',
    metric: 'users',
    value: 330000000,
    unit: 'users',
    asOf: '2019',
    dateBasis: PUBLISHED,
    qualifier: 'reported',
    scope: 'China, ride-hailing users',
    summary: 'China’s ride-hailing industry counts 330 million users.',
    citations: [{ source: SRC, quote: 'China’s massive ride-hailing industry of 330 million users', fields: ['value'] }],
  },
] as const satisfies readonly MetricRecord[];

export const rules = [
  {
    // a market-wide norm: the source gives it for aggregators in general, not for Meituan alone
    id: 'china-ride-hailing-aggregator-commission',
    entity: 'china-ride-hailing',
    kind: 'commission',
    summary:
      'Ride-hailing aggregators in China (Meituan, AutoNavi, Baidu, Hellobike, Didi and others) usually keep a commission of roughly 10% of each fare paid through them; the exact split with partners is not disclosed.',
    terms: [
      {
        role: 'aggregator',
        share: 10,
        note: 'approximate, typical across aggregators rather than a disclosed rate of any one of them',
      },
      { role: 'third-party ride-hailing provider', note: 'receives the rest of the fare; exact division undisclosed' },
    ],
    date: '2019',
    dateBasis: PUBLISHED,
    citations: [
      { source: SRC, quote: 'users pay directly through the aggregator, which normally takes a commission of about 10%', fields: ['terms[0].share'] },
      {
        source: SRC,
        quote: 'none of the players have disclosed how revenue is exactly divided with their mobility partners',
      },
    ],
  },
  {
    id: 'didi-ride-hailing-operator-take-rate',
    entity: 'didi',
    kind: 'commission',
    summary:
      'As a full ride-hailing operator handling drivers and customer service, Didi keeps about 20% of each trip.',
    terms: [{ role: 'ride-hailing operator', entity: 'didi', share: 20, note: 'approximate, per trip' }],
    date: '2019',
    dateBasis: PUBLISHED,
    // the same fact as the commission-rate metric, told as the rule a settlement would apply
    derivedFrom: 'didi-commission-rate-2019',
    citations: [{ source: SRC, quote: 'a ride-hailing operator such as Didi charges about 20% from each trip', fields: ['terms[0].share'] }],
  },
] as const satisfies readonly RuleRecord[];
