import type { EntityRecord } from '../define.js';

export const alibabaGroupEntities = [] as const satisfies readonly EntityRecord[];
