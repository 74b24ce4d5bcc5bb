import type { DatasetRule, Deal, Entity, Metric } from '../schema/records.js';
export type { DeepReadonly } from '../schema/record-types.js';

/** Source modules write `[...] as const satisfies readonly EntityRecord[]`, and so on; the
 * record types are already deeply readonly, so these are the same types under the names the
 * source modules use. */
export type EntityRecord = Entity;
export type DealRecord = Deal;
export type MetricRecord = Metric;
export type RuleRecord = DatasetRule;
