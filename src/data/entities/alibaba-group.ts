import type { EntityRecord } from '../define.js';

/**
 * Alibaba's units and the companies, products and rivals named alongside them in the Alibaba
 * series (part 2) and the TechCrunch stories on Alibaba Cloud, the Hong Kong listing, Salesforce
 * and Vmate.
 */
export const alibabaGroupEntities = [
  {
    id: 'alibaba-cloud',
    name: 'Alibaba Cloud',
    aliases: ['阿里云', 'Alibaba Cloud Intelligence'],
    kind: 'business-unit',
    description:
      'Alibaba’s cloud-computing business, set up in 2009; sells a full range of cloud services and, with DingTalk, makes up the group’s cloud computing segment.',
    parent: {
      entity: 'alibaba',
      since: '2009',
      citations: [
        {
          source: 'alibaba-series-part-2',
          quote: 'Alibaba originally founded its cloud computing business (named Alibaba Cloud) in 2009',
        },
      ],
    },
    citations: [
      { source: 'alibaba-series-part-2', quote: 'Alibaba Cloud (Chinese: 阿里云), founded in 2009' },
      { source: 'tc-alibaba-cloud-run-rate', quote: 'Alibaba Cloud’s president Simon Hu' },
      { source: 'tc-alibaba-salesforce', quote: 'vice president of Alibaba Cloud Intelligence' },
    ],
  },
  {
    id: 'alibaba-cloud-computing-segment',
    name: 'Alibaba Cloud Computing segment',
    aliases: ['cloud computing segment'],
    kind: 'business-unit',
    description: 'Alibaba’s reporting segment for cloud computing, made up of Alibaba Cloud and, since April 2021, DingTalk.',
    parent: {
      entity: 'alibaba',
      citations: [{ source: 'alibaba-series-part-2', quote: 'the cloud computing segment consists of Alibaba Cloud and DingTalk' }],
    },
    citations: [
      { source: 'alibaba-series-part-2', quote: 'the cloud computing segment consists of Alibaba Cloud and DingTalk' },
      { source: 'alibaba-series-part-2', quote: "the cloud computing segment is Alibaba's second pillar of growth" },
    ],
  },
  {
    id: 'dingtalk',
    name: 'DingTalk',
    aliases: ['钉钉'],
    kind: 'product',
    description:
      'Workplace collaboration platform launched in 2015; moved from Alibaba’s innovation initiatives into its cloud computing segment in April 2021.',
    parent: {
      entity: 'alibaba',
      citations: [
        { source: 'alibaba-series-part-2', quote: 'the cloud computing segment consists of Alibaba Cloud and DingTalk' },
        { source: 'alibaba-series-part-2', quote: 'Alibaba reclassified DingTalk to the Cloud Computing segment in April 2021' },
      ],
    },
    citations: [
      {
        source: 'alibaba-series-part-2',
        quote: 'DingTalk (Chinese: 钉钉) is a digital collaboration workplace launched in 2015',
      },
    ],
  },
  {
    id: 'alibaba-digital-media-and-entertainment',
    name: 'Alibaba Digital Media and Entertainment segment',
    aliases: ['digital media and entertainment segment'],
    kind: 'business-unit',
    description: 'Alibaba’s reporting segment for games, film and drama, ticketing and video platforms, largely built by acquisition.',
    parent: {
      entity: 'alibaba',
      citations: [
        { source: 'alibaba-series-part-2', quote: 'Alibaba describes its digital media and entertainment segment' },
      ],
    },
    citations: [
      { source: 'alibaba-series-part-2', quote: 'Alibaba describes its digital media and entertainment segment' },
    ],
  },
  {
    id: 'alibaba-innovation-initiatives',
    name: 'Alibaba Innovation Initiatives segment',
    aliases: ['Innovation Initiative segment'],
    kind: 'business-unit',
    description: 'Alibaba’s reporting segment for its innovation initiatives, Amap and the T-Mall Genie smart speaker.',
    parent: {
      entity: 'alibaba',
      citations: [{ source: 'alibaba-series-part-2', quote: 'Alibaba also has two innovation initiatives' }],
    },
    citations: [
      { source: 'alibaba-series-part-2', quote: 'Though initially classified under the Innovation Initiative segment' },
    ],
  },
  {
    id: 'lingxi-games',
    name: 'Lingxi Games',
    aliases: ['灵犀互娱'],
    kind: 'business-unit',
    description:
      'Alibaba’s mobile-games unit, which develops, runs and distributes games; assembled from gaming companies Alibaba bought from 2014 on.',
    parent: {
      entity: 'alibaba',
      citations: [{ source: 'alibaba-series-part-2', quote: "Lingxi Games (Chinese: 灵犀互娱) is Alibaba's gaming unit" }],
    },
    citations: [{ source: 'alibaba-series-part-2', quote: "Lingxi Games (Chinese: 灵犀互娱) is Alibaba's gaming unit" }],
  },
  {
    id: 'ucweb',
    name: 'UCWeb',
    aliases: ['UC Web'],
    kind: 'company',
    description:
      'Chinese browser maker and internet company, now an Alibaba subsidiary; India is one of its largest markets and it owns the Vmate video app.',
    parent: {
      entity: 'alibaba',
      citations: [
        { source: 'tc-alibaba-vmate', quote: 'UC Web, a subsidiary of Alibaba Group' },
        { source: 'alibaba-series-part-2', quote: 'the then highly popular browser and Chinese internet company UCWeb' },
      ],
    },
    citations: [
      { source: 'alibaba-series-part-2', quote: 'the then highly popular browser and Chinese internet company UCWeb' },
      { source: 'tc-alibaba-vmate', quote: 'UC Web, a subsidiary of Alibaba Group' },
    ],
  },
  {
    id: 'vmate',
    name: 'Vmate',
    aliases: [],
    kind: 'product',
    description:
      'Video streaming and short-video sharing app launched in 2016 and owned by UCWeb, later adding video downloads and 3D face emojis.',
    parent: {
      entity: 'ucweb',
      citations: [{ source: 'tc-alibaba-vmate', quote: 'a three-year-old social video app owned by subsidiary UC Web' }],
    },
    citations: [
      { source: 'tc-alibaba-vmate', quote: 'Vmate was launched as a video streaming and short video sharing app in 2016' },
    ],
  },
  {
    id: 'alibaba-pictures',
    name: 'Alibaba Pictures',
    aliases: ['阿里巴巴影业集团', 'ChinaVision Media'],
    kind: 'company',
    description:
      'Hong Kong-listed film and TV producer and distributor that also sells cinema tickets online; formerly the film maker ChinaVision Media, renamed after Alibaba bought it in 2014.',
    parent: {
      entity: 'alibaba',
      since: '2014',
      citations: [
        {
          source: 'alibaba-series-part-2',
          quote: 'previously known as ChinaVision Media, a film-making company, before being acquired and renamed by Alibaba in 2014',
        },
      ],
    },
    citations: [
      { source: 'alibaba-series-part-2', quote: 'Alibaba Pictures (Chinese: 阿里巴巴影业集团) is an internet film and television company' },
    ],
  },
  {
    id: 'damai',
    name: 'Damai',
    aliases: ['大麦网'],
    kind: 'company',
    description: 'Online ticketing company for events, bought by Alibaba in 2016.',
    parent: {
      entity: 'alibaba',
      since: '2016',
      citations: [{ source: 'alibaba-series-part-2', quote: 'Damai (Chinese: 大麦网), also acquired by Alibaba in 2016' }],
    },
    citations: [{ source: 'alibaba-series-part-2', quote: 'Damai (Chinese: 大麦网), also acquired by Alibaba in 2016' }],
  },
  {
    id: 'youku',
    name: 'Youku',
    aliases: ['优酷'],
    kind: 'company',
    description: 'Chinese long-form online video platform, bought by Alibaba in 2016.',
    parent: {
      entity: 'alibaba',
      since: '2016',
      citations: [{ source: 'alibaba-series-part-2', quote: 'Youku (Chinese: 优酷), acquired by Alibaba in 2016' }],
    },
    citations: [{ source: 'alibaba-series-part-2', quote: 'Youku (Chinese: 优酷), acquired by Alibaba in 2016' }],
  },
  {
    id: 'tmall-genie',
    name: 'T-Mall Genie',
    aliases: ['天猫精灵', 'Tmall Genie'],
    kind: 'product',
    description: 'Alibaba’s smart speaker, a voice front end to services of the Alibaba ecosystem; one of its two innovation initiatives.',
    parent: {
      entity: 'alibaba',
      citations: [
        { source: 'alibaba-series-part-2', quote: 'Alibaba also has two innovation initiatives' },
        {
          source: 'alibaba-series-part-2',
          quote: 'a smart speaker that provides an interactive interface for customers to easily access services offered by the Alibaba ecosystem',
        },
      ],
    },
    citations: [
      { source: 'alibaba-series-part-2', quote: 'T-Mall Genie (Chinese: 天猫精灵) is a smart speaker' },
      { source: 'tc-garbage-sorting-tech', quote: 'Alibaba’s answer to Alexa Tmall Genie' },
    ],
  },
  {
    id: 'wechat-for-business',
    name: 'WeChat for Business',
    aliases: [],
    kind: 'product',
    description: 'Tencent’s workplace collaboration platform, DingTalk’s main rival in China.',
    parent: {
      entity: 'tencent',
      citations: [{ source: 'alibaba-series-part-2', quote: "Tencent's WeChat for Business" }],
    },
    citations: [{ source: 'alibaba-series-part-2', quote: "Tencent's WeChat for Business" }],
  },
  {
    id: 'iqiyi',
    name: 'iQIYI',
    aliases: [],
    kind: 'company',
    description: 'Chinese long-form online video platform started by Baidu.',
    citations: [{ source: 'alibaba-series-part-2', quote: 'iQIYI, founded by Baidu' }],
  },
  {
    id: 'bilibili',
    name: 'Bilibili',
    aliases: [],
    kind: 'company',
    description: 'Chinese online video platform.',
    citations: [
      {
        source: 'alibaba-series-part-2',
        quote: 'the largest two online long-form video platforms in China are iQIYI, founded by Baidu, and Bilibili',
      },
    ],
  },
  {
    id: 'baidu-maps',
    name: 'Baidu Maps',
    aliases: ['百度地图'],
    kind: 'product',
    description: 'Baidu’s navigation app, Amap’s main rival in China.',
    parent: {
      entity: 'baidu',
      citations: [{ source: 'alibaba-series-part-2', quote: 'Baidu Maps (Chinese: 百度地图)' }],
    },
    citations: [{ source: 'alibaba-series-part-2', quote: 'Baidu Maps (Chinese: 百度地图)' }],
  },
  {
    id: 'china-largest-chipmaker',
    name: 'China’s largest chipmaker (not named in the source)',
    aliases: ['China’s largest chipmaker'],
    kind: 'company',
    description: 'Chinese semiconductor maker, unnamed in the source, listed in New York and Hong Kong.',
    citations: [
      { source: 'tc-alibaba-hk-listing', quote: 'China’s largest chipmaker announced that it would delist from the NYSE' },
    ],
  },
  {
    id: 'laiye',
    name: 'Laiye',
    aliases: [],
    kind: 'company',
    description: 'Chinese workflow-automation software startup.',
    citations: [{ source: 'tc-alibaba-salesforce', quote: 'Workflow automation startup Laiye' }],
  },
  {
    id: 'cathay-innovation',
    name: 'Cathay Innovation',
    aliases: [],
    kind: 'fund',
    description: 'Growth-stage venture fund backing enterprise software in China.',
    citations: [{ source: 'tc-alibaba-salesforce', quote: 'led by Cathay Innovation, a growth-stage fund' }],
  },
  {
    id: 'paytm',
    name: 'Paytm',
    aliases: [],
    kind: 'company',
    description: 'Indian payments company backed by Alibaba.',
    citations: [{ source: 'tc-alibaba-vmate', quote: 'It has heavily invested in Paytm, BigBasket, Zomato, and Snapdeal' }],
  },
  {
    id: 'bigbasket',
    name: 'BigBasket',
    aliases: [],
    kind: 'company',
    description: 'Indian online grocer backed by Alibaba.',
    citations: [{ source: 'tc-alibaba-vmate', quote: 'It has heavily invested in Paytm, BigBasket, Zomato, and Snapdeal' }],
  },
  {
    id: 'zomato',
    name: 'Zomato',
    aliases: [],
    kind: 'company',
    description: 'Indian food-tech company backed by Alibaba.',
    citations: [{ source: 'tc-alibaba-vmate', quote: 'It has heavily invested in Paytm, BigBasket, Zomato, and Snapdeal' }],
  },
  {
    id: 'snapdeal',
    name: 'Snapdeal',
    aliases: [],
    kind: 'company',
    description: 'Indian e-commerce marketplace backed by Alibaba.',
    citations: [{ source: 'tc-alibaba-vmate', quote: 'It has heavily invested in Paytm, BigBasket, Zomato, and Snapdeal' }],
  },
  {
    id: 'ticketnew',
    name: 'TicketNew',
    aliases: [],
    kind: 'company',
    description: 'Online ticketing service based in Chennai, India, majority-owned by Alibaba.',
    parent: {
      entity: 'alibaba',
      citations: [{ source: 'tc-alibaba-vmate', quote: 'it acquired majority stake in TicketNew' }],
    },
    citations: [{ source: 'tc-alibaba-vmate', quote: 'TicketNew, a Chennai-based online ticketing service' }],
  },
  {
    id: 'youtube',
    name: 'YouTube',
    aliases: [],
    kind: 'product',
    description: 'Google’s online video service.',
    parent: {
      entity: 'google',
      citations: [{ source: 'tc-alibaba-vmate', quote: 'more unique users than its parent company Google' }],
    },
    citations: [{ source: 'tc-alibaba-vmate', quote: 'YouTube said that India was the only nation' }],
  },
  {
    id: 't-series',
    name: 'T-Series',
    aliases: ['T Series'],
    kind: 'company',
    description: 'Indian record label whose YouTube channel was the first to pass 100 million subscribers.',
    citations: [{ source: 'tc-alibaba-vmate', quote: 'T Series, the largest record label in India' }],
  },
  {
    id: 'disney',
    name: 'Disney',
    aliases: [],
    kind: 'company',
    description: 'US media and entertainment group; owner of the Indian streaming service Hotstar.',
    citations: [{ source: 'tc-alibaba-vmate', quote: 'Hotstar, which is owned by Disney' }],
  },
  {
    id: 'hotstar',
    name: 'Hotstar',
    aliases: [],
    kind: 'product',
    description: 'Indian video-streaming service owned by Disney; set a global record for simultaneous live-stream views.',
    parent: {
      entity: 'disney',
      citations: [{ source: 'tc-alibaba-vmate', quote: 'Hotstar, which is owned by Disney' }],
    },
    citations: [{ source: 'tc-alibaba-vmate', quote: 'Hotstar, which is owned by Disney' }],
  },
] as const satisfies readonly EntityRecord[];
