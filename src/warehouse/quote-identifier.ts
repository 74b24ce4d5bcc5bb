import { LedgerError } from '../errors.js';

// a table name, optionally qualified by schema (and catalog): plain identifiers only
const PLAIN_NAME = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*){0,2}$/;

/**
 * Internal: `name` ("sales", "analytics.sales") quoted for SQL, each part in double quotes so a
 * reserved word still names the table. Anything but plain identifiers throws INVALID_OPTIONS:
 * a name is never spliced into SQL as it stands.
 */
export function quoteIdentifier(name: unknown, option: string): string {
  if (typeof name !== 'string' || !PLAIN_NAME.test(name)) {
    throw new LedgerError(
      'INVALID_OPTIONS',
      `option ${option} ${JSON.stringify(name) ?? String(name)} is not allowed: a table name of letters, digits and "_" (optionally schema.table)`,
      { option, value: String(name) },
    );
  }
  return name
    .split('.')
    .map((part) => `"${part}"`)
    .join('.');
}

/** Internal: `text` as a SQL string literal (quotes doubled; both engines use standard strings). */
export const quoteString = (text: string): string => `'${text.replaceAll("'", "''")}'`;
