import { LedgerError } from '../errors.js';
import { showValue } from '../_lib/text.js';

/** A chunk of CSV text: UTF-8 bytes (Uint8Array, Buffer, ArrayBuffer) or already decoded text. */
export type TextChunk = Uint8Array | ArrayBuffer | string;

/** A WHATWG ReadableStream seen structurally (browsers without async iteration of streams). */
type StreamLike = { getReader(): { read(): Promise<{ done?: boolean; value?: unknown }>; releaseLock(): void } };

/** Where CSV text comes from: any (async) iterable of chunks, e.g. a Node stream, a Deno file or a ReadableStream. */
export type ChunkSource = AsyncIterable<TextChunk> | Iterable<TextChunk> | StreamLike;

const encoder = new TextEncoder();

async function* readStream(stream: StreamLike): AsyncGenerator<unknown> {
  const reader = stream.getReader();
  try {
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) yield chunk.value;
  } finally {
    reader.releaseLock();
  }
}

function iterate(source: ChunkSource): AsyncIterable<unknown> | Iterable<unknown> {
  const s = source as Partial<AsyncIterable<unknown> & Iterable<unknown> & StreamLike> | null;
  if (typeof s?.[Symbol.asyncIterator] === 'function' || typeof s?.[Symbol.iterator] === 'function') {
    return source as AsyncIterable<unknown> | Iterable<unknown>;
  }
  if (typeof s?.getReader === 'function') return readStream(source as StreamLike);
  throw new LedgerError('INVALID_OPTIONS', `CSV source ${showValue(source)} is not allowed: pass an (async) iterable of Uint8Array or string chunks`);
}

const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * The bytes of text that may hold lone surrogates: a pair as its UTF-8 character, a lone
 * surrogate as its 3-byte generalized form (ED A0 80 …), which is not UTF-8, so that the line
 * holding it is refused as INVALID_ENCODING rather than read as U+FFFD, and two different lone
 * surrogates never become one text.
 */
function textBytes(text: string): Uint8Array {
  if (!SURROGATE.test(text)) return encoder.encode(text);
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      bytes.push(...encoder.encode(text.slice(i, i + 2)));
      i++;
    } else if (unit >= 0xd800 && unit <= 0xdfff) {
      bytes.push(0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f));
    } else {
      bytes.push(...encoder.encode(text[i] as string));
    }
  }
  return Uint8Array.from(bytes);
}

/**
 * Internal: the UTF-8 bytes of a chunk stream, which the CSV reader splits and parses without
 * decoding them (it decodes only the fields it has to show). Byte chunks are viewed, not
 * copied; text chunks are encoded as one text: a surrogate pair split across two string chunks
 * is joined, and a lone surrogate becomes bytes that are not UTF-8 (see textBytes).
 */
export async function* chunkBytes(source: ChunkSource): AsyncGenerator<Uint8Array> {
  let held = ''; // a high surrogate that ended the last string chunk: its pair may open the next
  for await (const chunk of iterate(source)) {
    if (typeof chunk === 'string') {
      const text = held + chunk;
      const last = text.charCodeAt(text.length - 1);
      held = last >= 0xd800 && last <= 0xdbff ? text.slice(-1) : '';
      yield textBytes(held === '' ? text : text.slice(0, -1));
      continue;
    }
    if (held !== '') yield textBytes(held);
    held = '';
    if (ArrayBuffer.isView(chunk)) yield new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    else if (chunk instanceof ArrayBuffer) yield new Uint8Array(chunk);
    else throw new LedgerError('INVALID_OPTIONS', `CSV chunk ${showValue(chunk)} is not allowed: use Uint8Array or string chunks`);
  }
  if (held !== '') yield textBytes(held);
}
