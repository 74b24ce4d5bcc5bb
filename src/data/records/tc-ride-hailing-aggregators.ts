import type { DealRecord, MetricRecord, RuleRecord } from '../define.js';

// Records told in source `tc-ride-hailing-aggregators`.

const SRC = 'tc-ride-hailing-aggregators';

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
      { source: SRC, quote: 'Didi, which gobbled up Uber China in 2016' },
      { source: 'tc-splyt-series-a', quote: 'Uber’s decision to exit markets like China' },
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
    citations: [
      {
        source: SRC,
        quote: 'a feature Google Maps added in early 2017 allowing users to hail Uber, Lyft, Gett and Hailo straight from its navigation app',
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
    citations: [{ source: SRC, quote: 'A few months later, AutoNavi, a maps app owned by Alibaba, debuted a similar feature in China' }],
  },
  {
    id: 'baidu-ride-hailing-aggregation-partnerships',
    kind: 'partnership',
    status: 'completed',
    parties: [{ entity: 'baidu', role: 'partner' }],
    amounts: [],
    summary: 'Baidu teamed up with outside ride-booking services instead of running its own ride-hailing fleet.',
    citations: [{ source: SRC, quote: JOINED }],
  },
  {
    id: 'hellobike-ride-hailing-aggregation-partnerships',
    kind: 'partnership',
    status: 'completed',
    parties: [{ entity: 'hellobike', role: 'partner' }],
    amounts: [],
    summary: 'Hellobike teamed up with outside ride-booking services instead of building its own car-hailing offering.',
    citations: [{ source: SRC, quote: JOINED }],
  },
  {
    id: 'meituan-ride-hailing-aggregation-partnerships',
    kind: 'partnership',
    status: 'completed',
    parties: [{ entity: 'meituan', role: 'partner' }],
    amounts: [],
    summary: 'Meituan teamed up with outside ride-booking services, turning its app into a ride-hailing marketplace.',
    citations: [{ source: SRC, quote: JOINED }],
  },
  {
    id: 'didi-ride-hailing-aggregation-partnerships',
    kind: 'partnership',
    status: 'completed',
    parties: [{ entity: 'didi', role: 'partner' }],
    amounts: [],
    summary: 'Didi itself also started aggregating third-party ride-booking services in its app.',
    citations: [
      { source: SRC, quote: JOINED },
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
    dateBasis: 'article published 2019',
    qualifier: 'approximate',
    summary: 'Meituan is described as a platform with about a billion users.',
    citations: [{ source: SRC, quote: 'riding on a billion-user platform like Meituan' }],
  },
  {
    id: 'didi-commission-rate-2019',
    entity: 'didi',
    metric: 'commission-rate',
    value: 20,
    unit: 'percent',
    asOf: '2019',
    dateBasis: 'article published 2019',
    qualifier: 'approximate',
    scope: 'share of each trip kept by Didi as a full ride-hailing operator',
    summary: 'Didi keeps roughly a fifth of every trip fare, about double the typical aggregator cut.',
    citations: [{ source: SRC, quote: 'a ride-hailing operator such as Didi charges about 20% from each trip' }],
  },
] as const satisfies readonly MetricRecord[];

export const rules = [
  {
    id: 'china-ride-hailing-aggregator-commission',
    entity: 'meituan',
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
    dateBasis: 'article published 2019',
    citations: [
      { source: SRC, quote: 'users pay directly through the aggregator, which normally takes a commission of about 10%' },
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
    dateBasis: 'article published 2019',
    citations: [{ source: SRC, quote: 'a ride-hailing operator such as Didi charges about 20% from each trip' }],
  },
] as const satisfies readonly RuleRecord[];
