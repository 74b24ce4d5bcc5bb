import type { EntityRecord } from '../define.js';

export const xiamiEraEntities = [] as const satisfies readonly EntityRecord[];
