import type { EntityRecord } from '../define.js';

/** How the month Canal+ bought ROK is read (the date of canal-plus-acquires-rok-2019). */
const ROK_SOLD_JULY_2019 = "the article is from 2019, so the acquisition 'in July' is July 2019";

/** The AliExpress Russia JV's closing, which ends a contributed business's old parent link and starts the venture's. */
const JV_CLOSED_2019 = {
  source: 'tc-aliexpress-russia-jv',
  quote: 'announced that the deal has closed',
  derivation: "the article, published in 2019, reports the closing as announced 'today' (the date of aliexpress-russia-jv-2019)",
} as const;

/**
 * The links of a business its owner put into the AliExpress Russia JV: the venture's since the
 * deal closed in 2019, its owner's until then. `ownerQuote` shows the owner held it,
 * `contributionQuote` (the same when one phrase shows both) that it went into the venture.
 */
function putIntoAliExpressRussiaJv(owner: string, ownerQuote: string, contributionQuote = ownerQuote): Pick<EntityRecord, 'parent' | 'formerParents'> {
  return {
    parent: {
      entity: 'aliexpress-russia-jv',
      since: '2019',
      citations: [
        { source: 'tc-aliexpress-russia-jv', quote: contributionQuote, fields: ['entity'] },
        { ...JV_CLOSED_2019, fields: ['since'] },
      ],
    },
    formerParents: [
      {
        entity: owner,
        until: '2019',
        citations: [
          { source: 'tc-aliexpress-russia-jv', quote: ownerQuote, fields: ['entity'] },
          { ...JV_CLOSED_2019, fields: ['until'] },
        ],
      },
    ],
  };
}

/**
 * Entities named by the commerce-and-payments sources: tc-africa-roundup, tc-flutterwave-alipay,
 * tc-aliexpress-russia-jv, tc-aspire-series-a, tc-bytedance-smartphone, tc-carrefour-china-suning.
 */
