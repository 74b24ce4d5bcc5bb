import type { DealRecord, MetricRecord, RuleRecord } from '../define.js';

// Records told in source `tc-splyt-series-a`.

const SRC = 'tc-splyt-series-a';

const PARTNERS =
  'Splyt has partnerships with Chinese travel app Ctrip, Careem — the Middle East-based service being acquired by Uber — Gett and car rental service Cartrawler';

export const deals = [
  {
    id: 'splyt-series-a-2019',
    kind: 'funding-round',
    status: 'completed',
    parties: [
      { entity: 'splyt', role: 'investee' },
      {
        entity: 'grab',
        role: 'investor',
        contribution: { description: 'Took part in the round alongside undisclosed existing family offices and angel investors.' },
      },
    ],
    amounts: [{ value: 8000000, currency: 'USD', label: 'Series A round size' }],
    date: '2019',
    dateBasis: "article published 2019; the source says the close was announced 'this week'",
    summary:
      'UK ride-hailing roaming startup Splyt closed an $8 million Series A from unnamed family offices and angels, with Grab also participating.',
    citations: [
      {
        source: SRC,
        quote: 'closed an $8 million Series A round from a range of undisclosed (and existing) family offices and angel investors',
      },
      { source: SRC, quote: 'the round included participation from Southeast Asian ride-hailing company Grab' },
    ],
  },
  {
    id: 'splyt-grab-partnership-2019',
    kind: 'partnership',
    status: 'announced',
    parties: [
      { entity: 'splyt', role: 'partner' },
      { entity: 'grab', role: 'partner' },
    ],
    amounts: [],
    date: '2019',
    dateBasis: 'announced with the Series A in 2019; the integration abroad is due from early 2020',
    summary:
      'As part of its investment Grab becomes a Splyt partner, letting Grab users book rides from other providers abroad from early 2020.',
    citations: [
      { source: SRC, quote: 'The deal will see Grab become a Splyt partner' },
      { source: SRC, quote: 'Grab is scheduled to work overseas from early 2020' },
    ],
  },
  {
    id: 'splyt-alipay-ride-hailing-integration',
    kind: 'partnership',
    status: 'completed',
    parties: [
      { entity: 'splyt', role: 'partner' },
      { entity: 'alipay', role: 'partner' },
    ],
    amounts: [],
    summary:
      'Splyt connected Alipay to ride-hailing networks so Alipay users in Southeast Asia can book Grab taxis without installing Grab; the integration is live.',
    citations: [
      { source: SRC, quote: 'a similar rollout with Alipay, the digital wallet app run by Alibaba affiliate Ant Financial' },
      { source: SRC, quote: 'The integration is already live within Alipay for Southeast Asia' },
    ],
  },
  {
    id: 'splyt-ctrip-partnership',
    kind: 'partnership',
    status: 'completed',
    parties: [
      { entity: 'splyt', role: 'partner' },
      { entity: 'ctrip', role: 'partner' },
    ],
    amounts: [],
    summary: 'Travel app Ctrip is among Splyt’s existing ride-hailing integration partners.',
    citations: [{ source: SRC, quote: PARTNERS }],
  },
  {
    id: 'splyt-careem-partnership',
    kind: 'partnership',
    status: 'completed',
    parties: [
      { entity: 'splyt', role: 'partner' },
      { entity: 'careem', role: 'partner' },
    ],
    amounts: [],
    summary: 'Middle Eastern ride-hailing firm Careem is among Splyt’s existing partners.',
    citations: [{ source: SRC, quote: PARTNERS }],
  },
  {
    id: 'splyt-gett-partnership',
    kind: 'partnership',
    status: 'completed',
    parties: [
      { entity: 'splyt', role: 'partner' },
      { entity: 'gett', role: 'partner' },
    ],
    amounts: [],
    summary: 'Gett is among Splyt’s existing ride-hailing partners.',
    citations: [{ source: SRC, quote: PARTNERS }],
  },
  {
    id: 'splyt-cartrawler-partnership',
    kind: 'partnership',
    status: 'completed',
    parties: [
      { entity: 'splyt', role: 'partner' },
      { entity: 'cartrawler', role: 'partner' },
    ],
    amounts: [],
    summary: 'Car-rental service Cartrawler gained a ride-hailing option through its tie-up with Splyt.',
    citations: [{ source: SRC, quote: 'car rental service Cartrawler, which added ride-hailing via the tie-up' }],
  },
  {
    id: 'grab-acquires-uber-southeast-asia-2018',
    kind: 'acquisition',
    status: 'completed',
    parties: [
      { entity: 'grab', role: 'acquirer' },
      { entity: 'uber', role: 'seller' },
    ],
    amounts: [],
    date: '2018',
    dateBasis: "article published 2019; the source says 'last year'",
    summary: 'Grab took over Uber’s Southeast Asian operations as Uber withdrew from the region.',
    citations: [
      { source: SRC, quote: 'which acquired Uber’s regional business last year' },
      { source: SRC, quote: 'Uber’s decision to exit markets like China, Southeast Asia and Russia' },
    ],
  },
  {
    id: 'uber-exits-russia',
    kind: 'divestment',
    status: 'completed',
    parties: [{ entity: 'uber', role: 'seller' }],
    amounts: [],
    summary: 'Uber pulled out of the Russian ride-hailing market (counterparty not named in the source).',
    citations: [{ source: SRC, quote: 'Uber’s decision to exit markets like China, Southeast Asia and Russia' }],
  },
  {
    id: 'uber-acquires-careem',
    kind: 'acquisition',
    status: 'pending',
    parties: [
      { entity: 'uber', role: 'acquirer' },
      { entity: 'careem', role: 'target' },
    ],
    amounts: [],
    date: '2019',
    dateBasis: 'article published 2019; the deal was still in progress',
    summary: 'Uber is in the process of buying Middle East ride-hailing company Careem.',
    citations: [{ source: SRC, quote: 'Careem — the Middle East-based service being acquired by Uber' }],
  },
  {
    id: 'uber-invests-in-didi',
    kind: 'investment',
    status: 'completed',
    parties: [
      { entity: 'uber', role: 'investor' },
      { entity: 'didi', role: 'investee' },
    ],
    amounts: [],
    summary: 'Uber holds an investment in Didi, one of the cross-holdings among ride-hailing rivals.',
    citations: [{ source: SRC, quote: 'Uber and Didi, in particular, are investors in many competing services and each other' }],
  },
  {
    id: 'didi-invests-in-uber',
    kind: 'investment',
    status: 'completed',
    parties: [
      { entity: 'didi', role: 'investor' },
      { entity: 'uber', role: 'investee' },
    ],
    amounts: [],
    summary: 'Didi in turn holds an investment in Uber.',
    citations: [{ source: SRC, quote: 'Uber and Didi, in particular, are investors in many competing services and each other' }],
  },
] as const satisfies readonly DealRecord[];

