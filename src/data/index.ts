// data/ — the records of the dataset, as cited in its sources, frozen. May import: schema/, the
// shared `_lib/`, errors; query/ reads it.
import { deepFreeze } from './deep-freeze.js';
import { alibabaGroupEntities } from './entities/alibaba-group.js';
import { commerceAndPaymentsEntities } from './entities/commerce-and-payments.js';
import { marketsAlibabaAndXiamiEntities } from './entities/markets-alibaba-and-xiami.js';
import { coreEntities } from './entities/core.js';
import { marketsAfricaMobilityAndAsiaEntities } from './entities/markets-africa-mobility-and-asia.js';
import { marketsDevicesRetailAndTencentEntities } from './entities/markets-devices-retail-and-tencent.js';
import { mobilityCloudAndFundsEntities } from './entities/mobility-cloud-and-funds.js';
import { xiamiEraEntities } from './entities/xiami-era.js';
import { xiaomiEcosystemEntities } from './entities/xiaomi-ecosystem.js';
import * as xiamiAcquisitionRumor from './records/xiami-acquisition-rumor.js';
import * as sinaTechXiamiNewOrder from './records/sina-tech-xiami-new-order.js';
import * as xiaomiEcosystemValueExchange from './records/xiaomi-ecosystem-value-exchange.js';
import * as alibabaSeriesPart2 from './records/alibaba-series-part-2.js';
import * as tcAlibabaCloudRunRate from './records/tc-alibaba-cloud-run-rate.js';
import * as tcAfricaRoundup from './records/tc-africa-roundup.js';
import * as tcAspireSeriesA from './records/tc-aspire-series-a.js';
import * as tcFlutterwaveAlipay from './records/tc-flutterwave-alipay.js';
import * as tcTencentCloudJapan from './records/tc-tencent-cloud-japan.js';
import * as tcAlibabaSalesforce from './records/tc-alibaba-salesforce.js';
import * as tcExtraCrunchMobility from './records/tc-extra-crunch-mobility.js';
import * as tcRideHailingAggregators from './records/tc-ride-hailing-aggregators.js';
import * as tcGarbageSortingTech from './records/tc-garbage-sorting-tech.js';
import * as tcWarburgPincusFund from './records/tc-warburg-pincus-fund.js';
import * as tcPinduoduoSecondLargest from './records/tc-pinduoduo-second-largest.js';
import * as tcSplytSeriesA from './records/tc-splyt-series-a.js';
import * as tcCarrefourChinaSuning from './records/tc-carrefour-china-suning.js';
import * as tcHellobikeBatteryJv from './records/tc-hellobike-battery-jv.js';
import * as tcIntelBarefoot from './records/tc-intel-barefoot.js';
import * as tcAliexpressRussiaJv from './records/tc-aliexpress-russia-jv.js';
import * as tcAlibabaVmate from './records/tc-alibaba-vmate.js';
import * as tcAlibabaHkListing from './records/tc-alibaba-hk-listing.js';
import * as tcBytedanceSmartphone from './records/tc-bytedance-smartphone.js';
import * as tcTencentEducation from './records/tc-tencent-education.js';
import { sourceList } from './sources.js';
import type { DatasetRule, Deal, Entity, Metric, Source } from '../schema/records.js';

const bySource = [
  xiamiAcquisitionRumor,
  sinaTechXiamiNewOrder,
  xiaomiEcosystemValueExchange,
  alibabaSeriesPart2,
  tcAlibabaCloudRunRate,
  tcAfricaRoundup,
  tcAspireSeriesA,
  tcFlutterwaveAlipay,
  tcTencentCloudJapan,
  tcAlibabaSalesforce,
  tcExtraCrunchMobility,
  tcRideHailingAggregators,
  tcGarbageSortingTech,
  tcWarburgPincusFund,
  tcPinduoduoSecondLargest,
  tcSplytSeriesA,
  tcCarrefourChinaSuning,
  tcHellobikeBatteryJv,
  tcIntelBarefoot,
  tcAliexpressRussiaJv,
  tcAlibabaVmate,
  tcAlibabaHkListing,
  tcBytedanceSmartphone,
  tcTencentEducation,
] as const;

/** The 24 source articles' metadata. */
export const sources: readonly Source[] = /* @__PURE__ */ deepFreeze([...sourceList]);

/** Every company, fund, product, person or public body a record names. */
export const entities: readonly Entity[] = /* @__PURE__ */ deepFreeze([
  ...coreEntities,
  ...xiamiEraEntities,
  ...xiaomiEcosystemEntities,
  ...alibabaGroupEntities,
  ...commerceAndPaymentsEntities,
  ...mobilityCloudAndFundsEntities,
  ...marketsAfricaMobilityAndAsiaEntities,
  ...marketsDevicesRetailAndTencentEntities,
  ...marketsAlibabaAndXiamiEntities,
]);

/** Every deal-like event the sources tell. */
export const deals: readonly Deal[] = /* @__PURE__ */ deepFreeze(bySource.flatMap((s): readonly Deal[] => s.deals));

/** Every quantitative fact the sources give about an entity. */
export const metrics: readonly Metric[] = /* @__PURE__ */ deepFreeze(bySource.flatMap((s): readonly Metric[] => s.metrics));

/** Every revenue-share, royalty, commission or fee rule the sources state. */
export const rules: readonly DatasetRule[] = /* @__PURE__ */ deepFreeze(bySource.flatMap((s): readonly DatasetRule[] => s.rules));

export type { DealRecord, DeepReadonly, EntityRecord, MetricRecord, RuleRecord } from './define.js';
