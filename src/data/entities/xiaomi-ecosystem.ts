import type { EntityRecord } from '../define.js';

const SRC = 'xiaomi-ecosystem-value-exchange';

export const xiaomiEcosystemEntities = [
  {
    id: 'mi-com',
    name: 'Mi.com',
    aliases: ['Mi.com eCommerce platform', 'Xiaomi eCommerce Platform', 'Mi shopping mall'],
    kind: 'product',
    description: 'Xiaomi’s own online sales channel, through which products of its ecosystem companies are sold.',
    parent: {
      entity: 'xiaomi',
      citations: [{ source: SRC, quote: 'Xiaomi is able to establish and fortify its Mi.com eCommerce platform' }],
    },
    citations: [
      { source: SRC, quote: 'own channel (Mi.com)' },
      { source: SRC, quote: 'Xiaomi has established what users online call the “Mi shopping mall”' },
    ],
  },
  {
    id: 'mi-iot-platform',
    name: 'Xiaomi IoT platform',
    aliases: ['IoT platform'],
    kind: 'product',
    description: 'Xiaomi’s Internet-of-Things platform linking devices made by its ecosystem companies into a smart-home network.',
    parent: {
      entity: 'xiaomi',
      citations: [{ source: SRC, quote: 'Xiaomi provides a platform for a possible Internet of Things (IoT)' }],
    },
    citations: [{ source: SRC, quote: 'the IoT platform where various products from the Mi ecosystem have been linked' }],
  },
  {
    id: 'mi-home-app',
    name: 'Mi Home app',
    aliases: [],
    kind: 'product',
    description: 'Mobile app for managing devices connected to Xiaomi’s IoT platform.',
    citations: [{ source: SRC, quote: 'The Mi Home app used to manage these devices' }],
  },
  {
    id: 'surge-s1',
    name: 'Surge S1',
    aliases: ['Surge S1 chip'],
    kind: 'product',
    description: 'Chip developed in-house by Xiaomi, launched early in the year the article was published (2017, a year estimated from the events it tells).',
    parent: {
      entity: 'xiaomi',
      citations: [{ source: SRC, quote: 'Xiaomi launched its independently-developed Surge S1 chip' }],
    },
    citations: [{ source: SRC, quote: 'Xiaomi launched its independently-developed Surge S1 chip' }],
  },
  {
    id: '90fun',
    name: '90fun',
    aliases: [],
    kind: 'company',
    description: 'Xiaomi ecosystem start-up selling luggage such as suitcases; its CEO is Zhang Su.',
    citations: [
      { source: SRC, quote: 'To take a 299 RMB suitcase from 90fun as an example' },
      { source: SRC, quote: '90fun CEO Zhang Su' },
    ],
  },
  {
    id: 'ninebot',
    name: 'Ninebot',
    aliases: [],
    kind: 'company',
    description: 'Xiaomi ecosystem maker of self-balancing vehicles that bought Segway with Xiaomi’s help.',
    citations: [{ source: SRC, quote: 'for Ninebot, Xiaomi assisted in its acquisition of industry pioneer Segway' }],
  },
  {
    id: 'segway',
    name: 'Segway',
    aliases: [],
    kind: 'company',
    description: 'Pioneer of the personal-transporter industry, acquired by Ninebot.',
    parent: {
      entity: 'ninebot',
      citations: [{ source: SRC, quote: 'for Ninebot, Xiaomi assisted in its acquisition of industry pioneer Segway' }],
    },
    citations: [{ source: SRC, quote: 'its acquisition of industry pioneer Segway' }],
  },
  {
    id: 'ninebot-9-balanced-car',
    name: 'Ninebot 9 balanced car',
    aliases: ['Ninebot 9'],
    kind: 'product',
    description: 'Self-balancing vehicle launched by Ninebot together with Xiaomi, aimed mainly at the domestic Chinese market.',
    parent: {
      entity: 'ninebot',
      citations: [{ source: SRC, quote: 'the Ninebot 9 balanced car jointly launched with Xiaomi' }],
    },
    citations: [{ source: SRC, quote: 'the Ninebot 9 balanced car jointly launched with Xiaomi is targeted mainly at the domestic market' }],
  },
  {
    id: '8h',
    name: '8H',
    aliases: [],
    kind: 'company',
    description: 'Xiaomi ecosystem start-up whose founder credits Xiaomi with help in design, marketing and supply chain.',
    citations: [{ source: SRC, quote: 'The founder of 8H said' }],
  },
  {
    id: 'huami',
    name: 'Huami',
    aliases: [],
    kind: 'company',
    description: 'Xiaomi ecosystem maker of fitness bands, led by CEO Huang Wang, which also sells its own AMAZFIT brand.',
    citations: [
      { source: SRC, quote: 'Huami (fitness bands)' },
      { source: SRC, quote: 'Huang Wang (CEO of Huami)' },
    ],
  },
  {
    id: 'amazfit',
    name: 'AMAZFIT',
    aliases: ['AMAZFIT fitness band'],
    kind: 'product',
    description: 'Huami’s own higher-priced fitness-band brand, launched by 2015.',
    parent: {
      entity: 'huami',
      citations: [{ source: SRC, quote: 'Huami, which launched its AMAZFIT fitness band as early as 2015' }],
    },
    citations: [{ source: SRC, quote: 'its AMAZFIT fitness band' }],
  },
  {
    id: 'zimi',
    name: 'Zimi',
    aliases: [],
    kind: 'company',
    description: 'Xiaomi ecosystem maker of power banks.',
    citations: [{ source: SRC, quote: 'Zimi (power banks)' }],
  },
] as const satisfies readonly EntityRecord[];
