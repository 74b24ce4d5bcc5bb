import type { EntityRecord } from '../define.js';

/** Markets as a whole that the Alibaba and Xiami sources give figures for. */
export const marketsAlibabaAndXiamiEntities = [
  {
    id: 'china-online-music',
    name: 'China’s online music industry',
    aliases: ['Chinese online music industry'],
    kind: 'market',
    scope: { place: 'China', industry: 'online music' },
    description:
      'Record companies and online music platforms in China, moving from free downloads towards paid, copyrighted music around 2011–2013.',
    citations: [
      {
        source: 'xiami-acquisition-rumor',
        quote: 'going towards copyrighted contents is the irreversible trend for Chinese online music industry',
      },
    ],
  },
  {
    id: 'china-grassroots-musicians',
    name: 'China’s grassroots musicians',
    aliases: ['grassroots musicians'],
    kind: 'market',
    scope: { place: 'China', industry: 'independent (grassroots) music' },
    description: 'Independent musicians outside the record companies, the people Xiami’s musician platform was built for.',
    citations: [
      {
        source: 'sina-tech-xiami-new-order',
        quote: 'to provide a platform for grassroots musicians to promote and make money',
      },
    ],
  },
] as const satisfies readonly EntityRecord[];
