// The .docx package zipped with the platform's own deflate (CompressionStream, native zlib in every
// browser we support and in Node) where it exists. Deflate written in JavaScript was most of an
// export's time on a phone (a 100-page report: 0.7 s of 0.9 s at 4× CPU), and it ran on the main
// thread. fflate still writes the archive around the compressed parts, through its documented way
// of adding data compressed elsewhere (a ZipPassThrough whose process() hands on other bytes).
import { Zip, ZipPassThrough, zipSync } from 'fflate';

/** ZIP's method number for deflate (APPNOTE 4.4.5). */
const DEFLATE = 8;

/** A part whose deflated bytes are ready; fflate computes the CRC and size from the original. */
class Deflated extends ZipPassThrough {
  constructor(
    filename: string,
    private readonly deflated: Uint8Array<ArrayBuffer>,
  ) {
    super(filename);
    this.compression = DEFLATE;
  }

  override process(_original: Uint8Array, final: boolean): void {
    if (final) this.ondata(null, this.deflated, true);
  }
}

export const nativeDeflate = typeof CompressionStream === 'function';

/** Raw deflate (no zlib header), as ZIP stores it. */
export async function deflateRaw(data: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * The archive of `files`, in their order. `ready` holds parts already deflated (the template's,
 * which are the same for every export), by name.
 */
export async function zipPackage(files: Record<string, Uint8Array>, ready: ReadonlyMap<string, Uint8Array<ArrayBuffer>> = new Map()): Promise<Uint8Array> {
  if (!nativeDeflate) return zipSync(files);
  const names = Object.keys(files);
  const deflated = await Promise.all(names.map((n) => ready.get(n) ?? deflateRaw(files[n]!)));
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((err, chunk) => {
    if (err) failure = err;
    else chunks.push(chunk);
  });
  names.forEach((name, i) => {
    const part = new Deflated(name, deflated[i]!);
    zip.add(part);
    part.push(files[name]!, true);
  });
  zip.end();
  if (failure) throw failure;
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
