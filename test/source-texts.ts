import { readFileSync } from 'node:fs';

const sourcesDir = new URL('../../shared/sources/', import.meta.url);

/** Collapses every run of whitespace to one space, as the citation check compares quotes. */
export const foldSpace = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** `shared/sources/index.json`: every source's id and file, in order. */
export const sourceIndex: readonly { id: string; file: string }[] = JSON.parse(readFileSync(new URL('index.json', sourcesDir), 'utf8'));

/** Each source's text, whitespace folded, by source id. */
export const sourceTexts: ReadonlyMap<string, string> = new Map(
  sourceIndex.map((s) => [s.id, foldSpace(readFileSync(new URL(s.file, sourcesDir), 'utf8'))]),
);
