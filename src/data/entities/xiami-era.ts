import type { EntityRecord } from '../define.js';

/** Entities named by the two Xiami articles (2013): Xiami, its founder and projects, and the services around it. */
export const xiamiEraEntities = [
  {
    id: 'xiami',
    name: 'Xiami',
    aliases: ['Xiami.com', 'Xiami. com', 'Xiami Network', 'Xiami Net', 'Xiami Online', 'EMUMO'],
    kind: 'company',
    description:
      'Hangzhou online music service started by ex-Alibaba staff (five founders, four of them from Alibaba), first called EMUMO; began as a P2P music-exchange and paid-download site and was bought outright by Alibaba, becoming its music business department. The sources differ on its start: one says it was founded in 2006, the other that Wang Hao left Alibaba in 2007 to prepare it and that it launched in 2008.',
    // Since the acquisition `alibaba-acquires-xiami-2012`, agreed at the end of 2012.
    parent: {
      entity: 'alibaba',
      since: '2012',
      stake: 100,
      citations: [
        {
          source: 'sina-tech-xiami-new-order',
          quote: 'Before agreeing to be a wholly-owned acquisition',
          fields: ['stake'],
          derivation: "A 'wholly-owned acquisition' is a 100% stake.",
        },
        {
          source: 'sina-tech-xiami-new-order',
          quote: "Wang Hao can't remember exactly when he met Ma Yun at the end of last year",
          fields: ['since'],
        },
        {
          source: 'sina-tech-xiami-new-order',
          quote: 'Xiami Network has become the music business department among the 25 business departments of Ali Group',
        },
      ],
    },
    citations: [
      { source: 'xiami-acquisition-rumor', quote: 'Chinese online music service Xiami.com' },
      { source: 'xiami-acquisition-rumor', quote: 'Xiami which also based in Hangzhou was founded in 2006 by former Alibabaers' },
      { source: 'sina-tech-xiami-new-order', quote: 'Alibaba Acquires Xiami Network' },
      { source: 'sina-tech-xiami-new-order', quote: 'left in 2007 to prepare for Xiami. com' },
      { source: 'sina-tech-xiami-new-order', quote: 'Four of the five founding members of once worked in Ali' },
      { source: 'sina-tech-xiami-new-order', quote: 'The earliest Xiami Net was named "EMUMO", meaning "Earn Music&Money"' },
      { source: 'sina-tech-xiami-new-order', quote: 'musicians can spread songs on Xiami Online' },
      { source: 'sina-tech-xiami-new-order', quote: 'Since its launch in 2008' },
    ],
  },
  {
    id: 'wang-hao',
    name: 'Wang Hao',
    aliases: [],
    kind: 'person',
    description:
      'Co-founder, CEO and president of Xiami, aged 34 when Sina Tech interviewed him; graduated in 2001, worked at Alibaba as a development engineer from 2003 to 2007, and before that ran a Hangzhou original-music forum and a small online instrument shop.',
    citations: [
      { source: 'xiami-acquisition-rumor', quote: 'Wang Hao, co-founder and CEO of the company' },
      { source: 'sina-tech-xiami-new-order', quote: 'Wang Hao joined Alibaba as a development engineer in 2003 and left in 2007' },
      { source: 'sina-tech-xiami-new-order', quote: 'The 34 year old entrepreneur looks younger than his peers' },
      { source: 'sina-tech-xiami-new-order', quote: 'For a long time after graduation in 2001' },
    ],
  },
  {
    id: 'xiami-musician-platform',
    name: 'Xiami Musician Platform',
    aliases: ['Musician platform'],
    kind: 'product',
    description:
      'Xiami service on which independent musicians publish and price their own songs and receive the sales income, paid out through Alipay.',
    parent: {
      entity: 'xiami',
      citations: [{ source: 'sina-tech-xiami-new-order', quote: 'musicians can spread songs on Xiami Online and set their own price' }],
    },
    citations: [{ source: 'sina-tech-xiami-new-order', quote: '"Musician platform" is the most important step' }],
  },
  {
    id: 'xiami-direct-train',
    name: 'Xiami Direct Train',
    aliases: ['Direct Train'],
    kind: 'product',
    description: 'Xiami promotion programme that places promising platform musicians on variety shows, with record companies and at festivals.',
    parent: {
      entity: 'xiami',
      citations: [{ source: 'sina-tech-xiami-new-order', quote: 'Xiami has embarked on the "Direct Train" and "Musician Fund" projects' }],
    },
    citations: [{ source: 'sina-tech-xiami-new-order', quote: 'Xiami has embarked on the "Direct Train" and "Musician Fund" projects' }],
  },
  {
    id: 'xiami-musician-fund',
    name: 'Xiami Musician Fund',
    aliases: ['Musician Fund'],
    kind: 'fund',
    description: 'Xiami programme that pays for music production by musicians on its platform.',
    parent: {
      entity: 'xiami',
      citations: [{ source: 'sina-tech-xiami-new-order', quote: 'Xiami has embarked on the "Direct Train" and "Musician Fund" projects' }],
    },
    citations: [
      {
        source: 'sina-tech-xiami-new-order',
        quote: 'the latter is to directly provide financial support for music production to musicians',
      },
    ],
  },
  {
    id: 'ddmap',
    name: 'DDMap',
    aliases: [],
    kind: 'company',
    description: 'Chinese mobile coupon-finder service backed by Alibaba, seen as a channel for its online-to-offline plans.',
    citations: [
      { source: 'xiami-acquisition-rumor', quote: 'DDMap which has already established itself on mobile front as a coupon finder' },
    ],
  },
  {
    // Not the bare name "Momo": another source names the unrelated Vietnamese payments start-up Momo.
    id: 'momo-china',
    name: 'Momo (Chinese mobile social app)',
    aliases: [],
    kind: 'product',
    description: 'Chinese mobile social-networking app in which Alibaba invested; a would-be challenger to Weixin.',
    citations: [{ source: 'xiami-acquisition-rumor', quote: 'Momo seems like the an irrational case' }],
  },
  {
    id: 'taojianghu',
    name: 'Taojianghu',
    aliases: [],
    kind: 'product',
    description: 'Alibaba’s own social-networking product, which failed against rival services and was closed.',
    parent: {
      entity: 'alibaba',
      citations: [{ source: 'xiami-acquisition-rumor', quote: 'Its own Taojianghu struggled against other major Chinese social networking services' }],
    },
    citations: [{ source: 'xiami-acquisition-rumor', quote: 'Its own Taojianghu struggled against other major Chinese social networking services' }],
  },
  {
    id: 'amazon-china',
    name: 'Amazon China',
    aliases: [],
    kind: 'business-unit',
    description: 'Amazon’s Chinese online store, named as an Alibaba rival that had moved into digital music.',
    parent: {
      entity: 'amazon',
      evidence: 'implied',
      evidenceNote: 'The source names the rival "Amazon china"; that Amazon owns it is read from the name.',
      citations: [{ source: 'xiami-acquisition-rumor', quote: 'Jingdong Mall and Amazon china all stepped toes into the field' }],
    },
    citations: [{ source: 'xiami-acquisition-rumor', quote: 'Alibaba’s rivals like Jingdong Mall and Amazon china' }],
  },
  {
    id: 'kuwo',
    name: 'Kuwo',
    aliases: [],
    kind: 'company',
    description: 'Chinese online music service, a Xiami competitor that had begun charging for high-quality audio.',
    citations: [{ source: 'sina-tech-xiami-new-order', quote: 'Kuwo, Domi, Douban Music and other companies' }],
  },
] as const satisfies readonly EntityRecord[];
