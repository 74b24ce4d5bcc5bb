import type { DealRecord, MetricRecord, RuleRecord } from '../define.js';

// Records told in source `tc-bytedance-smartphone`.

const SRC = 'tc-bytedance-smartphone';

export const deals = [
  {
    id: 'bytedance-acquires-smartisan-patents-2019',
    kind: 'acquisition',
    status: 'completed',
    parties: [
      { entity: 'bytedance', role: 'acquirer' },
      { entity: 'smartisan', role: 'seller' },
    ],
    amounts: [],
    date: '2019-01',
    dateBasis: "the article's publication date, 2019; Bytedance confirmed the purchase 'in January'",
    summary:
      'Bytedance bought some Smartisan patents and hired some of its staff, saying it wanted to explore education, though the move gives it hardware know-how for its reported smartphone plans.',
    citations: [
      { source: SRC, quote: 'The company confirmed in January that it has acquired certain patents and some employees from phone maker Smartisan', fields: ['kind', 'status', 'date'] },
      { source: SRC, quote: 'the deal was done to “explore the education business.”' },
      { source: SRC, quote: 'There were early clues to Bytedance’s smartphone endeavor.' },
    ],
  },
  {
    id: 'meitu-sells-smartphone-business-to-xiaomi',
    kind: 'divestment',
    status: 'completed',
    parties: [
      { entity: 'meitu', role: 'seller' },
      { entity: 'xiaomi', role: 'buyer' },
    ],
    amounts: [],
    summary: 'Meitu recently sold its smartphone segment to Xiaomi, which hopes to win more female and new users.',
    citations: [
      { source: SRC, quote: 'recently sold this segment to Xiaomi as the latter tries to capture more female users and newcomers', fields: ['kind', 'status'] },
    ],
  },
  {
    id: 'alibaba-invests-in-meizu-2016',
    kind: 'investment',
    status: 'completed',
    parties: [
      { entity: 'alibaba', role: 'investor', contribution: { description: 'cash plus building a tailored operating system for Meizu handsets' } },
      { entity: 'meizu', role: 'investee' },
    ],
    amounts: [{ value: 590000000, currency: 'USD', label: 'investment' }],
    date: '2016',
    summary: 'Alibaba put $590 million into handset maker Meizu and took on building a custom operating system for its phones.',
    citations: [
      { source: SRC, quote: 'a $590 million investment in Meizu in 2016', fields: ['amounts[0].value', 'date'] },
      { source: SRC, quote: 'develop a tailored operating system for the handset maker', fields: ['parties[0].contribution'] },
    ],
  },
  {
    id: 'tencent-razor-partnership-2019',
    kind: 'partnership',
    status: 'completed',
    parties: [
      { entity: 'tencent', role: 'partner' },
      { entity: 'razor', role: 'partner' },
    ],
    amounts: [],
    date: '2019-03',
    dateBasis: "the article's publication date, 2019; the source says 'in March'",
    summary: 'Tencent struck a multi-part tie-up with gaming phone maker Razor that includes hardware.',
    citations: [
      {
        source: SRC,
        quote: 'More recently in March, WeChat owner Tencent teamed up with gaming smartphone maker Razor on a number of initiatives that cover hardware.',
        fields: ['kind', 'date'],
      },
    ],
  },
  {
    id: 'bytedance-smartisan-potential-alliance',
    kind: 'partnership',
    status: 'considered',
    evidence: 'implied',
    evidenceNote:
      'The article calls Smartisan Bytedance’s "potential ally" after Bytedance bought some of its patents and staff; neither company is said to plan an alliance.',
    parties: [
      { entity: 'bytedance', role: 'partner' },
      { entity: 'smartisan', role: 'partner' },
    ],
    amounts: [],
    summary: 'The article sees Smartisan, whose patents and staff Bytedance took on, as a potential ally of Bytedance in smartphones, in India as at home.',
    citations: [
      { source: SRC, quote: 'Bytedance, alongside its potential ally Smartisan', fields: ['kind', 'status'] },
      { source: SRC, quote: 'At the very least, the tie-up confers hardware development capability on the mobile internet upstart.' },
    ],
  },
] as const satisfies readonly DealRecord[];

export const metrics = [
  {
    id: 'tiktok-worldwide-app-ranking-2019',
    entity: 'tiktok',
    metric: 'rank',
    value: 1,
    unit: 'rank',
    asOf: '2019',
    dateBasis: "the article's publication date, 2019; the source says 'in the last handful of months'",
    qualifier: 'reported',
    scope: 'worldwide app ranking, repeatedly over recent months',
    summary: 'TikTok has repeatedly been the top app in global rankings in recent months.',
    citations: [
      {
        source: SRC,
        quote: 'TikTok has consistently topped the worldwide app ranking in the last handful of months',
        fields: ['value'],
        derivation: 'rank 1 from "topped" the ranking',
      },
    ],
  },
  {
    id: 'chinese-smartphone-makers-india-market-share-q1-2019',
    entity: 'chinese-smartphone-makers',
    metric: 'market-share',
    value: 66,
    unit: 'percent',
    period: { from: '2019-01', to: '2019-03', label: 'first quarter' },
    dateBasis: "the article's publication date, 2019; the source says 'in the first quarter'",
    qualifier: 'reported',
    scope: 'India smartphone market, Chinese brands combined (led by Xiaomi), per Counterpoint',
    summary: 'Combined share of India’s smartphone market held by Chinese brands, with Xiaomi in front, according to Counterpoint.',
    citations: [
      { source: SRC, quote: 'Chinese manufacturers led by Xiaomi controlled a whopping 66 percent of India’s smartphone market', fields: ['value'] },
      { source: SRC, quote: 'A research done by Counterpoint found that in the first quarter', fields: ['period'] },
    ],
  },
  {
    id: 'xiaomi-rank-chinese-brands-india-q1-2019',
    entity: 'xiaomi',
    metric: 'rank',
    value: 1,
    unit: 'rank',
    period: { from: '2019-01', to: '2019-03', label: 'first quarter' },
    dateBasis: "the article's publication date, 2019; the source says 'in the first quarter'",
    qualifier: 'reported',
    scope: 'India smartphone market, among Chinese brands, per Counterpoint',
    summary: 'Xiaomi led the Chinese phone brands that together held two thirds of India’s smartphone market.',
    citations: [{ source: SRC, quote: 'Chinese manufacturers led by Xiaomi', fields: ['value'], derivation: 'rank 1 among the Chinese brands from "led by Xiaomi"' }],
  },
] as const satisfies readonly MetricRecord[];

export const rules = [] as const satisfies readonly RuleRecord[];
