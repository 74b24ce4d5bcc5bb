import type { EntityRecord } from '../define.js';

/**
 * Markets, places and industries as a whole, named by the Africa, mobility and Asia sources
 * (tc-africa-roundup, tc-flutterwave-alipay, tc-ride-hailing-aggregators, tc-hellobike-battery-jv,
 * tc-garbage-sorting-tech, tc-aspire-series-a, tc-warburg-pincus-fund, tc-pinduoduo-second-largest,
 * tc-extra-crunch-mobility). Their market-wide figures are metrics and rules on these entities.
 */
export const marketsAfricaMobilityAndAsiaEntities = [
  {
    id: 'china-africa-trade',
    name: 'China–Africa trade',
    aliases: ['China-Africa trade'],
    kind: 'market',
    scope: { place: 'China and Africa', industry: 'trade' },
    description: 'Trade between China and the countries of Africa.',
    citations: [
      { source: 'tc-flutterwave-alipay', quote: 'the estimated $200 billion in China-Africa trade' },
      { source: 'tc-africa-roundup', quote: 'the estimated $200 billion in China-Africa trade' },
    ],
  },
  {
    id: 'nigeria',
    name: 'Nigeria',
    aliases: [],
    kind: 'market',
    scope: { place: 'Nigeria' },
    description: 'West African country; OPay’s first market.',
    citations: [{ source: 'tc-africa-roundup', quote: 'Nigeria — Africa’s most populous nation and largest economy' }],
  },
  {
    id: 'china',
    name: 'China',
    aliases: [],
    kind: 'market',
    scope: { place: 'China' },
    description: 'The country as a whole: its people and its economy.',
    citations: [
      { source: 'tc-hellobike-battery-jv', quote: 'one billion trips that are completed on two-wheelers in China each day' },
      { source: 'tc-hellobike-battery-jv', quote: 'the country has a population of about 1.4 billion' },
    ],
  },
  {
    id: 'china-ride-hailing',
    name: 'China ride-hailing market',
    aliases: ['China’s ride-hailing industry', 'ride-hailing industry in China'],
    kind: 'market',
    scope: { place: 'China', industry: 'ride-hailing' },
    description: 'Ride-hailing in China: operators such as Didi and the aggregators that resell third-party rides.',
    citations: [
      { source: 'tc-ride-hailing-aggregators', quote: 'China’s massive ride-hailing industry of 330 million users' },
      { source: 'tc-extra-crunch-mobility', quote: 'the ride-hailing industry in China' },
    ],
  },
  {
    id: 'china-two-wheelers',
    name: 'China two-wheeler travel',
    aliases: [],
    kind: 'market',
    scope: { place: 'China', industry: 'two-wheeler transport' },
    description: 'Travel by bicycle, e-bike and scooter in China.',
    citations: [{ source: 'tc-hellobike-battery-jv', quote: 'China is ‘a country on two wheels,' }],
  },
  {
    id: 'china-ecommerce',
    name: 'China e-commerce market',
    aliases: ['Chinese e-commerce'],
    kind: 'market',
    scope: { place: 'China', industry: 'e-commerce' },
    description: 'Online retail in China, long an Alibaba–JD.com duopoly until Pinduoduo rose.',
    citations: [{ source: 'tc-pinduoduo-second-largest', quote: 'the Chinese e-commerce space' }],
  },
  {
    id: 'shanghai',
    name: 'Shanghai',
    aliases: [],
    kind: 'market',
    scope: { place: 'Shanghai' },
    description: 'The city and its residents, subject to compulsory garbage sorting from July 1, 2019.',
    citations: [
      { source: 'tc-garbage-sorting-tech', quote: 'the world’s most populated city (Shanghai)' },
      { source: 'tc-garbage-sorting-tech', quote: 'the city’s more than 24 million residents' },
    ],
  },
  {
    id: 'southeast-asia',
    name: 'Southeast Asia',
    aliases: [],
    kind: 'market',
    scope: { place: 'Southeast Asia' },
    description: 'The region’s consumers, among whom internet use is spreading fast.',
    citations: [{ source: 'tc-warburg-pincus-fund', quote: 'Southeast Asia, where internet adoption is rapidly expanding among 600 million consumers' }],
  },
  {
    id: 'southeast-asia-digital-economy',
    name: 'Southeast Asia digital economy',
    aliases: ['Southeast Asia’s digital economy'],
    kind: 'market',
    scope: { place: 'Southeast Asia', industry: 'digital economy' },
    description: 'The internet economy of Southeast Asia, as a report co-authored by Google sizes it.',
    citations: [{ source: 'tc-aspire-series-a', quote: 'Southeast Asia’s digital economy is slated to grow more than six-fold' }],
  },
  {
    id: 'car-leasing',
    name: 'Car leasing',
    aliases: [],
    kind: 'market',
    scope: { industry: 'car leasing' },
    description: 'Traditional car leases, the model car subscriptions such as Fair compete with.',
    citations: [{ source: 'tc-extra-crunch-mobility', quote: 'a traditional lease where the buyer is often locked into the vehicle for two to four years' }],
  },
] as const satisfies readonly EntityRecord[];
