// The package zipped with the platform's deflate: every part comes back byte for byte (fflate's reader,
// as the import and the tests read .docx files), parts deflated ahead are used as given, and the
// archive is a real deflate archive (method 8), not stored.
import { strToU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { deflateRaw, nativeDeflate, zipPackage } from '../../../src/export/zip-package.ts';

const files = () => ({
  '[Content_Types].xml': strToU8('<Types/>'),
  'word/document.xml': strToU8(`<w:document>${'<w:p><w:r><w:t>Ủy ban nhân dân xã Hương Long</w:t></w:r></w:p>'.repeat(2000)}</w:document>`),
  'empty.xml': new Uint8Array(0),
  'bin.dat': Uint8Array.from({ length: 5000 }, (_, i) => (i * 7919) % 251),
});

/** The compression method of each entry, from the central directory (APPNOTE 4.3.12). */
function methods(zip: Uint8Array): number[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const out: number[] = [];
  for (let i = 0; i + 4 <= zip.length; i++) if (view.getUint32(i, true) === 0x02014b50) out.push(view.getUint16(i + 10, true));
  return out;
}

describe('zipPackage', () => {
  it('runs on the platform deflate here (Node has CompressionStream)', () => {
    expect(nativeDeflate).toBe(true);
  });

  it('gives back every part exactly, deflated', async () => {
    const f = files();
    const zip = await zipPackage(f);
    const back = unzipSync(zip);
    expect(Object.keys(back)).toEqual(Object.keys(f));
    for (const [name, data] of Object.entries(f)) expect(back[name]).toEqual(data);
    expect(methods(zip)).toEqual([8, 8, 8, 8]);
    expect(zip.length).toBeLessThan(f['word/document.xml'].length / 10);
  });

  it('uses a part deflated ahead as it is', async () => {
    const f = files();
    const ready = new Map([['bin.dat', await deflateRaw(f['bin.dat'])]]);
    const back = unzipSync(await zipPackage(f, ready));
    expect(back['bin.dat']).toEqual(f['bin.dat']);
    // The ready bytes are what is stored: a part given ahead is not deflated again.
    const other = new Map([['bin.dat', await deflateRaw(strToU8('khác'))]]);
    expect(unzipSync(await zipPackage(f, other))['bin.dat']).toEqual(strToU8('khác'));
  });
});
