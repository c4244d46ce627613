// Every kind of bad file gets one clear Vietnamese message, as a DocxError the UI and the CLI show;
// no other exception ever leaves the reader. The files are made here.
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DocxError, readDocx } from '../../../../src/core/import/docx/index.ts';
import { makeDocx, NS, p, tbl } from '../../../helpers/make-docx.ts';

function failure(bytes: Uint8Array): DocxError {
  try {
    readDocx(bytes);
  } catch (e) {
    if (e instanceof DocxError) return e;
    throw e;
  }
  throw new Error('the file was read');
}

const MB = 1024 * 1024;

/** An OLE compound file (old .doc, or Office's wrapper of an encrypted .docx) holding these stream names. */
function oleFile(...streams: string[]): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  let at = 1024;
  for (const name of ['Root Entry', ...streams]) {
    for (let i = 0; i < name.length; i += 1) bytes[at + 2 * i] = name.charCodeAt(i);
    at += 128;
  }
  return bytes;
}

/** Offset of the central directory entry of `name` in a zip. */
function centralEntry(zip: Uint8Array, name: string): number {
  const encoded = strToU8(name);
  for (let i = zip.length - 46; i >= 0; i -= 1) {
    if (zip[i] !== 0x50 || zip[i + 1] !== 0x4b || zip[i + 2] !== 0x01 || zip[i + 3] !== 0x02) continue;
    const len = zip[i + 28]! | (zip[i + 29]! << 8);
    if (len === encoded.length && encoded.every((b, k) => zip[i + 46 + k] === b)) return i;
  }
  throw new Error(`no entry ${name}`);
}

/** The zip with the uncompressed size of `name` in its central directory set to `size`. */
function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  new DataView(out.buffer).setUint32(centralEntry(out, name) + 24, size, true);
  return out;
}

describe('bad files', () => {
  it('an empty file', () => {
    const e = failure(new Uint8Array(0));
    expect(e.kind).toBe('empty');
    expect(e.message).toBe('Tệp rỗng (0 byte): không có gì để mở.');
  });

  it('a 60 MB file, refused before anything is read', () => {
    const bytes = new Uint8Array(60 * MB);
    bytes.set([0x50, 0x4b, 0x03, 0x04]);
    const e = failure(bytes);
    expect(e.kind).toBe('too-large');
    expect(e.message).toBe('Tệp quá lớn (60,0 MB): chỉ mở được tệp .docx đến 50,0 MB.');
  });

  it('a file that is not a zip', () => {
    const e = failure(strToU8('Đây là văn bản thường, không phải .docx'));
    expect(e.kind).toBe('not-zip');
    expect(e.message).toMatch(/^Tệp không phải \.docx/);
  });

  it('a file that starts like a zip but has no zip directory', () => {
    expect(failure(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6])).kind).toBe('not-zip');
  });

  it('a PDF', () => {
    const e = failure(strToU8('%PDF-1.7\n…'));
    expect(e.kind).toBe('pdf');
    expect(e.message).toMatch(/Dán văn bản/);
  });

  it('a zip without word/document.xml', () => {
    const e = failure(zipSync({ 'ghi-chu.txt': strToU8('xin chào') }));
    expect(e.kind).toBe('no-document');
    expect(e.message).toBe('Tệp nén này không phải văn bản Word (.docx): thiếu phần word/document.xml.');
  });

  it('an old binary .doc', () => {
    const e = failure(oleFile('WordDocument', '1Table'));
    expect(e.kind).toBe('old-doc');
    expect(e.message).toBe('Tệp .doc cũ: hãy mở bằng Word và lưu thành .docx.');
  });

  it('a password-protected .docx (an OLE file with an EncryptionInfo stream)', () => {
    const e = failure(oleFile('EncryptionInfo', 'EncryptedPackage'));
    expect(e.kind).toBe('password');
    expect(e.message).toMatch(/^Tệp \.docx có mật khẩu: hãy mở bằng Word, bỏ mật khẩu/);
  });

  it('another old Office file', () => {
    expect(failure(oleFile('Workbook')).kind).toBe('old-office');
  });

  it('a zip bomb by declared size, refused before inflating anything', () => {
    // The data is not even deflate: inflating it would fail with another message.
    const zip = zipSync({ 'word/document.xml': [new Uint8Array(100).fill(7), { level: 0 }] });
    const e = failure(declareSize(zip, 'word/document.xml', 60 * MB));
    expect(e.kind).toBe('bomb');
    expect(e.message).toMatch(/^Tệp \.docx bất thường: giải nén ra hơn 50,0 MB/);
  });

  it('a zip bomb by entry count', () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < 2001; i += 1) files[`word/media/a${i}.txt`] = new Uint8Array(0);
    const e = failure(zipSync(files, { level: 0 }));
    expect(e.kind).toBe('too-many-parts');
    expect(e.message).toBe('Tệp .docx bất thường: có 2001 phần (quá 2000); không mở để tránh treo máy.');
  });

  it('a zip whose declared sizes lie: inflating stops at the declared size', () => {
    const bomb = makeDocx({ body: p('x'.repeat(200_000)) });
    const e = failure(declareSize(bomb, 'word/document.xml', 1000));
    expect(e.kind).toBe('bomb');
    expect(e.message).toBe(
      'Tệp .docx bất thường: phần word/document.xml giải nén ra nhiều hơn kích thước khai báo; đã dừng giải nén, không mở để tránh treo máy.',
    );
  });

  it('XML with a DOCTYPE or entities, refused and never expanded', () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "hahahahaha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>' +
      `<w:document ${NS}><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>`;
    const zip = zipSync({ 'word/document.xml': strToU8(laughs) });
    const e = failure(zip);
    expect(e.kind).toBe('doctype');
    expect(e.message).toBe('Tệp .docx bất thường: phần word/document.xml có khai báo DOCTYPE hoặc ENTITY (Word không bao giờ ghi như vậy); không mở để an toàn.');
  });

  it('an unknown entity without a DOCTYPE is broken XML, not expanded', () => {
    const zip = zipSync({ 'word/document.xml': strToU8(`<w:document ${NS}><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>`) });
    expect(failure(zip).kind).toBe('broken-xml');
  });

  it('a part that is not well-formed XML names the part', () => {
    const zip = zipSync({ 'word/document.xml': strToU8(`<w:document ${NS}><w:body><w:p></w:body></w:document>`) });
    const e = failure(zip);
    expect(e.kind).toBe('broken-xml');
    expect(e.message).toMatch(/^Tệp \.docx bị hỏng: phần word\/document\.xml không phải XML hợp lệ \(thẻ đóng <\/w:body> không khớp/);
  });

  it('a truncated file', () => {
    const good = makeDocx({ body: p('Một đoạn văn bản đủ dài để bị cắt giữa chừng.'.repeat(50)) });
    expect(() => readDocx(good.subarray(0, good.length - 200))).toThrow(DocxError);
  });

  it('only ever throws a DocxError, whatever bytes of a real file are damaged', () => {
    const good = makeDocx({ body: p('Báo cáo') + tbl([['a', 'b'], ['c', 'd']]) });
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(good.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), (flips) => {
        const bytes = good.slice();
        for (const [at, value] of flips) bytes[at] = value;
        try {
          readDocx(bytes);
        } catch (e) {
          expect(e).toBeInstanceOf(DocxError);
        }
      }),
      { numRuns: 300 },
    );
  });
});
