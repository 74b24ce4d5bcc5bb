export type { Money } from './types.js';
export { money } from './money.js';
export { toDecimal } from './to-decimal.js';
export { format } from './format.js';
export { add } from './add.js';
export { subtract } from './subtract.js';
export { currencyScale } from './currency-scale.js';
export { parseMinorUnits } from './parse-minor-units.js';
export { allocate, allocateUnits } from './allocate.js';
