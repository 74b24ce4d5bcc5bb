import type { DatasetRule, Deal, Entity, Metric } from '../schema/records.js';

/** A deeply readonly view of a record: the shape of every exported, frozen dataset value. */
export type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/** Source modules write `[...] as const satisfies readonly EntityRecord[]`, and so on. */
export type EntityRecord = DeepReadonly<Entity>;
export type DealRecord = DeepReadonly<Deal>;
export type MetricRecord = DeepReadonly<Metric>;
export type RuleRecord = DeepReadonly<DatasetRule>;
