import type { DealRecord, MetricRecord, RuleRecord } from '../define.js';

// Records told in source `tc-aliexpress-russia-jv`.

const SRC = 'tc-aliexpress-russia-jv';
const CLOSED_BASIS =
  "the article's publication date, 2019; the source says the closing was announced 'today', nearly eight months after the September 2018 announcement";

export const deals = [
  {
    id: 'aliexpress-russia-jv-2019',
    kind: 'joint-venture',
    status: 'completed',
    parties: [
      {
        entity: 'alibaba',
        role: 'partner',
        contribution: {
          description:
            'invests cash and puts in AliExpress Russia, i.e. its AliExpress marketplace operations in Russia, both local and cross-border; nominates one of the two co-CEOs (its own JV stake is not stated)',
          amount: { value: 100000000, currency: 'USD', label: 'Alibaba cash investment' },
        },
      },
      {
        entity: 'megafon',
        role: 'partner',
        stake: 24.3,
        votingStake: 30.2,
        contribution: {
          description:
            'hands the Mail.ru Group shares it held (9.97% economic interest) to Alibaba in the separate divestment deal, then holds its JV stake; brings no e-commerce business',
        },
      },
      {
        entity: 'mail-ru-group',
        role: 'partner',
        stake: 15,
        votingStake: 18.7,
        contribution: {
          description: 'puts in its Pandao e-commerce business plus cash in exchange for its JV stake; nominates one of the two co-CEOs',
          amount: { value: 182000000, currency: 'USD', label: 'Mail.ru Group cash investment' },
        },
      },
      {
        entity: 'rdif',
        role: 'investor',
        // The source states RDIF's stakes only as they stand once its option on more shares is
        // exercised; those belong to the option deal, so no stake is asserted here.
        contribution: {
          description:
            'invests cash in the JV and may buy further JV shares from Alibaba for $194 million (the separate option deal); its stake before that option is exercised is not stated',
          amount: { value: 100000000, currency: 'USD', label: 'RDIF investment' },
        },
      },
      { entity: 'aliexpress-russia-jv', role: 'venture' },
      { entity: 'aliexpress-russia', role: 'target' },
      { entity: 'pandao', role: 'target' },
    ],
    amounts: [
      { value: 2000000000, currency: 'USD', qualifier: 'in-the-region-of', label: 'estimated value of the joint venture' },
      { value: 100000000, currency: 'USD', label: 'Alibaba investment' },
      { value: 182000000, currency: 'USD', label: 'Mail.ru Group cash investment' },
      { value: 100000000, currency: 'USD', label: 'RDIF investment' },
    ],
    date: '2019',
    dateBasis: CLOSED_BASIS,
    summary:
      'Alibaba, MegaFon and Mail.ru Group, with sovereign fund RDIF, closed the AliExpress Russia joint venture (first announced in September 2018) to build e-commerce for Russia and the CIS; Russian parties hold majority control and Alibaba and Mail.ru each nominate a co-CEO.',
    citations: [
      { source: SRC, quote: 'After announcing plans in September 2018 to build a joint venture together', fields: ['kind'] },
      { source: SRC, quote: 'Mail.ru, Megafon and China’s Alibaba announced that the deal has closed', fields: ['status', 'date'] },
      { source: SRC, quote: 'The joint effort is estimated to have a value in the region of $2 billion.', fields: ['amounts[0].value', 'amounts[0].qualifier'] },
      {
        source: SRC,
        quote: 'Alibaba Group will invest $100 million and contribute AliExpress Russia into the joint venture.',
        fields: ['amounts[1].value', 'parties[0].contribution.amount.value', 'parties[5].role'],
      },
      { source: SRC, quote: 'It will then own 24.3% of the AliExpress Russia JV with 30.2% voting rights.', fields: ['parties[1].stake', 'parties[1].votingStake'] },
      {
        source: SRC,
        quote:
          'Mail.ru Group will also contribute its Pandao e-commerce business and cash investments of $182 million in exchange for a 15% stake in the AliExpress Russia JV with 18.7% voting rights.',
        fields: ['amounts[2].value', 'parties[2].contribution.amount.value', 'parties[2].stake', 'parties[2].votingStake', 'parties[6].role'],
      },
      { source: SRC, quote: 'RDIF will invest $100 million into the AliExpress Russia JV', fields: ['amounts[3].value', 'parties[3].contribution.amount.value', 'parties[3].role'] },
      { source: SRC, quote: 'Alibaba and Mail.ru will respectively nominate a CEO each for the JV and they will run it jointly.', fields: ['parties[0].contribution', 'parties[2].contribution'] },
      { source: SRC, quote: 'it will be majority-controlled by Russian entities' },
    ],
  },
  {
    id: 'megafon-sells-mail-ru-stake-to-alibaba-2019',
    kind: 'divestment',
    // one of the "moving pieces" of the JV transaction, which the source says has closed
    status: 'completed',
    parties: [
      { entity: 'megafon', role: 'seller' },
      { entity: 'alibaba', role: 'buyer', stake: 9.97 },
      { entity: 'mail-ru-group', role: 'target' },
    ],
    amounts: [],
    date: '2019',
    dateBasis: CLOSED_BASIS,
    summary: 'As one step of the AliExpress Russia JV transaction, which has closed, MegaFon sells the Mail.ru Group shares it owned (a 9.97% economic interest) to Alibaba.',
    citations: [
      { source: SRC, quote: 'MegaFon will sell its 9.97% economic stake in Mail.ru Group to Alibaba Group.', fields: ['parties[1].stake', 'parties[0].role', 'parties[1].role'] },
      { source: SRC, quote: 'The operation has several moving pieces, which is one reason why it’s taken nearly eight months to bring it all together and close the deal', fields: ['status'] },
    ],
  },
  {
    id: 'rdif-option-aliexpress-russia-jv-shares-2019',
    kind: 'option',
    status: 'announced',
    parties: [
      {
        entity: 'rdif',
        role: 'buyer',
        stake: 12.9,
        votingStake: 9.6,
        contribution: { description: 'may pay for additional JV shares', amount: { value: 194000000, currency: 'USD', label: 'option price for additional shares' } },
      },
      { entity: 'alibaba', role: 'seller' },
      { entity: 'aliexpress-russia-jv', role: 'target' },
    ],
    amounts: [{ value: 194000000, currency: 'USD', label: 'price of additional JV shares under the option' }],
    date: '2019',
    dateBasis: CLOSED_BASIS,
    summary:
      'RDIF holds an option to buy more AliExpress Russia JV shares from Alibaba for $194 million; once exercised, RDIF would have a 12.9% economic and 9.6% voting stake.',
    citations: [
      {
        source: SRC,
        quote: 'may further acquire additional shares of the joint venture from Alibaba Group for $194 million.',
        fields: ['amounts[0].value', 'parties[0].contribution.amount.value', 'parties[1].role'],
      },
      { source: SRC, quote: 'Upon the exercise of the option', fields: ['kind'] },
      {
        source: SRC,
        quote: 'the RDIF will own economic and voting stakes in the joint venture of 12.9% and 9.6%, respectively',
        fields: ['parties[0].stake', 'parties[0].votingStake'],
      },
    ],
  },
  {
    id: 'megafon-invests-in-mail-ru-group',
    kind: 'investment',
    status: 'completed',
    parties: [
      { entity: 'megafon', role: 'investor', stake: 9.97 },
      { entity: 'mail-ru-group', role: 'investee' },
    ],
    amounts: [],
    summary:
      'Before the JV deal MegaFon was a shareholder of Mail.ru Group with a 9.97% economic stake (how and when it invested is not stated).',
    citations: [
      { source: SRC, quote: 'Megafon, the mobile operator that is an investor in Mail.ru', fields: ['kind', 'parties[0].role'] },
      { source: SRC, quote: 'MegaFon will sell its 9.97% economic stake in Mail.ru Group', fields: ['parties[0].stake'] },
    ],
  },
  {
    id: 'uber-yandex-ridesharing-jv',
    kind: 'joint-venture',
    status: 'completed',
    parties: [
      { entity: 'uber', role: 'partner' },
      { entity: 'yandex', role: 'partner' },
    ],
    amounts: [],
    summary: 'Uber combined its ride-sharing business with Yandex’s in a joint venture to keep growing in the region.',
    citations: [
      {
        source: SRC,
        quote: 'Uber faced a similar challenge before forming a joint venture with Yandex to continue building out a combined ridesharing business',
        fields: ['kind', 'status'],
      },
    ],
  },
] as const satisfies readonly DealRecord[];

