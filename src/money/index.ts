/**
 * money/ — exact amounts in integer minor units: `money`, `add`, `subtract`, `format`,
 * `toDecimal`, `parseMinorUnits`, currency scales and `allocate` (largest remainder).
 *
 * May import: the shared `_lib/` and errors only; every other layer builds on it.
 */
export type { Money } from './types.js';
export { money } from './money.js';
export { toDecimal } from './to-decimal.js';
export { format } from './format.js';
export { add } from './add.js';
export { subtract } from './subtract.js';
export { currencyScale } from './currency-scale.js';
export { CURRENCY_SCALES } from './currency-scales.js';
export { parseMinorUnits } from './parse-minor-units.js';
export { allocate, allocateUnits } from './allocate.js';
