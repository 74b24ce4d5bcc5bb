/** A short, unambiguous rendering of any input for error messages: strings quoted, objects as JSON. */
export function showValue(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
