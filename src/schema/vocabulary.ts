/**
 * The closed vocabularies of the dataset, as plain `const` tuples so that runtime code (queries,
 * the CLI) can check input against them without loading zod. The zod schemas in `./records.ts`
 * are built from these same tuples, so the inferred types and the runtime checks cannot drift.
 */

/** Ids of the 24 source articles, as citations name them. */
export const SOURCE_IDS = /* @__PURE__ */ Object.freeze([
  'xiami-acquisition-rumor',
  'sina-tech-xiami-new-order',
  'xiaomi-ecosystem-value-exchange',
  'alibaba-series-part-2',
  'tc-alibaba-cloud-run-rate',
  'tc-africa-roundup',
  'tc-aspire-series-a',
  'tc-flutterwave-alipay',
  'tc-tencent-cloud-japan',
  'tc-alibaba-salesforce',
  'tc-extra-crunch-mobility',
  'tc-ride-hailing-aggregators',
  'tc-garbage-sorting-tech',
  'tc-warburg-pincus-fund',
  'tc-pinduoduo-second-largest',
  'tc-splyt-series-a',
  'tc-carrefour-china-suning',
  'tc-hellobike-battery-jv',
  'tc-intel-barefoot',
  'tc-aliexpress-russia-jv',
  'tc-alibaba-vmate',
  'tc-alibaba-hk-listing',
  'tc-bytedance-smartphone',
  'tc-tencent-education',
] as const);

/** What an entity is. A joint venture is a `company` once formed. */
export const ENTITY_KINDS = /* @__PURE__ */ Object.freeze([
  'company',
  'business-unit',
  'product',
  'fund',
  'person',
  'public-body',
  'organization',
  // a market, place or industry as a whole (China's ride-hailing users, Southeast Asia's digital economy)
  'market',
  // a prize or award programme (the Africa Netrpreneur Prize); a prize is not a fund
  'award',
] as const);

/** How a record's fact stands in its sources; absent means 'stated'. */
export const EVIDENCE_KINDS = /* @__PURE__ */ Object.freeze(['stated', 'implied'] as const);

/** Deal kinds. `listing` covers IPOs and secondary listings, `delisting` their end; `fund` is a fund raise or close; `prize` is an award announced or given. */
export const DEAL_KINDS = /* @__PURE__ */ Object.freeze([
  'acquisition',
  'merger',
  'investment',
  'funding-round',
  'joint-venture',
  'partnership',
  'divestment',
  'listing',
  'fund',
  'spin-off',
  'option',
  'licensing',
  'loan',
  'delisting',
  'prize',
  // one party supplies goods or services to another (CATL's batteries to Volvo, Flutterwave's payments to Uber)
  'supply',
] as const);

/** How far a deal got, as the source tells it. */
export const DEAL_STATUSES = /* @__PURE__ */ Object.freeze([
  'rumored',
  'considered',
  'planned',
  'announced',
  'pending',
  'completed',
  'cancelled',
  'denied',
] as const);

/** What kind of rule a record states: how money is shared, charged or settled. */
export const RULE_KINDS = /* @__PURE__ */ Object.freeze(['revenue-share', 'royalty', 'commission', 'fee', 'pricing', 'settlement'] as const);

/** The part a party plays in a deal. */
export const PARTY_ROLES = /* @__PURE__ */ Object.freeze([
  'acquirer',
  'target',
  'investor',
  'lead-investor',
  'investee',
  'seller',
  'buyer',
  'partner',
  'venture',
  'issuer',
  'exchange',
  'underwriter',
  'fund-manager',
  'limited-partner',
  'advisor',
  'lender',
  'borrower',
  'licensor',
  'licensee',
  // the party that announces or gives a prize
  'awarder',
  // the two sides of a supply deal
  'supplier',
  'customer',
] as const);

