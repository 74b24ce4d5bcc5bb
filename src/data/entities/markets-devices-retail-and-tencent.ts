import type { EntityRecord } from '../define.js';

// Markets whose figures the Xiaomi, retail and Tencent sources report.

export const marketsDevicesRetailAndTencentEntities = [
  {
    id: 'xiaomi-ecosystem-consumer-market',
    name: 'Consumer market of the Mi ecosystem',
    aliases: [],
    kind: 'market',
    scope: { industry: 'consumer products (mass market and high end)' },
    description:
      'The whole market Xiaomi and its ecosystem start-ups sell into, which GGV’s Hans Tung splits into the mass market Xiaomi targets and the high end left to members’ own brands.',
    citations: [
      { source: 'xiaomi-ecosystem-value-exchange', quote: 'Since Xiaomi targets the mass market that makes up 70% of the total' },
      { source: 'xiaomi-ecosystem-value-exchange', quote: 'to tap the “30%” that is the high-end market' },
    ],
  },
] as const satisfies readonly EntityRecord[];
