// Our own files come back exactly: export → openFile gives the same model, for every type's template,
// both fixtures and generated documents; a file whose shown text was edited since gives both drafts;
// a copy that fails a check (someone else's file) is set aside and the file is read as Word shows it.
import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { APP_COPY_NAMESPACE, textHash, visibleWordText } from '../../../src/core/app-copy.ts';
import { LOAI_VAN_BAN } from '../../../src/core/decree/document-types.ts';
import { openFile } from '../../../src/core/import/open-file.ts';
import { vanBanSchema, type VanBan } from '../../../src/core/model/van-ban.ts';
import { mauBaoCao } from '../../../src/core/samples/mau-bao-cao.ts';
import { mauTheoLoai } from '../../../src/core/templates/mau-van-ban.ts';
import { exportDocx } from '../../../src/export/docx-writer.ts';
import { fixtureVanBan } from '../../helpers/fixture-documents.ts';
import { FIXTURE_NAMES } from '../../helpers/fixtures.ts';
import { resavedByLibreOffice } from '../../helpers/libreoffice.ts';
import { vanBanArb } from '../../helpers/van-ban-arbitrary.ts';

const today = new Date(2025, 2, 5);

async function reopen(v: VanBan) {
  return openFile(await exportDocx(v), 'van-ban.docx');
}

/** The exported file with one part rewritten. */
async function edited(v: VanBan, name: string, edit: (xml: string) => string): Promise<Uint8Array> {
  const files = unzipSync(await exportDocx(v));
  files[name] = strToU8(edit(strFromU8(files[name]!)));
  return zipSync(files);
}