/** Hedges on a deal amount, as the source words them. */
export const AMOUNT_QUALIFIERS = /* @__PURE__ */ Object.freeze([
  'about',
  'more-than',
  'less-than',
  'up-to',
  'at-least',
  'nearly',
  'in-the-region-of',
] as const);

/** How a metric value is vouched for. */
export const METRIC_QUALIFIERS = /* @__PURE__ */ Object.freeze([
  'reported',
  'claimed',
  'estimate',
  'projection',
  'approximate',
  'target',
  'rumored',
] as const);

/**
 * Metric names. Counts use a plural noun `unit` ('users', 'devices'); money uses an ISO 4217
 * currency code; rates, shares, stakes and growth use 'percent' (66 means 66%).
 */
export const METRIC_NAMES = /* @__PURE__ */ Object.freeze([
  // users and audience
  'registered-users',
  'monthly-active-users',
  'daily-active-users',
  'paying-users',
  'users',
  'subscribers',
  'visitors',
  'page-views',
  'user-growth',
  // money flows
  'revenue',
  'revenue-run-rate',
  'revenue-growth',
  'share-of-group-revenue',
  'profit',
  'loss',
  'operating-income',
  'adjusted-ebita',
  'gmv',
  'gmv-growth',
  'transaction-value',
  'transactions',
  'market-size',
  'funding-raised',
  'assets-under-management',
  'investment',
  'valuation',
  'market-capitalization',
  'price',
  'royalty-expense',
  // history: a founding year is a 'year' unit figure, so conflicting claims can be linked
  'founding-year',
  // a company's or product's age as the source states it ('a 20-year-old leader'), unit 'years'
  'age',
  // market position
  'market-share',
  'rank',
  // operations and footprint
  'units-sold',
  'devices',
  'products',
  'stores',
  'servers',
  'data-centers',
  'regions',
  'cities',
  'countries',
  'merchants',
  'customers',
  'partners',
  'companies',
  'employees',
  'founders',
  'songs',
  'downloads',
  'orders',
  'rides',
  'vehicles',
  'batteries',
  'business-units',
  // rates and stakes
  'fee-rate',
  'commission-rate',
  'revenue-share',
  'stake',
  'voting-stake',
  'growth',
  'share',
  // markets and places: a city's residents, a country's or region's people (unit 'people')
  'population',
  // how long something took, lasted or lasts: a negotiation, a closing, a tenure, a rivalry, a lease term
  // (unit 'days', 'months' or 'years')
  'duration',
  // the most a lender extends to one borrower; a credit limit is not a price
  'credit-limit',
  // a payment for doing something (Shanghai's daily reward for sorting trash); a reward is not a price
  'reward',
  // debt raised per unit of equity (unit 'multiple')
  'leverage',
  // how many classes a scheme sorts into (Shanghai's four waste categories), unit 'categories'
  'categories',
  // the year a forecast puts a milestone in ('could overtake JD in GMV as early as 2021'), unit 'year'
  'milestone-year',
] as const);

/** Units that are not currencies. Any ISO 4217 code (three capitals) is also a unit. */
export const COUNT_UNITS = /* @__PURE__ */ Object.freeze([
  'percent',
  'percentage-points',
  'rank',
  'multiple',
  'users',
  'accounts',
  'visitors',
  'views',
  'items',
  'songs',
  'albums',
  'artists',
  'devices',
  'units',
  'products',
  'stores',
  'servers',
  'data-centers',
  'regions',
  'zones',
  'cities',
  'countries',
  'merchants',
  'customers',
  'partners',
  'companies',
  'startups',
  'employees',
  'people',
  'downloads',
  'orders',
  'rides',
  'trips',
  'vehicles',
  'bikes',
  'batteries',
  'transactions',
  'students',
  'schools',
  'teachers',
  'developers',
  'apps',
  'videos',
  'hours',
  'days',
  'months',
  'years',
  'year',
  'business-units',
  'residential-complexes',
  'tonnes',
  'kilograms',
  'categories',
] as const);
