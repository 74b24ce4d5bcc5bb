import type { EntityRecord } from '../define.js';

export const commerceAndPaymentsEntities = [] as const satisfies readonly EntityRecord[];
