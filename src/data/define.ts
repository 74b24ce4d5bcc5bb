import type { DatasetRule, Deal, Entity, Metric } from '../schema/records.js';

/** A deeply readonly view of a record: the shape of every exported, frozen dataset value. */
export type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/** Source modules write `[...] as const satisfies readonly EntityRecord[]`, and so on; the
 * record types are already deeply readonly, so these are the same types under the names the
 * source modules use. */
export type EntityRecord = Entity;
export type DealRecord = Deal;
export type MetricRecord = Metric;
export type RuleRecord = DatasetRule;
