import type { EntityRecord } from '../define.js';

export const xiaomiEcosystemEntities = [] as const satisfies readonly EntityRecord[];
