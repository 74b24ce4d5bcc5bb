import type { SettlementSettings } from './settlement-settings.js';
import type { Settlement } from './settlement-types.js';

// Symbol.for, so that a result made by the ESM build can be merged by the CJS build and back.
const SETTINGS = Symbol.for('ecosystem-ledger/settlement-settings');

/**
 * Internal: the settings a settlement was made with, kept on the result as a non-enumerable
 * property (invisible to JSON and to equality checks); undefined for a plain or JSON copy.
 */
export function settingsOf(settlement: Settlement): SettlementSettings | undefined {
  return (settlement as { [SETTINGS]?: SettlementSettings } | null | undefined)?.[SETTINGS];
}

/** Internal: attaches `settings` to a not-yet-frozen result (see {@link settingsOf}). */
export function withSettings<T extends object>(result: T, settings: SettlementSettings): T {
  return Object.defineProperty(result, SETTINGS, { value: settings });
}
