/** Minimal RFC 4180 reader (the test oracle for CSV output): records of fields. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') fields.push(field), (field = '');
    else if (c === '\n') fields.push(field), records.push(fields), (fields = []), (field = '');
    else if (c !== '\r') field += c;
  }
  if (field !== '' || fields.length > 0) fields.push(field), records.push(fields);
  return records;
}

/** CSV text as objects keyed by its header. */
export function csvObjects(text: string): Record<string, string>[] {
  const [header = [], ...rows] = parseCsv(text);
  return rows.map((row) => Object.fromEntries(header.map((key, i) => [key, row[i] ?? ''])));
}
