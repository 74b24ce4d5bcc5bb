// The record types, derived from the schemas in records.ts. A module of types only, so that an
// entry point can re-export every type (`export type *`) without declaring a schema it does not ship.
import type { z } from 'zod';
import type {
  citationSchema,
  dealAmountSchema,
  dealSchema,
  entitySchema,
  evidenceSchema,
  formerParentLinkSchema,
  marketScopeSchema,
  metricSchema,
  moneyAmountSchema,
  parentLinkSchema,
  partialDateSchema,
  partySchema,
  periodSchema,
  ruleSchema,
  ruleTermSchema,
  sourceIdSchema,
  sourceSchema,
  unitSchema,
} from './records.js';

/** A deeply readonly view of a record: the shape of every exported, frozen dataset value. */
export type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

export type SourceId = z.infer<typeof sourceIdSchema>;
export type PartialDate = z.infer<typeof partialDateSchema>;
export type Unit = z.infer<typeof unitSchema>;
/** How a record's fact stands in its sources: 'stated' (also when absent) or 'implied'. */
export type Evidence = z.infer<typeof evidenceSchema>;

// The `…Input` types are what the schemas accept (mutable, as zod infers them); the plain names are
// the deeply readonly shapes the dataset holds and the queries return, so that a function typed
// with `Deal` or `readonly Metric[]` takes query results as they come.
export type CitationInput = z.infer<typeof citationSchema>;
export type MarketScopeInput = z.infer<typeof marketScopeSchema>;
export type SourceInput = z.infer<typeof sourceSchema>;
export type ParentLinkInput = z.infer<typeof parentLinkSchema>;
export type FormerParentLinkInput = z.infer<typeof formerParentLinkSchema>;
export type EntityInput = z.infer<typeof entitySchema>;
export type MoneyAmountInput = z.infer<typeof moneyAmountSchema>;
export type DealAmountInput = z.infer<typeof dealAmountSchema>;
export type PartyInput = z.infer<typeof partySchema>;
export type DealInput = z.infer<typeof dealSchema>;
export type PeriodInput = z.infer<typeof periodSchema>;
export type MetricInput = z.infer<typeof metricSchema>;
export type RuleTermInput = z.infer<typeof ruleTermSchema>;
export type DatasetRuleInput = z.infer<typeof ruleSchema>;

/** Where a fact comes from: a source id and the shortest verbatim phrase that shows it. */
export type Citation = DeepReadonly<CitationInput>;
/** Where and over what a market entity holds. */
export type MarketScope = DeepReadonly<MarketScopeInput>;
/** A source article's metadata (never its text). */
export type Source = DeepReadonly<SourceInput>;
/** Ownership: who an entity belongs to, from when, as the sources say. */
export type ParentLink = DeepReadonly<ParentLinkInput>;
/** A former owner: a parent link that has ended (`until`). */
export type FormerParentLink = DeepReadonly<FormerParentLinkInput>;
/** A company, fund, product, person or public body a record names. */
export type Entity = DeepReadonly<EntityInput>;
/** A sum of money in full units of its currency. */
export type MoneyAmount = DeepReadonly<MoneyAmountInput>;
/** A deal amount with its hedging word and the conversions the source gives. */
export type DealAmount = DeepReadonly<DealAmountInput>;
/** One party to a deal and its role. */
export type Party = DeepReadonly<PartyInput>;
/** A deal-like event the sources tell. */
export type Deal = DeepReadonly<DealInput>;
/** A span of time, each end a partial date. */
export type Period = DeepReadonly<PeriodInput>;
/** A quantitative fact the sources give about an entity. */
export type Metric = DeepReadonly<MetricInput>;
/** One party's term in a dataset rule. */
export type RuleTerm = DeepReadonly<RuleTermInput>;
/** A revenue-share, royalty, commission or fee rule the sources state. */
export type DatasetRule = DeepReadonly<DatasetRuleInput>;
export type EntityKind = Entity['kind'];
export type DealKind = Deal['kind'];
export type DealStatus = Deal['status'];
export type PartyRole = Party['role'];
export type MetricName = Metric['metric'];
export type MetricQualifier = Metric['qualifier'];
