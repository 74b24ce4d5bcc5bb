import type { EntityRecord } from '../define.js';

export const mobilityCloudAndFundsEntities = [] as const satisfies readonly EntityRecord[];