const JV_ASOF_BASIS = "the article's publication date, 2019; stakes set when the JV closed ('today')";

export const metrics = [
  {
    id: 'aliexpress-russia-jv-estimated-value-2019',
    derivedFrom: 'aliexpress-russia-jv-2019',
    entity: 'aliexpress-russia-jv',
    metric: 'valuation',
    value: 2000000000,
    unit: 'USD',
    asOf: '2019',
    dateBasis: JV_ASOF_BASIS,
    qualifier: 'estimate',
    summary: 'Estimated value of the combined AliExpress Russia venture (around $2 billion).',
    citations: [{ source: SRC, quote: 'The joint effort is estimated to have a value in the region of $2 billion.', fields: ['value'] }],
  },
  {
    id: 'megafon-aliexpress-russia-jv-stake-2019',
    derivedFrom: 'aliexpress-russia-jv-2019',
    entity: 'megafon',
    metric: 'stake',
    value: 24.3,
    unit: 'percent',
    asOf: '2019',
    dateBasis: JV_ASOF_BASIS,
    qualifier: 'reported',
    scope: 'economic stake in AliExpress Russia JV',
    summary: 'MegaFon’s economic share of the AliExpress Russia JV.',
    citations: [{ source: SRC, quote: 'It will then own 24.3% of the AliExpress Russia JV with 30.2% voting rights.', fields: ['value'] }],
  },
  {
    id: 'megafon-aliexpress-russia-jv-voting-stake-2019',
    derivedFrom: 'aliexpress-russia-jv-2019',
    entity: 'megafon',
    metric: 'voting-stake',
    value: 30.2,
    unit: 'percent',
    asOf: '2019',
    dateBasis: JV_ASOF_BASIS,
    qualifier: 'reported',
    scope: 'voting rights in AliExpress Russia JV',
    summary: 'MegaFon’s share of voting rights in the AliExpress Russia JV.',
    citations: [{ source: SRC, quote: 'It will then own 24.3% of the AliExpress Russia JV with 30.2% voting rights.', fields: ['value'] }],
  },
  {
    id: 'mail-ru-group-aliexpress-russia-jv-stake-2019',
    derivedFrom: 'aliexpress-russia-jv-2019',
    entity: 'mail-ru-group',
    metric: 'stake',
    value: 15,
    unit: 'percent',
    asOf: '2019',
    dateBasis: JV_ASOF_BASIS,
    qualifier: 'reported',
    scope: 'economic stake in AliExpress Russia JV',
    summary: 'Mail.ru Group’s economic share of the AliExpress Russia JV.',
    citations: [{ source: SRC, quote: 'in exchange for a 15% stake in the AliExpress Russia JV with 18.7% voting rights', fields: ['value'] }],
  },
  {
    id: 'mail-ru-group-aliexpress-russia-jv-voting-stake-2019',
    derivedFrom: 'aliexpress-russia-jv-2019',
    entity: 'mail-ru-group',
    metric: 'voting-stake',
    value: 18.7,
    unit: 'percent',
    asOf: '2019',
    dateBasis: JV_ASOF_BASIS,
    qualifier: 'reported',
    scope: 'voting rights in AliExpress Russia JV',
    summary: 'Mail.ru Group’s share of voting rights in the AliExpress Russia JV.',
    citations: [{ source: SRC, quote: 'in exchange for a 15% stake in the AliExpress Russia JV with 18.7% voting rights', fields: ['value'] }],
  },
  {
    id: 'rdif-aliexpress-russia-jv-stake-after-option',
    derivedFrom: 'rdif-option-aliexpress-russia-jv-shares-2019',
    entity: 'rdif',
    metric: 'stake',
    value: 12.9,
    unit: 'percent',
    qualifier: 'projection',
    scope: 'economic stake in AliExpress Russia JV, once the option to buy more shares is exercised',
    summary: 'RDIF’s economic share of the AliExpress Russia JV after exercising its option on extra shares.',
    citations: [
      { source: SRC, quote: 'the RDIF will own economic and voting stakes in the joint venture of 12.9% and 9.6%, respectively', fields: ['value'] },
    ],
  },
  {
    id: 'rdif-aliexpress-russia-jv-voting-stake-after-option',
    derivedFrom: 'rdif-option-aliexpress-russia-jv-shares-2019',
    entity: 'rdif',
    metric: 'voting-stake',
    value: 9.6,
    unit: 'percent',
    qualifier: 'projection',
    scope: 'voting rights in AliExpress Russia JV, once the option to buy more shares is exercised',
    summary: 'RDIF’s share of voting rights in the AliExpress Russia JV after exercising its option on extra shares.',
    citations: [
      { source: SRC, quote: 'the RDIF will own economic and voting stakes in the joint venture of 12.9% and 9.6%, respectively', fields: ['value'] },
    ],
  },
  {
    id: 'megafon-mail-ru-group-stake-before-sale',
    derivedFrom: 'megafon-invests-in-mail-ru-group',
    entity: 'megafon',
    metric: 'stake',
    value: 9.97,
    unit: 'percent',
    asOf: '2019',
    dateBasis: "the article's publication date, 2019; holding before its sale to Alibaba in the JV transaction",
    qualifier: 'reported',
    scope: 'economic stake in Mail.ru Group',
    summary: 'MegaFon’s economic stake in Mail.ru Group, which it is selling to Alibaba.',
    citations: [{ source: SRC, quote: 'MegaFon will sell its 9.97% economic stake in Mail.ru Group to Alibaba Group.', fields: ['value'] }],
  },
  {
    id: 'alibaba-mail-ru-group-stake-2019',
    derivedFrom: 'megafon-sells-mail-ru-stake-to-alibaba-2019',
    entity: 'alibaba',
    metric: 'stake',
    value: 9.97,
    unit: 'percent',
    asOf: '2019',
    dateBasis: "the article's publication date, 2019; holding bought from MegaFon as part of the JV transaction",
    qualifier: 'reported',
    scope: 'economic stake in Mail.ru Group',
    summary: 'Economic stake in Mail.ru Group that Alibaba takes over from MegaFon in the JV transaction.',
    citations: [{ source: SRC, quote: 'MegaFon will sell its 9.97% economic stake in Mail.ru Group to Alibaba Group.', fields: ['value'] }],
  },
  {
    id: 'megafon-customers-2019',
    entity: 'megafon',
    metric: 'customers',
    min: 76000000,
    unit: 'customers',
    asOf: '2019',
    dateBasis: "the article's publication date, 2019",
    qualifier: 'claimed',
    summary: 'MegaFon’s customer base, as stated by its CEO.',
    citations: [{ source: SRC, quote: 'creating new opportunities for over 76 million customers', fields: ['min'] }],
  },
  {
    id: 'alibaba-target-profitable-small-businesses',
    entity: 'alibaba',
    metric: 'companies',
    value: 10000000,
    unit: 'companies',
    qualifier: 'target',
    scope: 'worldwide, small businesses helped to reach profitability',
    summary: 'Alibaba’s stated aim for how many small businesses it helps become profitable.',
    citations: [{ source: SRC, quote: 'our goal of supporting 10 million small businesses reach profitability', fields: ['value'] }],
  },
  {
    id: 'alibaba-target-consumers-served',
    entity: 'alibaba',
    metric: 'customers',
    value: 2000000000,
    unit: 'customers',
    qualifier: 'target',
    scope: 'worldwide, consumers served',
    summary: 'Alibaba’s stated aim for the number of consumers it serves globally.',
    citations: [{ source: SRC, quote: 'our goal of supporting 10 million small businesses reach profitability and serving 2 billion consumers', fields: ['value'] }],
  },
  {
    id: 'aliexpress-russia-jv-closing-duration',
    entity: 'aliexpress-russia-jv',
    metric: 'duration',
    max: 8,
    unit: 'months',
    period: { from: '2018-09', to: '2019' },
    dateBasis: CLOSED_BASIS,
    qualifier: 'approximate',
    scope: 'from the September 2018 announcement of plans to the closing of the joint-venture deal',
    summary: 'Bringing the AliExpress Russia JV together and closing the deal took nearly eight months.',
    citations: [
      { source: SRC, quote: 'it’s taken nearly eight months to bring it all together and close the deal', fields: ['max'] },
      { source: SRC, quote: 'After announcing plans in September 2018 to build a joint venture together', fields: ['period'] },
    ],
  },
] as const satisfies readonly MetricRecord[];

export const rules = [] as const satisfies readonly RuleRecord[];
