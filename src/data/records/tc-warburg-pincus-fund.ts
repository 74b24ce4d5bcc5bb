import type { DealRecord, MetricRecord, RuleRecord } from '../define.js';

// Records told in source `tc-warburg-pincus-fund`.

export const deals = [] as const satisfies readonly DealRecord[];

export const metrics = [] as const satisfies readonly MetricRecord[];

export const rules = [] as const satisfies readonly RuleRecord[];
