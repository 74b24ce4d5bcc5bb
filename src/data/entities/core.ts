import type { EntityRecord } from '../define.js';

/**
 * Entities that many sources name. Source-specific entities live in the other files of this
 * folder; add an alias or citation here when a source spells one of these another way.
 */
export const coreEntities = [
  {
    id: 'alibaba',
    name: 'Alibaba Group',
    aliases: ['Alibaba', 'Alibaba Group'],
    kind: 'company',
    description: 'Chinese e-commerce and technology group.',
    citations: [
      { source: 'alibaba-series-part-2', quote: 'we introduced Alibaba Group\'s history, corporate structure' },
    ],
  },
  {
    id: 'ant-group',
    name: 'Ant Group',
    aliases: ['Ant Financial', '蚂蚁集团'],
    kind: 'company',
    description: 'Financial-services associate of Alibaba that grew out of Alipay.',
    citations: [
      { source: 'alibaba-series-part-2', quote: 'Ant Group (Chinese: 蚂蚁集团) was originally founded in 2004 as Alipay' },
      { source: 'tc-hellobike-battery-jv', quote: 'Alibaba’s financial affiliate Ant Financial' },
    ],
  },
  {
    id: 'alipay',
    name: 'Alipay',
    aliases: [],
    kind: 'product',
    description: 'Digital wallet and payment platform of the Alibaba/Ant ecosystem.',
    parent: {
      entity: 'ant-group',
      citations: [{ source: 'alibaba-series-part-2', quote: 'Ant Group (Chinese: 蚂蚁集团) was originally founded in 2004 as Alipay' }],
    },
    citations: [{ source: 'tc-flutterwave-alipay', quote: 'Alipay is Alibaba’s digital wallet and payment' }],
  },
  {
    id: 'tencent',
    name: 'Tencent',
    aliases: ['Tencent Holdings'],
    kind: 'company',
    description: 'Chinese internet group (WeChat, QQ, cloud, games).',
    citations: [{ source: 'tc-intel-barefoot', quote: 'investors including Tencent Holdings' }],
  },
  {
    id: 'xiaomi',
    name: 'Xiaomi',
    aliases: [],
    kind: 'company',
    description: 'Chinese smartphone and consumer-electronics maker with an ecosystem of invested companies.',
    citations: [{ source: 'xiaomi-ecosystem-value-exchange', quote: 'value exchange between Xiaomi and its ecosystem partners' }],
  },
] as const satisfies readonly EntityRecord[];
