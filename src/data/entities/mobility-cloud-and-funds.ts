import type { EntityRecord } from '../define.js';

const HB = 'tc-hellobike-battery-jv';
const BF = 'tc-intel-barefoot';
const PDD = 'tc-pinduoduo-second-largest';
const RH = 'tc-ride-hailing-aggregators';
const EC = 'tc-extra-crunch-mobility';
const SP = 'tc-splyt-series-a';
const TCJ = 'tc-tencent-cloud-japan';
const TED = 'tc-tencent-education';
const WP = 'tc-warburg-pincus-fund';
const GS = 'tc-garbage-sorting-tech';

export const mobilityCloudAndFundsEntities = [
  // --- Hellobike battery JV ---
  {
    id: 'hellobike',
    name: 'Hellobike',
    aliases: [],
    kind: 'company',
    description:
      'Chinese mobility startup that began as a bike-sharing service and became an all-in-one transport app including ride-hailing.',
    citations: [
      { source: HB, quote: 'China’s transportation startup Hellobike' },
      { source: RH, quote: 'Other big names like Baidu, Hellobike, Meituan and Didi' },
    ],
  },
  {
    id: 'catl',
    name: 'CATL',
    aliases: ['Contemporary Amperex Technology'],
    kind: 'company',
    description: 'Chinese maker of batteries for electric vehicles, supplier to domestic and foreign carmakers.',
    citations: [{ source: HB, quote: 'Contemporary Amperex Technology, or CATL' }],
  },
  {
    id: 'hellobike-battery-swap-jv',
    name: 'Hellobike–Ant Financial–CATL battery-swapping joint venture',
    aliases: [],
    kind: 'company',
    description:
      'Three-way venture of Hellobike, Ant Financial and CATL set up to build battery-swapping stations for electric scooters across China.',
    citations: [{ source: HB, quote: 'The three-way joint venture hopes to solve these issues by putting up battery-swapping infrastructure' }],
  },
  {
    id: 'mobike',
    name: 'Mobike',
    aliases: [],
    kind: 'company',
    description: 'Chinese bike-sharing service.',
    parent: {
      entity: 'meituan',
      citations: [{ source: HB, quote: 'Mobike, the bike sharing service now owned by Meituan Dianping' }],
    },
    citations: [{ source: HB, quote: 'Mobike, the bike sharing service' }],
  },
  {
    id: 'volvo',
    name: 'Volvo',
    aliases: [],
    kind: 'company',
    description: 'Carmaker that sources batteries from CATL.',
    citations: [{ source: HB, quote: 'international players Volvo and Toyota' }],
  },
  {
    id: 'toyota',
    name: 'Toyota',
    aliases: [],
    kind: 'company',
    description: 'Japanese carmaker that sources batteries from CATL.',
    citations: [{ source: HB, quote: 'international players Volvo and Toyota' }],
  },
  // --- Intel / Barefoot ---
  {
    id: 'barefoot-networks',
    name: 'Barefoot Networks',
    aliases: ['Barefoot'],
    kind: 'company',
    description:
      'Santa Clara start-up, founded by Craig Barratt and out of stealth in late 2016, that makes programmable networking chips; bought by Intel.',
    parent: {
      entity: 'intel',
      since: '2019',
      citations: [{ source: BF, quote: 'Intel has not only taken notice, it’s acquired Barefoot Networks' }],
    },
    citations: [
      { source: BF, quote: 'Based in Santa Clara, Calif., Barefoot Networks was launched from stealth in late 2016' },
      { source: BF, quote: 'the networking chips that Barefoot sells them' },
    ],
  },
  {
    id: 'dhvc',
    name: 'DHVC',
    aliases: [],
    kind: 'fund',
    description: 'Venture investor in Barefoot Networks.',
    citations: [{ source: BF, quote: 'Tencent Holdings, DHVC, Alibaba Group' }],
  },
  {
    id: 'dell-technologies-capital',
    name: 'Dell Technologies Capital',
    aliases: [],
    kind: 'fund',
    description: 'Corporate venture arm of Dell Technologies; investor in Barefoot Networks.',
    citations: [{ source: BF, quote: 'Dell Technologies Capital' }],
  },
  {
    id: 'hewlett-packard-enterprise',
    name: 'Hewlett Packard Enterprise',
    aliases: [],
    kind: 'company',
    description: 'US enterprise IT company; investor in Barefoot Networks.',
    citations: [{ source: BF, quote: 'Hewlett Packard Enterprise, and Lightspeed Ventures' }],
  },
  {
    id: 'lightspeed-ventures',
    name: 'Lightspeed Ventures',
    aliases: [],
    kind: 'fund',
    description: 'Venture-capital firm; investor in Barefoot Networks.',
    citations: [{ source: BF, quote: 'Hewlett Packard Enterprise, and Lightspeed Ventures' }],
  },
  // --- Pinduoduo ---
  {
    id: 'nasdaq',
    name: 'Nasdaq',
    aliases: [],
    kind: 'organization',
    description: 'US stock exchange.',
    citations: [{ source: PDD, quote: 'went public on the Nasdaq last July' }],
  },
  // --- Ride-hailing ---
  {
    id: 'uber-china',
    name: 'Uber China',
    aliases: [],
    kind: 'business-unit',
    description: 'Uber’s former China ride-hailing business, taken over by Didi in 2016.',
    // Uber's until Didi's acquisition (didi-acquires-uber-china-2016), Didi's since.
    parent: {
      entity: 'didi',
      since: '2016',
      citations: [{ source: RH, quote: 'Didi, which gobbled up Uber China in 2016', fields: ['entity', 'since'] }],
    },
    formerParents: [
      {
        entity: 'uber',
        until: '2016',
        citations: [
          { source: RH, quote: 'gobbled up Uber China in 2016', fields: ['until'] },
          { source: 'tc-splyt-series-a', quote: 'Uber’s decision to exit markets like China', fields: ['entity'] },
        ],
      },
    ],
    citations: [{ source: RH, quote: 'Didi, which gobbled up Uber China in 2016' }],
  },
  {
    id: 'google-maps',
    name: 'Google Maps',
    aliases: [],
    kind: 'product',
    description: 'Navigation app that in 2017 began letting users book rides from third-party ride-hailing services.',
    citations: [{ source: RH, quote: 'a feature Google Maps added in early 2017' }],
  },
  {
    id: 'lyft',
    name: 'Lyft',
    aliases: [],
    kind: 'company',
    description: 'US ride-hailing company.',
    citations: [{ source: RH, quote: 'hail Uber, Lyft, Gett and Hailo' }],
  },
  {
    id: 'gett',
    name: 'Gett',
    aliases: [],
    kind: 'company',
    description: 'Ride-hailing and taxi-booking service; a Splyt partner.',
    citations: [
      { source: RH, quote: 'hail Uber, Lyft, Gett and Hailo' },
      { source: SP, quote: 'Gett and car rental service Cartrawler' },
    ],
  },
  {
    id: 'hailo',
    name: 'Hailo',
    aliases: [],
    kind: 'company',
    description: 'Taxi-hailing app.',
    citations: [{ source: RH, quote: 'hail Uber, Lyft, Gett and Hailo' }],
  },
  // --- Extra Crunch mobility ---
  {
    id: 'fair',
    name: 'Fair',
    aliases: [],
    kind: 'company',
    description:
      'US car-subscription startup that lets users drive and swap cars month to month; leases cars to ride-hailing drivers.',
    citations: [{ source: EC, quote: 'Fair works much like a traditional lease with more options' }],
  },
  // --- Splyt ---
  {
    id: 'splyt',
    name: 'Splyt',
    aliases: [],
    kind: 'company',
    description:
      'London-based startup whose back-end links ride-hailing networks and consumer apps so travellers can book local rides from apps they already use abroad.',
    citations: [{ source: SP, quote: 'Splyt, a UK-based startup that is aiming to help make global ride-hailing roaming a reality' }],
  },
  {
    id: 'grab',
    name: 'Grab',
    aliases: [],
    kind: 'company',
    description: 'Southeast Asian ride-hailing company, which took over Uber’s regional operations.',
    citations: [{ source: SP, quote: 'Southeast Asian ride-hailing company Grab' }],
  },
  {
    id: 'ctrip',
    name: 'Ctrip',
    aliases: [],
    kind: 'company',
    description: 'Chinese online travel app.',
    citations: [{ source: SP, quote: 'Chinese travel app Ctrip' }],
  },
  {
    id: 'careem',
    name: 'Careem',
    aliases: [],
    kind: 'company',
    description: 'Middle Eastern ride-hailing service being bought by Uber.',
    citations: [{ source: SP, quote: 'Careem — the Middle East-based service being acquired by Uber' }],
  },
  {
    id: 'cartrawler',
    name: 'Cartrawler',
    aliases: [],
    kind: 'company',
    description: 'Car-rental booking service.',
    citations: [{ source: SP, quote: 'car rental service Cartrawler' }],
  },
  // --- Tencent Cloud Japan ---
  {
    id: 'tencent-cloud',
    name: 'Tencent Cloud',
    aliases: [],
    kind: 'business-unit',
    description: 'Tencent’s cloud-computing division, number two in China, expanding abroad starting with Japan in 2019.',
    parent: {
      entity: 'tencent',
      citations: [{ source: TCJ, quote: 'Tencent’s cloud computing division' }],
    },
    citations: [{ source: TCJ, quote: 'Da Zhiqian, vice president of Tencent Cloud' }],
  },
  {
    id: 'pitaya',
    name: 'Pitaya',
    aliases: [],
    kind: 'company',
    description: 'Gaming company; local partner of Tencent Cloud in Japan.',
    citations: [{ source: TCJ, quote: 'gaming company Pitaya' }],
  },
  {
    id: 'e-business',
    name: 'E-business',
    aliases: [],
    kind: 'company',
    description: 'IT company; local partner of Tencent Cloud in Japan.',
    citations: [{ source: TCJ, quote: 'IT firm E-business' }],
  },
  {
    id: 'huya',
    name: 'Huya',
    aliases: [],
    kind: 'company',
    description: 'Chinese game live-streaming platform backed by Tencent.',
    citations: [{ source: TCJ, quote: 'Huya and Douyu, two top game live streaming companies in China' }],
  },
  {
    id: 'douyu',
    name: 'Douyu',
    aliases: [],
    kind: 'company',
    description: 'Chinese game live-streaming platform backed by Tencent.',
    citations: [{ source: TCJ, quote: 'Huya and Douyu, two top game live streaming companies in China' }],
  },
  {
    id: 'kuaishou',
    name: 'Kuaishou',
    aliases: [],
    kind: 'product',
    description: 'Chinese short-video app backed by Tencent, competing with TikTok.',
    citations: [{ source: TCJ, quote: 'Tencent-backed short-video app Kuaishou' }],
  },
  {
    id: 'aws',
    name: 'AWS',
    aliases: [],
    kind: 'business-unit',
    description: 'Cloud-computing market leader.',
    citations: [{ source: TCJ, quote: 'giants AWS, Microsoft Azure and Google Cloud' }],
  },
  {
    id: 'microsoft-azure',
    name: 'Microsoft Azure',
    aliases: [],
    kind: 'business-unit',
    description: 'Microsoft’s cloud-computing platform.',
    parent: {
      entity: 'microsoft',
      evidence: 'implied',
      evidenceNote: 'The source names the platform "Microsoft Azure" but does not say who owns it; that Microsoft does is read from the name.',
      citations: [{ source: TCJ, quote: 'Microsoft Azure' }],
    },
    citations: [{ source: TCJ, quote: 'giants AWS, Microsoft Azure and Google Cloud' }],
  },
  {
    id: 'google-cloud',
    name: 'Google Cloud',
    aliases: [],
    kind: 'business-unit',
    description: 'Google’s cloud-computing platform.',
    parent: {
      entity: 'google',
      evidence: 'implied',
      evidenceNote: 'The source names the platform "Google Cloud" but does not say who owns it; that Google does is read from the name.',
      citations: [{ source: TCJ, quote: 'Google Cloud' }],
    },
    citations: [{ source: TCJ, quote: 'giants AWS, Microsoft Azure and Google Cloud' }],
  },
  // --- Tencent education ---
  {
    id: 'tencent-education',
    name: 'Tencent Education',
    aliases: [],
    kind: 'product',
    description: 'Education brand launched by Tencent in 2019 that bundles education products from all its business groups.',
    parent: {
      entity: 'tencent',
      citations: [{ source: TED, quote: 'Tencent announced it had formed a new education brand' }],
    },
    citations: [{ source: TED, quote: 'Called ‘Tencent Education’, the new brand' }],
  },
  {
    id: 'tencent-platform-and-content-group',
    name: 'Platform and Content Group',
    aliases: ['PCG'],
    kind: 'business-unit',
    description:
      'Tencent business group formed in its October reorganization, combining QQ and its other non-WeChat social and content services.',
    parent: {
      entity: 'tencent',
      citations: [
        {
          source: TED,
          quote: 'The newly minted group consolidated all non-WeChat social and content services',
        },
      ],
    },
    citations: [{ source: TED, quote: 'Take the Platform and Content Group' }],
  },
  {
    id: '1688-com',
    name: '1688.com',
    aliases: [],
    kind: 'product',
    description: 'Alibaba’s business-to-business wholesale marketplace.',
    parent: {
      entity: 'alibaba',
      citations: [{ source: TED, quote: '1688.com, its business-to-business ecommerce arm' }],
    },
    citations: [{ source: TED, quote: '1688.com, its business-to-business ecommerce arm' }],
  },
  // --- Warburg Pincus ---
  {
    id: 'warburg-pincus',
    name: 'Warburg Pincus',
    aliases: [],
    kind: 'company',
    description: 'Private-equity firm active in China for a quarter century and now also investing in Southeast Asia.',
    citations: [{ source: WP, quote: 'Warburg Pincus, the private equity fund with over $60 billion under management' }],
  },
  {
    id: 'warburg-pincus-china-southeast-asia-fund',
    name: 'Warburg Pincus China-Southeast Asia fund',
    aliases: ['China-Southeast Asia fund'],
    kind: 'fund',
    description: 'Warburg Pincus fund of 2019 covering both China and Southeast Asia.',
    parent: {
      entity: 'warburg-pincus',
      citations: [{ source: WP, quote: 'it surpassed its initial target of $3.5 billion for the China-Southeast Asia fund' }],
    },
    citations: [{ source: WP, quote: 'the China-Southeast Asia fund' }],
  },
  {
    id: 'warburg-pincus-global-growth-fund',
    name: 'Warburg Pincus global growth fund',
    aliases: ['global growth fund'],
    kind: 'fund',
    description: 'Worldwide growth-equity fund of Warburg Pincus closed at the end of 2018.',
    parent: {
      entity: 'warburg-pincus',
      citations: [{ source: WP, quote: 'the firm’s $14.8 billion global growth fund' }],
    },
    citations: [{ source: WP, quote: 'the firm’s $14.8 billion global growth fund' }],
  },
  {
    id: 'warburg-pincus-china-fund',
    name: 'Warburg Pincus China fund',
    aliases: ['‘China’ fund'],
    kind: 'fund',
    description: 'Earlier China-only Warburg Pincus fund, predecessor of the China-Southeast Asia fund.',
    parent: {
      entity: 'warburg-pincus',
      citations: [{ source: WP, quote: 'Warburg Pincus’ previous $2.2 billion ‘China’ fund' }],
    },
    citations: [{ source: WP, quote: 'Warburg Pincus’ previous $2.2 billion ‘China’ fund' }],
  },
  {
    id: 'nio',
    name: 'NIO',
    aliases: [],
    kind: 'company',
    description: 'Listed Chinese electric-car maker.',
    citations: [{ source: WP, quote: 'NIO (a Tesla rival)' }],
  },
  {
    id: 'zto-express',
    name: 'ZTO Express',
    aliases: [],
    kind: 'company',
    description: 'Listed Chinese courier company.',
    citations: [{ source: WP, quote: 'ZTO Express (a courier firm)' }],
  },
  {
    id: 'go-jek',
    name: 'Go-Jek',
    aliases: [],
    kind: 'company',
    description: 'Indonesian ride-hailing and on-demand services company expanding across Southeast Asia.',
    citations: [{ source: WP, quote: 'Go-Jek in Indonesia' }],
  },
  {
    // Not the bare name "Momo": another source names the unrelated Chinese social app Momo.
    id: 'momo-vietnam',
    name: 'Momo (Vietnamese digital payments startup)',
    aliases: [],
    kind: 'company',
    description: 'Vietnamese digital-payment startup backed by Warburg Pincus.',
    citations: [{ source: WP, quote: 'Vietnamese digital payment startup Momo' }],
  },
  // --- Garbage sorting ---
  {
    id: 'alipay-garbage-sorting-mini-app',
    name: 'Alipay garbage-sorting mini app',
    aliases: ['garbage-sorting mini app'],
    kind: 'product',
    description: 'Mini app inside Alipay that tells users which waste category an item belongs to.',
    parent: {
      entity: 'alipay',
      citations: [{ source: GS, quote: 'Alipay, Alibaba’s electronics payment affiliate, claims its garbage-sorting mini app' }],
    },
    citations: [{ source: GS, quote: 'its garbage-sorting mini app' }],
  },
  {
    id: 'alipay-recycling-mini-app',
    name: '垃圾分类回收平台',
    aliases: ['Alipay recycling mini app'],
    kind: 'product',
    description:
      'Third-party recycling mini app on Alipay that collects sorted garbage from residential complexes and buys recyclables from users.',
    citations: [{ source: GS, quote: 'a recycling mini app (“垃圾分类回收平台”)' }],
  },
  {
    id: 'ele-me',
    name: 'Ele.me',
    aliases: [],
    kind: 'company',
    description: 'Alibaba’s food-delivery and local-services platform.',
    parent: {
      entity: 'alibaba',
      citations: [{ source: GS, quote: 'Ele.me, Alibaba’s food delivery arm' }],
    },
    citations: [{ source: GS, quote: 'Ele.me, Alibaba’s food delivery arm' }],
  },
  {
    id: 'shanghai-municipal-government',
    name: 'Shanghai municipal government',
    aliases: [],
    kind: 'public-body',
    description: 'City government of Shanghai, which introduced compulsory garbage sorting on July 1, 2019.',
    citations: [{ source: GS, quote: 'On July 1, the world’s most populated city (Shanghai) began a compulsory garbage-sorting program' }],
  },
] as const satisfies readonly EntityRecord[];