export const metrics = [
  {
    id: 'grab-valuation-2019',
    entity: 'grab',
    metric: 'valuation',
    value: 14000000000,
    unit: 'USD',
    asOf: '2019',
    dateBasis: 'article published 2019',
    qualifier: 'reported',
    summary: 'Grab carried a $14 billion valuation.',
    citations: [{ source: SRC, quote: 'the firm valued at $14 billion' }],
  },
  {
    id: 'splyt-cities-reach-2019',
    entity: 'splyt',
    metric: 'cities',
    value: 2000,
    unit: 'cities',
    asOf: '2019',
    dateBasis: 'article published 2019',
    qualifier: 'approximate',
    scope: 'reach through existing partners',
    summary: 'Through its current partners Splyt reaches roughly 2,000 cities.',
    citations: [{ source: SRC, quote: 'the existing partner base already gives Splyt reach into some 2,000 cities' }],
  },
  {
    id: 'splyt-singapore-headcount-target-2019',
    entity: 'splyt',
    metric: 'employees',
    value: 15,
    unit: 'employees',
    asOf: '2019',
    dateBasis: "article published 2019; the source says 'this year'",
    qualifier: 'projection',
    scope: 'Singapore office',
    summary: 'Splyt’s CEO expects its Singapore office to grow to 15 staff, mainly engineers, during the year.',
    citations: [{ source: SRC, quote: 'he expects headcount in Singapore will reach 15 this year, mostly on the tech side' }],
  },
  {
    id: 'splyt-headcount-target-2019',
    entity: 'splyt',
    metric: 'employees',
    value: 50,
    unit: 'employees',
    asOf: '2019-12',
    dateBasis: "article published 2019; the source says 'by the end of this year'",
    qualifier: 'projection',
    scope: 'whole company',
    summary: 'Splyt is expected to have 50 employees in total by the end of 2019.',
    citations: [{ source: SRC, quote: 'overall the company is predicted to grow to 50 people by the end of this year' }],
  },
  {
    id: 'splyt-weekly-growth-2019',
    entity: 'splyt',
    metric: 'growth',
    value: 100,
    unit: 'percent',
    asOf: '2019',
    dateBasis: "article published 2019; the source says 'since May'",
    qualifier: 'claimed',
    scope: 'week over week, since May 2019',
    summary: 'Splyt says its business has been doubling every week since May.',
    citations: [{ source: SRC, quote: 'Splyt is seeing growth double on a weekly basis since May' }],
  },
  {
    id: 'splyt-repeat-use-rate',
    entity: 'splyt',
    metric: 'share',
    value: 90,
    unit: 'percent',
    asOf: '2019',
    dateBasis: 'article published 2019',
    qualifier: 'claimed',
    scope: 'repeat use through partners, in some areas',
    summary: 'In certain areas 90% of Splyt-powered riders come back to use the service again, according to its CEO.',
    citations: [{ source: SRC, quote: 'the service is seeing a 90 percent repeat use through its partners' }],
  },
] as const satisfies readonly MetricRecord[];

export const rules = [] as const satisfies readonly RuleRecord[];
