import { LedgerError } from '../errors.js';
import type { Money } from './types.js';

/** Internal: throws CURRENCY_MISMATCH unless `a` and `b` share currency and scale. */
export function assertSameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency || a.scale !== b.scale) {
    throw new LedgerError(
      'CURRENCY_MISMATCH',
      `cannot combine ${a.currency} (scale ${a.scale}) with ${b.currency} (scale ${b.scale}): convert first`,
      { currencies: [a.currency, b.currency] },
    );
  }
}
