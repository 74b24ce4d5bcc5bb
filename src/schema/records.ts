import { z } from 'zod';
import { partialDateInterval } from '../_lib/partial-date.js';
import { KEBAB_CASE } from '../_lib/text.js';
import {
  AMOUNT_QUALIFIERS,
  EVIDENCE_KINDS,
  COUNT_UNITS,
  DEAL_KINDS,
  DEAL_STATUSES,
  ENTITY_KINDS,
  METRIC_NAMES,
  METRIC_QUALIFIERS,
  PARTY_ROLES,
  RULE_KINDS,
  SOURCE_IDS,
} from './vocabulary.js';

/** A kebab-case identifier: lowercase letters, digits and single hyphens. */
export const idSchema = z
  .string()
  .regex(KEBAB_CASE, 'an id is kebab-case: lowercase letters, digits and single hyphens');

const partialDateMessage = "a partial ISO date looks like '2014', '2019-07' or '2019-08-15' (and names a real day)";

/** A partial ISO date: '2014', '2019-07' or '2019-08-15'; its length is its precision. The
 * pattern is for JSON Schema readers; the refinement is the queries' own check (real days only). */
export const partialDateSchema = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, partialDateMessage)
  .refine((date) => partialDateInterval(date) !== undefined, partialDateMessage);

export const sourceIdSchema = z.enum(SOURCE_IDS);

/**
 * A path to one field of a record: `'value'`, `'min'`, `'date'`, `'amounts[0].value'`,
 * `'amounts[1].conversions[0].value'`, `'parties[2].stake'`, `'terms[0].share'`.
 */
export const fieldPathSchema = z
  .string()
  .regex(
    /^[a-zA-Z]+(\[\d+\])?(\.[a-zA-Z]+(\[\d+\])?)*$/,
    "a field path names a record's field, with [n] for list items: 'value', 'amounts[0].value', 'parties[2].stake'",
  );

/**
 * Where a fact comes from: a source id and the shortest verbatim phrase that shows it. `fields`
 * names the record's fields the quote supports; `derivation` says in a sentence how a number
 * follows from the quote when the quote does not print it ('wholly-owned' is a 100% stake).
 */
export const citationSchema = z.object({
  source: sourceIdSchema,
  quote: z.string().trim().min(1).max(300, 'a quote is at most 300 characters'),
  fields: z.array(fieldPathSchema).min(1).optional(),
  derivation: z.string().min(1).optional(),
});

/**
 * How a record's fact stands in its sources: 'stated' (the default when absent) or 'implied'
 * (the source implies it without saying it; `evidenceNote` says why it is read that way).
 */
export const evidenceSchema = z.enum(EVIDENCE_KINDS);

const provenanceFields = {
  /** Absent means the sources state the fact; 'implied' means they imply it (see `evidenceNote`). */
  evidence: evidenceSchema.optional(),
  /** Why an implied fact is read from its sources, in our own words. */
  evidenceNote: z.string().min(1).optional(),
  /** The id of the record (in the same collection or another) whose fact this one restates. */
  derivedFrom: idSchema.optional(),
};

const impliedNeedsNote = {
  check: (r: { evidence?: string | undefined; evidenceNote?: string | undefined }) => r.evidence !== 'implied' || r.evidenceNote !== undefined,
  message: "a record with evidence 'implied' says why in evidenceNote",
} as const;

const citationsSchema = z.array(citationSchema).min(1, 'every record needs at least one citation');

/** A source article's metadata (never its text). */
export const sourceSchema = z.object({
  id: sourceIdSchema,
  title: z.string().min(1),
  author: z.string().nullable(),
  publisher: z.string().nullable(),
  published: partialDateSchema,
  publishedBasis: z.string(),
  language: z.string(),
});

/** Whether partial date `a` may lie on or before `b`: `a` starts no later than `b` ends ('2019' and '2019-06' pass). */
const mayPrecede = (a: string | undefined, b: string | undefined): boolean =>
  a === undefined || b === undefined || (partialDateInterval(a)?.start ?? '') <= (partialDateInterval(b)?.end ?? '');

const parentLinkShape = {
  entity: idSchema,
  since: partialDateSchema.optional(),
  until: partialDateSchema.optional(),
  /** Percent owned, where stated (66 means 66%). */
  stake: z.number().min(0).max(100).optional(),
  ...provenanceFields,
  citations: citationsSchema,
};

const linkInOrder = {
  check: (link: { since?: string | undefined; until?: string | undefined }) => mayPrecede(link.since, link.until),
  message: 'a parent link starts (since) no later than it ends (until)',
} as const;

/** Ownership: who an entity belongs to, from when, as the sources say. */
export const parentLinkSchema = z.object(parentLinkShape).refine(linkInOrder.check, { message: linkInOrder.message });

/** A parent link that has ended: `until` says when (an operation put into a joint venture ends its old link). */
export const formerParentLinkSchema = z
  .object({ ...parentLinkShape, until: partialDateSchema })
  .refine(linkInOrder.check, { message: linkInOrder.message });

/** Where and over what a market entity holds: `{ place: 'China', industry: 'ride-hailing' }`. */
export const marketScopeSchema = z.object({
  place: z.string().min(1).optional(),
  industry: z.string().min(1).optional(),
});