describe('export → open: the exact model', () => {
  it.each(LOAI_VAN_BAN)('template of %s', async (loai) => {
    const v = vanBanSchema.parse(mauTheoLoai(loai)[0]!.tao(today));
    const o = await reopen(v);
    expect(o.vanBan).toStrictEqual(v);
    expect(o.notes).toEqual([]);
    expect(o.editedInWord).toBeUndefined();
  });

  it.each(FIXTURE_NAMES)('fixture %s', async (name) => {
    const v = fixtureVanBan(name);
    expect((await reopen(v)).vanBan).toStrictEqual(v);
  });

  it('the sample report', async () => {
    const v = mauBaoCao();
    expect((await reopen(v)).vanBan).toStrictEqual(v);
  });

  it('any document the schema accepts, tables and footnotes included (property)', async () => {
    await fc.assert(
      fc.asyncProperty(vanBanArb, async (input) => {
        const v = vanBanSchema.parse(input);
        const o = await reopen(v);
        expect(o.vanBan).toStrictEqual(v);
        expect(o.editedInWord).toBeUndefined();
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 40) },
    );
  }, 120_000);

  it('the part is invisible: a custom XML item wired to the document, its properties naming our schema', async () => {
    const files = unzipSync(await exportDocx(mauBaoCao()));
    expect(strFromU8(files['word/_rels/document.xml.rels']!)).toMatch(/relationships\/customXml" Target="\.\.\/customXml\/item1\.xml"/);
    expect(strFromU8(files['customXml/_rels/item1.xml.rels']!)).toContain('Target="itemProps1.xml"');
    expect(strFromU8(files['customXml/itemProps1.xml']!)).toContain(`ds:uri="${APP_COPY_NAMESPACE}"`);
    expect(strFromU8(files['[Content_Types].xml']!)).toContain('PartName="/customXml/itemProps1.xml"');
    // Nothing of the JSON in the text the page shows.
    expect(strFromU8(files['word/document.xml']!)).not.toContain('"app":"soan-van-ban"');
  });
});

describe('edited in Word since the export', () => {
  it('gives the app copy and the draft read from the shown text', async () => {
    const v = mauBaoCao();
    const bytes = await edited(v, 'word/document.xml', (x) => x.replace('tuyên truyền', 'Thành tích'));
    const o = openFile(bytes, 'sua.docx');
    expect(o.vanBan).toStrictEqual(v);
    expect(o.editedInWord).toBeDefined();
    const shown = JSON.stringify(o.editedInWord!.vanBan);
    expect(shown).toContain('Thành tích');
    expect(JSON.stringify(o.vanBan)).not.toContain('Thành tích');
  });

  it('an editor re-saving without changing words (runs split, bookmarks, proofing marks) is no edit', async () => {
    const v = mauBaoCao();
    const bytes = await edited(v, 'word/document.xml', (x) =>
      x.replace(/<w:t xml:space="preserve">([^<]{6})([^<]+)<\/w:t><\/w:r>/, '<w:t>$1</w:t></w:r><w:proofErr w:type="spellStart"/><w:bookmarkStart w:id="0" w:name="a"/><w:r><w:t xml:space="preserve">$2</w:t></w:r>'),
    );
    const o = openFile(bytes, 'luu-lai.docx');
    expect(o.editedInWord).toBeUndefined();
    expect(o.vanBan).toStrictEqual(v);
  });

  it('the shown text: paragraphs one a line, white space collapsed, entities read, deleted text left out', () => {
    const xml = '<w:p><w:r><w:t xml:space="preserve">A  &amp; </w:t></w:r><w:r><w:t>B&#x1EA1;</w:t></w:r></w:p><w:p></w:p><w:p><w:del><w:r><w:delText>x</w:delText></w:r></w:del><w:r><w:t>C</w:t></w:r></w:p>';
    expect(visibleWordText(xml)).toBe('A & Bạ\nC');
    expect(textHash('A')).not.toBe(textHash('B'));
  });
});

describe('LibreOffice round trip (soffice --convert-to docx)', () => {
  // Writer keeps customXml items on a .docx round trip and leaves the words alone, so a file a
  // colleague opened and saved in LibreOffice still opens as the app's exact draft; an edit made
  // there is noticed like one made in Word. (Without soffice this fails saying how to install it.)
  it('keeps the part; unchanged words give the exact draft, a changed word gives both', async () => {
    const v = mauBaoCao();
    // Footnotes and a table too: Writer rewrites footnotes.xml and the cells, the words stay.
    const withNotes = vanBanSchema.parse({
      ...v,
      noiDung: [
        ...v.noiDung,
        { capDo: 'khoan', text: 'Thu ngân sách đạt 95% kế hoạch.', chuThich: [{ viTri: 21, noiDung: 'Theo Chi cục Thống kê.' }] },
        { capDo: 'bang', bang: { soHangTieuDe: 1, hang: [{ o: [{ text: 'Chỉ tiêu' }, { text: 'Kết quả' }] }, { o: [{ text: 'Hồ sơ' }, { text: '95%', chuThich: [{ viTri: 3, noiDung: 'Tính cả cấp xã.' }] }] }] } },
      ],
    });
    const kept = openFile(resavedByLibreOffice(await exportDocx(withNotes)), 'lo.docx');
    expect(kept.vanBan).toStrictEqual(withNotes);
    expect(kept.editedInWord).toBeUndefined();
    const changed = openFile(resavedByLibreOffice(await edited(v, 'word/document.xml', (x) => x.replace('tuyên truyền', 'vận động'))), 'lo-sua.docx');
    expect(changed.vanBan).toStrictEqual(v);
    expect(JSON.stringify(changed.editedInWord?.vanBan)).toContain('vận động');
  }, 240_000);
});

describe('a copy that fails a check is set aside, the shown text read', () => {
  const cases: [string, (x: string) => string][] = [
    ['JSON sai cú pháp', (x) => x.replace('{"app"', '{app')],
    ['khoá bị cấm "__proto__"', (x) => x.replace('{"app"', '{"__proto__":{"x":1},"app"')],
    ['không phải dữ liệu của Soạn văn bản', (x) => x.replace('"app":"soan-van-ban"', '"app":"khac"')],
    ['định dạng 99', (x) => x.replace('"format":1', '"format":99')],
    ['Loại văn bản', (x) => x.replace(/"loai":"[a-z-]+"/, '"loai":"khong-co"')],
    ['DOCTYPE', (x) => x.replace('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>', '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]>')],
  ];
  it.each(cases)('%s', async (why, edit) => {
    const v = mauBaoCao();
    const o = openFile(await edited(v, 'customXml/item1.xml', edit), 'la.docx');
    expect(o.editedInWord).toBeUndefined();
    expect(o.notes[0]).toMatch(/^Bản gốc của ứng dụng lưu trong tệp không dùng được/);
    expect(o.notes[0]).toContain(why);
    // The draft is the one the shown text gives: the same report, read by the classifier.
    expect(o.vanBan.trichYeu).toBe(v.trichYeu);
    expect(o.vanBan.loai).toBe(v.loai);
  });
});
