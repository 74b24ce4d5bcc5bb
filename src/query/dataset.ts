import type { DatasetRule, Deal, Entity, Metric, Source } from '../schema/records.js';

/** The five collections every query reads; the package binds the real dataset, tests bind fixtures. */
export interface Dataset {
  readonly sources: readonly Source[];
  readonly entities: readonly Entity[];
  readonly deals: readonly Deal[];
  readonly metrics: readonly Metric[];
  readonly rules: readonly DatasetRule[];
}

/** An entity given by id, name or alias, or the entity record itself. */
export type EntityRef = string | Entity;

/** A query value that may be given once or as a list (matching any of them). */
export type OneOrMany<T> = T | readonly T[];
