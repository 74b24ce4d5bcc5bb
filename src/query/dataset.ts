import type { DealRecord, EntityRecord, MetricRecord, RuleRecord } from '../data/define.js';
import type { Source } from '../schema/records.js';

/** The five collections every query reads; the package binds the real dataset, tests bind fixtures. */
export interface Dataset {
  readonly sources: readonly Readonly<Source>[];
  readonly entities: readonly EntityRecord[];
  readonly deals: readonly DealRecord[];
  readonly metrics: readonly MetricRecord[];
  readonly rules: readonly RuleRecord[];
}

/** An entity given by id, name or alias, or the entity record itself. */
export type EntityRef = string | EntityRecord;

/** A query value that may be given once or as a list (matching any of them). */
export type OneOrMany<T> = T | readonly T[];
