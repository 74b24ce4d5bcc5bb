/** Internal: a value as it appears in an error message (JSON where possible, never throwing). */
export function showValue(value: unknown): string {
  try {
    return JSON.stringify(value, (_, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v)) ?? String(value);
  } catch {
    return String(value);
  }
}
