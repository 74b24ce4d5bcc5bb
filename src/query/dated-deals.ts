import type { Deal } from '../schema/records.js';
import type { Dated } from './compare-dated.js';
import { compareDated } from './compare-dated.js';
import type { Dataset } from './dataset.js';
import { memoizeByDataset } from './memoize-by-dataset.js';
import { optionalInterval } from './optional-interval.js';

/** A dataset's deals with their date intervals, sorted once per dataset by {@link compareDated}. */
export const datedDeals = memoizeByDataset((data: Dataset): readonly Dated<Deal>[] =>
  data.deals
    .map((record) => ({ record, time: optionalInterval(record.date) }))
    .sort(compareDated),
);