export const commerceAndPaymentsEntities = [
  // ---- tc-africa-roundup / tc-flutterwave-alipay ----
  {
    id: 'canal-plus',
    name: 'Canal+',
    aliases: [],
    kind: 'company',
    description: 'French TV company that bought a Nigerian film studio to expand across Africa.',
    citations: [{ source: 'tc-africa-roundup', quote: 'French television company Canal+ acquired the ROK film studio' }],
  },
  {
    id: 'rok-studios',
    name: 'ROK',
    aliases: ['ROK film studio', 'ROK film studios', 'ROK studio'],
    kind: 'company',
    description: 'Lagos film studio set up to make original Nollywood content for IROKOtv; bought by Canal+.',
    // IROKOtv's until Canal+ bought it (canal-plus-acquires-rok-2019), Canal+'s since.
    parent: {
      entity: 'canal-plus',
      since: '2019-07',
      citations: [
        {
          source: 'tc-africa-roundup',
          quote: 'in July, French television company Canal+ acquired the ROK film studio from VOD company IROKOtv.',
          fields: ['entity', 'since'],
          derivation: ROK_SOLD_JULY_2019,
        },
      ],
    },
    formerParents: [
      {
        entity: 'irokotv',
        until: '2019-07',
        citations: [
          { source: 'tc-africa-roundup', quote: 'ROK film studios was incubated to create original content for IROKOtv', fields: ['entity'] },
          { source: 'tc-africa-roundup', quote: 'Canal+ acquired the ROK film studio from VOD company IROKOtv', fields: ['entity', 'until'], derivation: ROK_SOLD_JULY_2019 },
        ],
      },
    ],
    citations: [
      { source: 'tc-africa-roundup', quote: 'Based in Lagos, ROK film studios was incubated to create original content for IROKOtv' },
    ],
  },
  {
    id: 'irokotv',
    name: 'IROKOtv',
    aliases: [],
    kind: 'company',
    description: 'Video-on-demand service for Nollywood films, started in 2010 by Jason Njoku.',
    citations: [{ source: 'tc-africa-roundup', quote: 'Founded by Jason Njoku in 2010 — and backed by $45 million in VC — IROKOtv' }],
  },
  {
    id: 'flutterwave',
    name: 'Flutterwave',
    aliases: [],
    kind: 'company',
    description:
      'B2B payments company founded in Nigeria in 2016, based in San Francisco and Lagos, that lets African businesses pay and get paid locally and abroad through its APIs; clients named include Uber, Facebook, Booking.com and Jumia.com.',
    citations: [
      { source: 'tc-africa-roundup', quote: 'Flutterwave is a Nigerian-founded B2B payments service (primarily)' },
      { source: 'tc-flutterwave-alipay', quote: 'Founded in 2016, Flutterwave allows clients to tap its APIs' },
    ],
  },
  {
    id: 'opera',
    name: 'Opera',
    aliases: [],
    kind: 'company',
    description: 'Chinese-owned web-browser company building a West African network of browsing, payment and ride-hailing businesses.',
    citations: [
      { source: 'tc-africa-roundup', quote: 'Chinese owned Opera raise $50 million in venture spending' },
      { source: 'tc-flutterwave-alipay', quote: 'Chinese owned Opera announced $55 million in venture spending' },
    ],
  },
  {
    id: 'opay',
    name: 'OPay',
    aliases: [],
    kind: 'company',
    description: 'Mobile-payments startup focused on Africa (Nigeria first), created by Opera in 2018.',
    parent: {
      entity: 'opera',
      since: '2018',
      citations: [
        { source: 'tc-africa-roundup', quote: 'OPay, an Opera owned, Africa-focused mobile payments startup' },
        { source: 'tc-africa-roundup', quote: 'Opera founded OPay in 2018' },
      ],
    },
    citations: [{ source: 'tc-africa-roundup', quote: 'The funds are predominately for OPay' }],
  },
  {
    id: 'oride',
    name: 'ORide',
    aliases: [],
    kind: 'product',
    description: 'Motorcycle ride-hailing app in Opera’s Nigerian network.',
    parent: {
      entity: 'opera',
      citations: [
        { source: 'tc-africa-roundup', quote: 'Opera’s growing commercial network in Nigeria, which includes motorcycle ride-hail app ORide' },
      ],
    },
    citations: [{ source: 'tc-africa-roundup', quote: 'motorcycle ride-hail app ORide' }],
  },
  {
    id: 'ofood',
    name: 'OFood',
    aliases: [],
    kind: 'product',
    description: 'Food-delivery service in Opera’s Nigerian network.',
    parent: {
      entity: 'opera',
      citations: [
        { source: 'tc-africa-roundup', quote: 'Opera’s growing commercial network in Nigeria, which includes motorcycle ride-hail app ORide and OFood delivery service' },
      ],
    },
    citations: [{ source: 'tc-africa-roundup', quote: 'OFood delivery service' }],
  },
  {
    id: 'sequoia-china',
    name: 'Sequoia China',
    aliases: [],
    kind: 'fund',
    description: 'Venture investor; co-led the OPay round.',
    citations: [{ source: 'tc-africa-roundup', quote: 'Lead investors included Sequoia China' }],
  },
  {
    id: 'idg-capital',
    name: 'IDG Capital',
    aliases: [],
    kind: 'fund',
    description: 'Venture investor; co-led the OPay round.',
    citations: [{ source: 'tc-africa-roundup', quote: 'Lead investors included Sequoia China, IDG Capital and Source Code Capital' }],
  },
  {
    id: 'source-code-capital',
    name: 'Source Code Capital',
    aliases: [],
    kind: 'fund',
    description: 'Venture investor; co-led the OPay round.',
    citations: [{ source: 'tc-africa-roundup', quote: 'IDG Capital and Source Code Capital' }],
  },
  {
    id: 'indriver',
    name: 'InDriver',
    aliases: [],
    kind: 'company',
    description: 'Ride-hailing app where riders propose their own fare to nearby drivers.',
    citations: [{ source: 'tc-africa-roundup', quote: 'Global ride-hail startup InDriver launched its app-based service in Kampala (Uganda)' }],
  },
  {
    id: 'brck',
    name: 'BRCK',
    aliases: [],
    kind: 'company',
    description: 'Nairobi startup making internet hardware and providing connectivity services.',
    citations: [{ source: 'tc-africa-roundup', quote: 'Nairobi-based internet hardware and service startup BRCK' }],
  },
  {
    id: 'moja',
    name: 'Moja',
    aliases: [],
    kind: 'product',
    description: 'BRCK’s free public Wi-Fi and entertainment service, paid for by commercial partners.',
    parent: {
      entity: 'brck',
      citations: [{ source: 'tc-africa-roundup', quote: 'BRCK is installing its routers on Swvl vehicles in Kenya to run its Moja service' }],
    },
    citations: [{ source: 'tc-africa-roundup', quote: 'its Moja service, which offers free public Wi-Fi' }],
  },
  {
    id: 'swvl',
    name: 'Swvl',
    aliases: [],
    kind: 'company',
    description: 'Egyptian on-demand shared-bus service started in Cairo in 2017.',
    citations: [{ source: 'tc-africa-roundup', quote: 'Founded in Cairo in 2017, Swvl is a mass transit service' }],
  },
  {
    id: 'visa',
    name: 'Visa',
    aliases: [],
    kind: 'company',
    description: 'Card-payments network; worked with Flutterwave on a consumer payment product for Africa.',
    citations: [{ source: 'tc-flutterwave-alipay', quote: 'those between Flutterwave and Visa earlier this year' }],
  },
  {
    id: 'getbarter',
    name: 'GetBarter',
    aliases: [],
    kind: 'product',
    description: 'Consumer payment product for Africa launched through the Flutterwave–Visa tie-up.',
    citations: [{ source: 'tc-flutterwave-alipay', quote: 'a consumer payment product for Africa, called GetBarter' }],
  },
  {
    id: 'transsion',
    name: 'Transsion',
    aliases: [],
    kind: 'company',
    description: 'Chinese phone maker, a leading smartphone seller in Africa, with an assembly plant in Ethiopia.',
    citations: [{ source: 'tc-flutterwave-alipay', quote: 'Chinese company Transsion—a top-seller of smartphones in Africa under its Tecno brand' }],
  },
  {
    id: 'tecno',
    name: 'Tecno',
    aliases: [],
    kind: 'product',
    description: 'Smartphone brand sold in Africa by Transsion.',
    parent: {
      entity: 'transsion',
      citations: [{ source: 'tc-flutterwave-alipay', quote: 'a top-seller of smartphones in Africa under its Tecno brand' }],
    },
    citations: [{ source: 'tc-flutterwave-alipay', quote: 'under its Tecno brand' }],
  },
  {
    id: 'booking-com',
    name: 'Booking.com',
    aliases: [],
    kind: 'company',
    description: 'Online travel-booking company; named as a Flutterwave client.',
    citations: [{ source: 'tc-flutterwave-alipay', quote: 'Existing customers include Uber, Facebook, Booking.com' }],
  },
  {
    id: 'jumia',
    name: 'Jumia',
    aliases: ['Jumia.com'],
    kind: 'company',
    description: 'African e-commerce company described as a unicorn; named as a Flutterwave client.',
    citations: [{ source: 'tc-flutterwave-alipay', quote: 'e-commerce unicorn Jumia.com' }],
  },
  {
    id: 'africa-netrpreneur-prize',
    name: 'Africa Netrpreneur Prize',
    aliases: [],
    kind: 'award',
    description: 'Award for young companies and founders in Africa, announced by Jack Ma.',
    citations: [{ source: 'tc-flutterwave-alipay', quote: 'the $1 million Africa Netrpreneur Prize for African startups and founders' }],
  },

  // ---- tc-aliexpress-russia-jv ----
  {
    id: 'mail-ru-group',
    name: 'Mail.ru Group',
    aliases: ['Mail.ru', 'Mail.Ru', 'Mail.Ru Group'],
    kind: 'company',
    description: 'Russian internet company; a partner in the AliExpress Russia joint venture.',
    citations: [
      { source: 'tc-aliexpress-russia-jv', quote: 'Russian internet giant Mail.ru' },
      { source: 'tc-aliexpress-russia-jv', quote: 'Alibaba, Mail.Ru, Megafon form AliExpress Russia JV' },
    ],
  },
  {
    id: 'megafon',
    name: 'MegaFon',
    aliases: ['Megafon'],
    kind: 'company',
    description: 'Russian mobile operator and investor in Mail.ru Group; a partner in the AliExpress Russia joint venture.',
    citations: [{ source: 'tc-aliexpress-russia-jv', quote: 'Megafon, the mobile operator that is an investor in Mail.ru' }],
  },
  {
    id: 'rdif',
    name: 'Russian Direct Investment Fund',
    aliases: ['RDIF'],
    kind: 'fund',
    description: 'Russian sovereign wealth fund; invested in the AliExpress Russia joint venture.',
    citations: [
      { source: 'tc-aliexpress-russia-jv', quote: 'Russia’s sovereign wealth fund RDIF' },
      { source: 'tc-aliexpress-russia-jv', quote: 'CEO of the Russian Direct Investment Fund (RDIF)' },
    ],
  },
  {
    id: 'aliexpress-russia-jv',
    name: 'AliExpress Russia JV',
    aliases: [],
    kind: 'company',
    description:
      'E-commerce joint venture of Alibaba, MegaFon, Mail.ru Group and RDIF serving Russia and the CIS; majority-controlled by the Russian parties and run by two co-CEOs nominated by Alibaba and Mail.ru.',
    citations: [
      { source: 'tc-aliexpress-russia-jv', quote: 'the three are forming a new operation called AliExpress Russia JV' },
      { source: 'tc-aliexpress-russia-jv', quote: 'it will be majority-controlled by Russian entities' },
    ],
  },
  {
    id: 'aliexpress-russia',
    name: 'AliExpress Russia',
    aliases: [],
    kind: 'business-unit',
    description:
      'Alibaba’s AliExpress marketplace operations in Russia, both local and cross-border, which Alibaba held until it put them into the AliExpress Russia joint venture in 2019.',
    ...putIntoAliExpressRussiaJv(
      'alibaba',
      'Alibaba Group’s current Russia-based domestic and cross-border operations of the global retail marketplace business of AliExpress',
      'Alibaba Group will invest $100 million and contribute AliExpress Russia into the joint venture.',
    ),
    citations: [
      { source: 'tc-aliexpress-russia-jv', quote: 'contribute AliExpress Russia into the joint venture' },
      { source: 'tc-aliexpress-russia-jv', quote: 'Alibaba Group’s current Russia-based domestic and cross-border operations of the global retail marketplace business of AliExpress' },
    ],
  },
  {
    id: 'pandao',
    name: 'Pandao',
    aliases: [],
    kind: 'business-unit',
    description: 'E-commerce business that Mail.ru Group owned until it put it into the AliExpress Russia joint venture in 2019.',
    ...putIntoAliExpressRussiaJv('mail-ru-group', 'Mail.ru Group will also contribute its Pandao e-commerce business'),
    citations: [{ source: 'tc-aliexpress-russia-jv', quote: 'its Pandao e-commerce business' }],
  },
  {
    id: 'yandex',
    name: 'Yandex',
    aliases: [],
    kind: 'company',
    description: 'Russian internet company; combined its ride-sharing business with Uber’s in a joint venture.',
    citations: [{ source: 'tc-aliexpress-russia-jv', quote: 'forming a joint venture with Yandex to continue building out a combined ridesharing business' }],
  },

  // ---- tc-aspire-series-a ----
  {
    id: 'aspire',
    name: 'Aspire',
    aliases: [],
    kind: 'company',
    description:
      'Singapore startup offering SMEs in Southeast Asia a neobank-style platform for fast working-capital credit; operating since January 2018 and founded by Andrea Baronchelli.',
    citations: [
      { source: 'tc-aspire-series-a', quote: 'Aspire, a Singapore-based startup that helps SMEs secure working capital' },
    ],
  },
  {
    id: 'aspire-account',
    name: 'AspireAccount',
    aliases: [],
    kind: 'product',
    description: 'Aspire’s main product: a business account with an instant credit line, B2B acceptance and cash-flow tools.',
    parent: {
      entity: 'aspire',
      citations: [{ source: 'tc-aspire-series-a', quote: 'AspireAccount, the startup’s flagship product' }],
    },
    citations: [{ source: 'tc-aspire-series-a', quote: 'AspireAccount, the startup’s flagship product' }],
  },
  {
    id: 'andrea-baronchelli',
    name: 'Andrea Baronchelli',
    aliases: ['Baronchelli'],
    kind: 'person',
    description: 'Founder and chief executive of Aspire; earlier chief marketing officer of Lazada.',
    citations: [{ source: 'tc-aspire-series-a', quote: 'Andrea Baronchelli, founder and CEO of Aspire' }],
  },
  {
    id: 'massmutual-ventures-south-asia',
    name: 'MassMutual Ventures South Asia',
    aliases: [],
    kind: 'fund',
    description: 'Venture investor that funded Aspire’s Series A.',
    citations: [{ source: 'tc-aspire-series-a', quote: 'was funded by MassMutual Ventures South Asia' }],
  },
  {
    id: 'arc-labs',
    name: 'Arc Labs',
    aliases: [],
    kind: 'fund',
    description: 'Investor that joined Aspire’s Series A.',
    citations: [{ source: 'tc-aspire-series-a', quote: 'Arc Labs and existing investors Y Combinator' }],
  },
  {
    id: 'y-combinator',
    name: 'Y Combinator',
    aliases: ['YC'],
    kind: 'fund',
    description: 'Startup accelerator and investor; Aspire went through its programme.',
    citations: [{ source: 'tc-aspire-series-a', quote: 'Aspire graduated from YC last year' }],
  },
  {
    id: 'hummingbird',
    name: 'Hummingbird',
    aliases: [],
    kind: 'fund',
    description: 'Venture investor; an existing Aspire backer.',
    citations: [{ source: 'tc-aspire-series-a', quote: 'Hummingbird, and Picus Capital also participated in the round' }],
  },
  {
    id: 'picus-capital',
    name: 'Picus Capital',
    aliases: [],
    kind: 'fund',
    description: 'Venture investor; an existing Aspire backer.',
    citations: [{ source: 'tc-aspire-series-a', quote: 'Picus Capital also participated in the round' }],
  },
  {
    id: 'lazada',
    name: 'Lazada',
    aliases: [],
    kind: 'company',
    description: 'Southeast Asian e-commerce platform owned by Alibaba.',
    parent: {
      entity: 'alibaba',
      citations: [{ source: 'tc-aspire-series-a', quote: 'Alibaba’s Lazada platform' }],
    },
    citations: [{ source: 'tc-aspire-series-a', quote: 'a CMO for Alibaba’s Lazada platform for four years' }],
  },
  {
    id: 'niyo-bank',
    name: 'NiYo Bank',
    aliases: [],
    kind: 'company',
    description: 'Indian neobanking startup serving businesses.',
    citations: [{ source: 'tc-aspire-series-a', quote: 'NiYo Bank and Open have amassed millions of businesses' }],
  },
  {
    id: 'open-neobank',
    name: 'Open',
    aliases: [],
    kind: 'company',
    description: 'Indian neobanking startup serving businesses.',
    citations: [{ source: 'tc-aspire-series-a', quote: 'NiYo Bank and Open have amassed millions of businesses through their neo-banking platforms' }],
  },
  {
    id: 'drip-capital',
    name: 'Drip Capital',
    aliases: [],
    kind: 'company',
    description: 'Working-capital lender for businesses in developing markets.',
    citations: [{ source: 'tc-aspire-series-a', quote: 'Drip Capital, which helps businesses in developing markets secure working capital' }],
  },

  // ---- tc-bytedance-smartphone ----
  {
    id: 'lark',
    name: 'Lark',
    aliases: [],
    kind: 'product',
    description: 'Bytedance’s workplace collaboration app.',
    parent: {
      entity: 'bytedance',
      citations: [{ source: 'tc-bytedance-smartphone', quote: 'grow its list of apps to include the likes of work collaboration tool Lark' }],
    },
    citations: [{ source: 'tc-bytedance-smartphone', quote: 'work collaboration tool Lark' }],
  },
  {
    id: 'feiliao',
    name: 'Feiliao',
    aliases: [],
    kind: 'product',
    description: 'Bytedance’s instant-messaging app.',
    parent: {
      entity: 'bytedance',
      citations: [{ source: 'tc-bytedance-smartphone', quote: 'grow its list of apps to include the likes of work collaboration tool Lark, an instant messenger called Feiliao' }],
    },
    citations: [{ source: 'tc-bytedance-smartphone', quote: 'an instant messenger called Feiliao' }],
  },
  {
    id: 'faceu',
    name: 'Faceu',
    aliases: [],
    kind: 'product',
    description: 'Bytedance’s selfie camera app.',
    parent: {
      entity: 'bytedance',
      citations: [{ source: 'tc-bytedance-smartphone', quote: 'Bytedance’s Faceu' }],
    },
    citations: [{ source: 'tc-bytedance-smartphone', quote: 'Bytedance’s Faceu, close on Meitu’s heels' }],
  },
  {
    id: 'bytedance-smartphone',
    name: 'Bytedance smartphone',
    aliases: [],
    kind: 'product',
    description:
      'Handset Bytedance is reported (by the Financial Times, citing two sources) to be developing, with its apps pre-installed; Bytedance declined to comment.',
    parent: {
      entity: 'bytedance',
      citations: [{ source: 'tc-bytedance-smartphone', quote: 'Bytedance is planning to develop its own smartphone, the Financial Times reported' }],
    },
    citations: [{ source: 'tc-bytedance-smartphone', quote: 'TikTok parent Bytedance is reportedly working on its own smartphone' }],
  },
  {
    id: 'smartisan',
    name: 'Smartisan',
    aliases: [],
    kind: 'company',
    description: 'Chinese phone maker that sold some patents and staff to Bytedance.',
    citations: [{ source: 'tc-bytedance-smartphone', quote: 'certain patents and some employees from phone maker Smartisan' }],
  },
  {
    id: 'meitu',
    name: 'Meitu',
    aliases: [],
    kind: 'company',
    description: 'Chinese selfie and photo-editing app maker that also built its own phones before selling that unit to Xiaomi.',
    citations: [{ source: 'tc-bytedance-smartphone', quote: 'selfie app maker Meitu, which builds smartphones pre-loaded with its suite of photo editors' }],
  },
  {
    id: 'meizu',
    name: 'Meizu',
    aliases: [],
    kind: 'company',
    description: 'Chinese handset maker backed by Alibaba, which built a custom operating system for it.',
    citations: [{ source: 'tc-bytedance-smartphone', quote: 'a $590 million investment in Meizu in 2016' }],
  },
  {
    id: 'razor',
    name: 'Razor',
    aliases: [],
    kind: 'company',
    description: 'Gaming smartphone maker (as spelled in the source) that partnered with Tencent.',
    citations: [{ source: 'tc-bytedance-smartphone', quote: 'gaming smartphone maker Razor' }],
  },
  {
    id: 'snow',
    name: 'Snow',
    aliases: [],
    kind: 'company',
    description: 'Owner of the B612 camera app.',
    citations: [{ source: 'tc-bytedance-smartphone', quote: 'Snow-owned camera app B612' }],
  },
  {
    id: 'b612',
    name: 'B612',
    aliases: [],
    kind: 'product',
    description: 'Camera app owned by Snow.',
    parent: {
      entity: 'snow',
      citations: [{ source: 'tc-bytedance-smartphone', quote: 'Snow-owned camera app B612' }],
    },
    citations: [{ source: 'tc-bytedance-smartphone', quote: 'Snow-owned camera app B612' }],
  },
  {
    id: 'chinese-smartphone-makers',
    name: 'Chinese smartphone manufacturers',
    aliases: ['Chinese manufacturers'],
    kind: 'organization',
    description:
      'Collective grouping (not a single company) of China-based phone brands, led by Xiaomi, used by Counterpoint for market-share tallies.',
    citations: [{ source: 'tc-bytedance-smartphone', quote: 'Chinese manufacturers led by Xiaomi' }],
  },

  // ---- tc-carrefour-china-suning ----
  {
    id: 'carrefour',
    name: 'Carrefour',
    aliases: [],
    kind: 'company',
    description: 'European retail group, the largest in Europe.',
    citations: [{ source: 'tc-carrefour-china-suning', quote: 'Carrefour, which is Europe’s largest retailer' }],
  },
  {
    id: 'carrefour-china',
    name: 'Carrefour China',
    aliases: [],
    kind: 'business-unit',
    description: 'Carrefour’s China retail business of hypermarkets and convenience stores; Carrefour agreed in 2019 to sell 80% of it to Suning, a sale set to close by the end of that year.',
    // Still Carrefour's: the sale of 80% to Suning is pending (suning-acquires-80-percent-of-carrefour-china-2019),
    // so Suning becomes its parent, and Carrefour a former parent, only once a source tells the sale closed.
    parent: {
      entity: 'carrefour',
      citations: [
        { source: 'tc-carrefour-china-suning', quote: 'sold a majority 80% stake in its China-based business to Chinese retailer Suning', fields: ['entity'] },
        { source: 'tc-carrefour-china-suning', quote: 'it is set to close by the end of this year', fields: ['entity'], derivation: 'the sale has not closed, so Carrefour still owns the business' },
      ],
    },
    citations: [{ source: 'tc-carrefour-china-suning', quote: 'Carrefour China’s retail presence could boost Suning’s offline reach' }],
  },
  {
    id: 'suning',
    name: 'Suning',
    aliases: [],
    kind: 'company',
    description: 'Chinese retailer that began as a home-appliance store in 1990, with a large physical store network and an e-commerce business.',
    citations: [
      { source: 'tc-carrefour-china-suning', quote: 'Suning started in 1990 as a home appliance retail store' },
    ],
  },
  {
    id: 'sun-art',
    name: 'Sun Art',
    aliases: [],
    kind: 'company',
    description: 'Traditional Chinese retail chain that Alibaba backed in 2017.',
    citations: [{ source: 'tc-carrefour-china-suning', quote: 'the $2.88 billion offer for Sun Art in 2017' }],
  },
  {
    id: 'hippofresh',
    name: 'Hippofresh',
    aliases: [],
    kind: 'product',
    description: 'Alibaba’s grocery store format blending online and offline shopping.',
    parent: {
      entity: 'alibaba',
      citations: [{ source: 'tc-carrefour-china-suning', quote: 'Alibaba’s Hippofresh store combines online and offline commerce' }],
    },
    citations: [{ source: 'tc-carrefour-china-suning', quote: 'Alibaba’s Hippofresh store' }],
  },
  {
    id: 'walmart',
    name: 'Walmart',
    aliases: [],
    kind: 'company',
    description: 'US retailer that left China by selling its local business to JD.com and stayed a JD partner.',
    citations: [{ source: 'tc-carrefour-china-suning', quote: 'Walmart sold its China-based business to JD.com' }],
  },
  {
    id: 'dada-jd-daojia',
    name: 'Dada-JD Daojia',
    aliases: [],
    kind: 'company',
    description: 'Online-to-offline grocery service, part-owned by JD.com (stake not stated).',
    parent: {
      entity: 'jd-com',
      citations: [{ source: 'tc-carrefour-china-suning', quote: 'an online-to-offline grocery business which is part-owned by JD.com' }],
    },
    citations: [{ source: 'tc-carrefour-china-suning', quote: 'a $500 million investment in Dada-JD Daojia' }],
  },
] as const satisfies readonly EntityRecord[];
