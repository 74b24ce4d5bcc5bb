import { LedgerError } from '../errors.js';
import { showValue } from '../util/show-value.js';

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

/**
 * Internal: the UTF-8 bytes of a chunk stream, which the CSV reader splits and parses without
 * decoding them (it decodes only the fields it has to show). Byte chunks are viewed, not
 * copied; text chunks are encoded (a lone surrogate becomes U+FFFD, as in any UTF-8 text).
 */
export async function* chunkBytes(source: ChunkSource): AsyncGenerator<Uint8Array> {
  for await (const chunk of iterate(source)) {
    if (typeof chunk === 'string') yield encoder.encode(chunk);
    else if (ArrayBuffer.isView(chunk)) yield new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    else if (chunk instanceof ArrayBuffer) yield new Uint8Array(chunk);
    else throw new LedgerError('INVALID_OPTIONS', `CSV chunk ${showValue(chunk)} is not allowed: use Uint8Array or string chunks`);
  }
}
