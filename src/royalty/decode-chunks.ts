import { LedgerError } from '../errors.js';

/** A chunk of CSV text: UTF-8 bytes (Uint8Array, Buffer, ArrayBuffer) or already decoded text. */
export type TextChunk = Uint8Array | ArrayBuffer | string;

/** A WHATWG ReadableStream seen structurally (browsers without async iteration of streams). */
type StreamLike = { getReader(): { read(): Promise<{ done?: boolean; value?: unknown }>; releaseLock(): void } };

/** Where CSV text comes from: any (async) iterable of chunks, e.g. a Node stream, a Deno file or a ReadableStream. */
export type ChunkSource = AsyncIterable<TextChunk> | Iterable<TextChunk> | StreamLike;

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
  throw new LedgerError('INVALID_OPTIONS', `CSV source ${String(source)} is not allowed: pass an (async) iterable of Uint8Array or string chunks`);
}

/**
 * Internal: the text of a chunk stream, decoded as UTF-8 with one streaming TextDecoder (a
 * character split across chunks is reassembled; invalid bytes become U+FFFD rather than a
 * crash) and without a leading byte-order mark.
 */
export async function* decodeChunks(source: ChunkSource): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  let start = true;
  for await (const chunk of iterate(source)) {
    let text: string;
    if (typeof chunk === 'string') text = decoder.decode() + chunk;
    else if (ArrayBuffer.isView(chunk) || chunk instanceof ArrayBuffer) text = decoder.decode(chunk as Uint8Array, { stream: true });
    else throw new LedgerError('INVALID_OPTIONS', `CSV chunk ${String(chunk)} is not allowed: use Uint8Array or string chunks`);
    if (start && text !== '') {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // TextDecoder drops it from bytes, not from strings
      start = false;
    }
    if (text !== '') yield text;
  }
  const tail = decoder.decode();
  if (tail !== '') yield tail;
}