export const entitySchema = z.object({
  id: idSchema,
  name: z.string().min(1),
  /** Every other spelling the sources use, including Chinese names. */
  aliases: z.array(z.string().min(1)),
  kind: z.enum(ENTITY_KINDS),
  /** The current owner; earlier owners are in `formerParents`. */
  parent: parentLinkSchema.optional(),
  /** Earlier owners, each link with its `until` (and `since` where known), oldest first. */
  formerParents: z.array(formerParentLinkSchema).min(1).optional(),
  /** Short description in our own words. */
  description: z.string().optional(),
  /** For a `market`: the place and/or industry it covers. */
  scope: marketScopeSchema.optional(),
  citations: citationsSchema,
})
  .refine((e) => e.kind !== 'market' || (e.scope !== undefined && (e.scope.place !== undefined || e.scope.industry !== undefined)), {
    message: 'a market entity names its scope: a place, an industry or both',
  })
  .refine((e) => (e.formerParents ?? []).every((former) => mayPrecede(former.until, e.parent?.since)), {
    message: 'a former parent link ends (until) no later than the current parent link starts (since)',
    path: ['formerParents'],
  })
  .refine((e) => (e.formerParents ?? []).every((former, i, all) => i === 0 || mayPrecede(all[i - 1]?.until, former.until)), {
    message: 'former parent links are listed oldest first (by until)',
    path: ['formerParents'],
  });

export const currencyCodeSchema = z
  .string()
  .regex(/^[A-Z]{3}$/, 'a currency is an ISO 4217 code such as CNY, USD or EUR');

/** A sum of money in full units of its currency ("$1.1 billion" is 1100000000). */
export const moneyAmountSchema = z.object({
  value: z.number().nonnegative(),
  currency: currencyCodeSchema,
});

/** A deal amount: original currency, hedging word, and every conversion the source itself gives. */
export const dealAmountSchema = moneyAmountSchema.extend({
  qualifier: z.enum(AMOUNT_QUALIFIERS).optional(),
  /** What the amount is: 'purchase price', 'round size', 'valuation', 'fund size', … */
  label: z.string().optional(),
  /** Side-by-side conversions stated in the source (never computed by us). */
  conversions: z.array(moneyAmountSchema).optional(),
});

export const partySchema = z.object({
  entity: idSchema,
  role: z.enum(PARTY_ROLES),
  /** Economic stake in percent (66 means 66%), where stated. */
  stake: z.number().min(0).max(100).optional(),
  /** Voting stake in percent, where stated. */
  votingStake: z.number().min(0).max(100).optional(),
  /** What the party brings, in our words, with its amount where stated. */
  contribution: z
    .object({ description: z.string().min(1), amount: dealAmountSchema.optional() })
    .optional(),
});

const conflictFields = {
  /** Ids of records that make a different claim about the same fact. */
  conflictsWith: z.array(idSchema).optional(),
  /** What the conflicting claims disagree on. */
  conflictNote: z.string().optional(),
};

export const dealSchema = z.object({
  id: idSchema,
  kind: z.enum(DEAL_KINDS),
  status: z.enum(DEAL_STATUSES),
  parties: z.array(partySchema).min(1),
  amounts: z.array(dealAmountSchema),
  date: partialDateSchema.optional(),
  /** How the date was read when the source only implies it. */
  dateBasis: z.string().optional(),
  summary: z.string().min(1),
  ...provenanceFields,
  citations: citationsSchema,
  ...conflictFields,
}).refine(impliedNeedsNote.check, { message: impliedNeedsNote.message });

/** A span of time, each end a partial date: `{ from: '2020-04', to: '2021-03', label: 'fiscal 2021' }`. */
export const periodSchema = z.object({
  from: partialDateSchema,
  to: partialDateSchema,
  label: z.string().optional(),
});

export const unitSchema = z.union([currencyCodeSchema, z.enum(COUNT_UNITS)]);

export const metricSchema = z
  .object({
    id: idSchema,
    entity: idSchema,
    metric: z.enum(METRIC_NAMES),
    value: z.number().optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    unit: unitSchema,
    /** Side-by-side conversions of a money value stated in the source (never computed by us). */
    conversions: z.array(moneyAmountSchema).optional(),
    /** The span a flow covers (revenue in a quarter); use `asOf` for a stock (users at a date). */
    period: periodSchema.optional(),
    asOf: partialDateSchema.optional(),
    dateBasis: z.string().optional(),
    qualifier: z.enum(METRIC_QUALIFIERS),
    /** Where or over what the figure holds: 'China', 'Asia-Pacific', 'year over year', … */
    scope: z.string().optional(),
    /** What the figure is, in our own words. */
    summary: z.string().min(1),
    ...provenanceFields,
    citations: citationsSchema,
    ...conflictFields,
  })
  .refine(impliedNeedsNote.check, { message: impliedNeedsNote.message })
  .refine((m) => m.value !== undefined || m.min !== undefined || m.max !== undefined, {
    message: 'a metric needs a value, or min and/or max for a range',
  })
  .refine((m) => m.value === undefined || (m.min === undefined && m.max === undefined), {
    message: 'a metric has either a value or a min/max range, not both',
  });

/** One party's term in a rule: a percentage share and/or a fixed amount. */
export const ruleTermSchema = z.object({
  role: z.string().min(1),
  entity: idSchema.optional(),
  share: z.number().min(0).max(100).optional(),
  amount: moneyAmountSchema.optional(),
  note: z.string().optional(),
});

export const ruleSchema = z.object({
  id: idSchema,
  entity: idSchema,
  kind: z.enum(RULE_KINDS),
  summary: z.string().min(1),
  terms: z.array(ruleTermSchema),
  /** The royalty function that implements this rule, when the package ships one. */
  implementedBy: z.string().optional(),
  date: partialDateSchema.optional(),
  dateBasis: z.string().optional(),
  ...provenanceFields,
  citations: citationsSchema,
  ...conflictFields,
}).refine(impliedNeedsNote.check, { message: impliedNeedsNote.message });

export type * from './record-types.js';
