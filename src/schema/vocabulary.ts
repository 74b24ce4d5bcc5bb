/**
 * The closed vocabularies of the dataset, as frozen `const` tuples so that runtime code (queries,
 * the CLI) can check input against them without loading zod. The zod schemas in `./records.ts`
 * are built from these same tuples, so the inferred types and the runtime checks cannot drift.
 * Frozen, because they are exported: a caller's `DEAL_KINDS.push(…)` throws instead of
 * changing what the queries accept (which check against private copies anyway).
 */

/** Ids of the 24 source articles in `shared/sources/index.json`. */
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
] as const);

/** Deal kinds. `listing` covers IPOs and secondary listings; `fund` is a fund raise or close. */
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
] as const);
