// The fixture report goes through import → export, and its .docx is read back and checked rule by
// rule against shared/spec/decree-30-layout.md.
import { beforeAll, describe, expect, it } from 'vitest';
import { exportDocx } from '../../../src/export/docx-writer.ts';
import { HEADER_COLUMNS, TEXT_WIDTH } from '../../../src/export/layout.ts';
import { textWidthTwips } from '../../../src/export/text-metrics.ts';
import { upperVi } from '../../../src/core/text/normalize.ts';
import { isBang, type KhoiVanBan, type VanBan } from '../../../src/core/model/van-ban.ts';
import { attr, child, els, paragraphs, path, readDocx, W, type DocxParts, type XmlElement } from '../../helpers/docx-reader.ts';
import { fixtureLines } from '../../helpers/fixtures.ts';
import { fixtureVanBan } from '../../helpers/fixture-documents.ts';

const TNR = 'Times New Roman';

function runProps(p: XmlElement): XmlElement[] {
  return els(p, 'r').map((r) => child(r, 'rPr')!).filter(Boolean);
}
function sizes(p: XmlElement): number[] {
  return runProps(p).map((rPr) => Number(attr(child(rPr, 'sz'), 'val')) / 2);
}
const on = (rPr: XmlElement, name: string) => {
  const e = child(rPr, name);
  return !!e && attr(e, 'val') !== 'false' && attr(e, 'val') !== '0';
};
const allBold = (p: XmlElement) => runProps(p).every((r) => on(r, 'b'));
const noneBold = (p: XmlElement) => runProps(p).every((r) => !on(r, 'b'));
const allItalic = (p: XmlElement) => runProps(p).every((r) => on(r, 'i'));
const noneItalic = (p: XmlElement) => runProps(p).every((r) => !on(r, 'i'));
const jc = (p: XmlElement) => attr(path(p, 'pPr', 'jc'), 'val');
const ind = (p: XmlElement, name: string) => Number(attr(path(p, 'pPr', 'ind'), name) ?? 0);
const spacing = (p: XmlElement, name: string) => attr(path(p, 'pPr', 'spacing'), name);
const bottomBorder = (p: XmlElement) => path(p, 'pPr', 'pBdr', 'bottom');
/** Length of a rule paragraph inside a container of the given width. */
const ruleLength = (p: XmlElement, width: number) => width - ind(p, 'left') - ind(p, 'right');

function tables(doc: XmlElement): XmlElement[] {
  const body = child(doc, 'body')!;
  const out: XmlElement[] = [];
  for (let n = body.firstChild; n; n = n.nextSibling) if (n.nodeType === 1 && (n as XmlElement).localName === 'tbl') out.push(n as XmlElement);
  return out;
}
function cellsOf(row: XmlElement): XmlElement[] {
  return els(row, 'tc');
}
function rowsOf(tbl: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (let n = tbl.firstChild; n; n = n.nextSibling) if (n.nodeType === 1 && (n as XmlElement).localName === 'tr') out.push(n as XmlElement);
  return out;
}
function cellParagraphs(tc: XmlElement) {
  return paragraphs(tc);
}
function expectBorderless(tbl: XmlElement) {
  const borders = path(tbl, 'tblPr', 'tblBorders')!;
  for (const side of ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']) expect(attr(child(borders, side), 'val')).toBe('none');
  for (const tc of els(tbl, 'tc')) {
    const b = path(tc, 'tcPr', 'tcBorders');
    if (b) for (const side of ['top', 'left', 'bottom', 'right']) expect(attr(child(b, side), 'val')).toBe('none');
  }
  expect(attr(path(tbl, 'tblPr', 'tblLayout'), 'type')).toBe('fixed');
}

describe.each(['bao-cao-133-BC-UBND', 'ke-hoach-13-KH-UBND'] as const)('%s exported per Decree 30', (name) => {
  let v: VanBan;
  let docx: DocxParts;
  let doc: XmlElement;
  beforeAll(async () => {
    v = fixtureVanBan(name);
    docx = readDocx(await exportDocx(v));
    doc = docx.document;
  });

  it('is A4 portrait with margins 20/20/30/15 mm and page numbers from page 2', () => {
    const sectPr = path(doc, 'body', 'sectPr')!;
    const pgSz = child(sectPr, 'pgSz')!;
    expect([attr(pgSz, 'w'), attr(pgSz, 'h')]).toEqual(['11906', '16838']);
    expect(attr(pgSz, 'orient')).not.toBe('landscape');
    const m = child(sectPr, 'pgMar')!;
    expect(['top', 'bottom', 'left', 'right'].map((k) => attr(m, k))).toEqual(['1134', '1134', '1701', '850']);
    expect(child(sectPr, 'titlePg')).toBeDefined();
    expect(attr(child(sectPr, 'titlePg'), 'val')).not.toBe('false');

    const rels = docx.files['word/_rels/document.xml.rels']!;
    const target = (type: string) => {
      const ref = els(sectPr, 'headerReference').find((h) => attr(h, 'type') === type)!;
      const id = ref.getAttribute('r:id')!;
      return 'word/' + new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)![1];
    };
    const defaultHeader = docx.part(target('default'));
    const firstHeader = docx.part(target('first'));
    const numberP = els(defaultHeader, 'p')[0]!;
    expect(jc(numberP)).toBe('center');
    const instr = els(defaultHeader, 'instrText').map((e) => e.textContent).join('') + els(defaultHeader, 'fldSimple').map((e) => attr(e, 'instr')).join('');
    expect(instr).toMatch(/\bPAGE\b/);
    expect(sizes(numberP)).toEqual(expect.arrayContaining([14]));
    expect(els(firstHeader, 't').map((t) => t.textContent).join('')).toBe('');
    expect(els(firstHeader, 'instrText')).toHaveLength(0);
  });

  it('sets Times New Roman and vi-VN on every run, in black', () => {
    const runs = [...els(doc, 'r')];
    expect(runs.length).toBeGreaterThan(20);
    for (const r of runs) {
      const rPr = child(r, 'rPr')!;
      const fonts = child(rPr, 'rFonts')!;
      for (const k of ['ascii', 'hAnsi', 'cs', 'eastAsia']) expect(attr(fonts, k)).toBe(TNR);
      expect(attr(child(rPr, 'lang'), 'val')).toBe('vi-VN');
      expect(attr(child(rPr, 'color'), 'val')).toBe('000000');
    }
    const defaults = path(docx.styles, 'docDefaults', 'rPrDefault', 'rPr')!;
    expect(attr(child(defaults, 'rFonts'), 'ascii')).toBe(TNR);
  });

  it('has the borderless fixed header table: issuing body | Quốc hiệu and Tiêu ngữ, then Số | place and date', () => {
    const header = tables(doc)[0]!;
    expectBorderless(header);
    expect(els(header, 'gridCol').map((g) => Number(attr(g, 'w')))).toEqual([...HEADER_COLUMNS]);
    const [row1, row2] = rowsOf(header);
    const [left1, right1] = cellsOf(row1!).map(cellParagraphs);
    const [left2, right2] = cellsOf(row2!).map(cellParagraphs);

    // Quốc hiệu: 13 pt bold upper case, on ONE line within the right cell (no padding eats into it).
    const qh = right1![0]!;
    expect(qh.text).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(sizes(qh.p).every((s) => s === 13)).toBe(true);
    expect(allBold(qh.p)).toBe(true);
    expect(jc(qh.p)).toBe('center');
    const padding = Number(attr(path(header, 'tblPr', 'tblCellMar', 'left'), 'w')) + Number(attr(path(header, 'tblPr', 'tblCellMar', 'right'), 'w'));
    expect(textWidthTwips(qh.text, 13, { bold: true })).toBeLessThanOrEqual(HEADER_COLUMNS[1] - padding);

    // Tiêu ngữ: 14 pt bold, hyphens not en dashes, a rule exactly as long as the text under it.
    const tn = right1![1]!;
    expect(tn.text).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(tn.text).not.toContain('–');
    expect(sizes(tn.p).every((s) => s === 14) && allBold(tn.p)).toBe(true);
    const tnRule = right1![2]!;
    expect(tnRule.text).toBe('');
    expect(attr(bottomBorder(tnRule.p), 'val')).toBe('single');
    expect(Math.abs(ruleLength(tnRule.p, HEADER_COLUMNS[1]) - textWidthTwips(tn.text, 14, { bold: true }))).toBeLessThanOrEqual(2);
    expect(spacing(tn.p, 'before') ?? '0').toBe('0');

    // Issuing body: 13 pt bold upper case, centred; the rule 1/3–1/2 of its longest line.
    const body = left1!.filter((x) => x.text !== '');
    expect(body.map((x) => x.text)).toEqual(v.coQuanBanHanh.split('\n').map(upperVi));
    for (const x of body) {
      expect(sizes(x.p).every((s) => s === 13) && allBold(x.p)).toBe(true);
      expect(jc(x.p)).toBe('center');
    }
    const bodyRule = left1![left1!.length - 1]!;
    expect(bottomBorder(bodyRule.p)).toBeDefined();
    const longest = Math.max(...body.map((x) => textWidthTwips(x.text, 13, { bold: true })));
    const len = ruleLength(bodyRule.p, HEADER_COLUMNS[0]);
    expect(len).toBeGreaterThanOrEqual(longest / 3);
    expect(len).toBeLessThanOrEqual(longest / 2);

    // Số: 13 pt upright regular; place and date: 14 pt italic, on the same row.
    expect(left2![0]!.text).toBe(fixtureLines(name).find((l) => l.startsWith('Số:')));
    expect(sizes(left2![0]!.p).every((s) => s === 13) && noneBold(left2![0]!.p) && noneItalic(left2![0]!.p)).toBe(true);
    expect(right2![0]!.text).toMatch(/^Hương Long, ngày \d\d tháng \d+ năm \d{4}$/);
    expect(sizes(right2![0]!.p).every((s) => s === 14) && allItalic(right2![0]!.p)).toBe(true);
    expect(jc(right2![0]!.p)).toBe('center');
  });

  it('centres the type name and the bold summary, with a rule of 1/3–1/2 under the summary', () => {
    const ps = paragraphs(child(doc, 'body')!).filter(({ p }) => (p.parentNode as XmlElement).localName === 'body');
    const i = ps.findIndex((x) => x.text === upperVi(v.loai === 'bao-cao' ? 'Báo cáo' : 'Kế hoạch'));
    expect(i).toBeGreaterThanOrEqual(0);
    const tenLoai = ps[i]!;
    expect(jc(tenLoai.p)).toBe('center');
    expect(allBold(tenLoai.p) && sizes(tenLoai.p).every((s) => s === 14)).toBe(true);
    const trichYeu = ps[i + 1]!;
    expect(trichYeu.text.replace(/\n/g, ' ')).toBe(v.trichYeu);
    expect(jc(trichYeu.p)).toBe('center');
    expect(allBold(trichYeu.p) && noneItalic(trichYeu.p) && sizes(trichYeu.p).every((s) => s === 14)).toBe(true);
    const lines = trichYeu.text.split('\n');
    for (const l of lines) expect(textWidthTwips(l, 14, { bold: true })).toBeLessThanOrEqual(TEXT_WIDTH);
    const rule = ps[i + 2]!;
    expect(attr(bottomBorder(rule.p), 'val')).toBe('single');
    const longest = Math.max(...lines.map((l) => textWidthTwips(l, 14, { bold: true })));
    expect(ruleLength(rule.p, TEXT_WIDTH)).toBeGreaterThanOrEqual(longest / 3);
    expect(ruleLength(rule.p, TEXT_WIDTH)).toBeLessThanOrEqual(longest / 2);
  });

  it('sets the body justified at 14 pt, first line 1.27 cm, ≥ 6 pt apart, line spacing 1.0–1.5, levels styled', () => {
    const ps = paragraphs(child(doc, 'body')!).filter(({ p }) => (p.parentNode as XmlElement).localName === 'body');
    const body = ps.filter(({ text }) => v.noiDung.some((b) => !isBang(b) && (text.endsWith(b.text) || text.toLocaleUpperCase('vi-VN').endsWith(upperVi(b.text)))) || text.endsWith('./.'));
    expect(body.length).toBe(v.noiDung.length + (v.ketThuc ? 1 : 0));
    for (const { p } of body) {
      expect(jc(p)).toBe('both');
      expect(ind(p, 'firstLine')).toBe(720);
      expect(Number(spacing(p, 'before'))).toBeGreaterThanOrEqual(120);
      const line = Number(spacing(p, 'line'));
      expect(line).toBeGreaterThanOrEqual(240);
      expect(line).toBeLessThanOrEqual(360);
      expect(spacing(p, 'lineRule')).toBe('auto');
      expect(sizes(p).every((s) => s === 14)).toBe(true);
      expect(noneItalic(p)).toBe(true);
    }
    v.noiDung.forEach((b, k) => {
      const p = body[k]!;
      if (b.capDo === 'muc') {
        expect(allBold(p.p)).toBe(true);
        expect(p.text).toBe(upperVi(p.text));
        expect(p.text).toMatch(/^[IVX]+\. /);
      } else if (b.capDo === 'khoan') {
        expect(p.text).toMatch(/^\d+\. /);
        expect(allBold(p.p)).toBe(!/[.;!?]$/.test(b.text));
      } else if (b.capDo === 'diem') {
        expect(p.text).toMatch(/^[a-zđ]\) /);
        expect(noneBold(p.p)).toBe(true);
      } else if (b.capDo === 'gach') {
        expect(p.text.startsWith('- ')).toBe(true);
        expect(noneBold(p.p)).toBe(true);
      }
    });
    const last = body[body.length - 1]!;
    expect(last.text.endsWith('./.')).toBe(true);
    expect(path(last.p, 'pPr', 'keepNext')).toBeDefined();
  });

  it('has the borderless signature table: Nơi nhận 12 pt bold italic, items 11 pt; authority bold upper case; ≥ 30 mm to sign', () => {
    const all = tables(doc);
    const sig = all[all.length - 1]!;
    expectBorderless(sig);
    const row = rowsOf(sig)[0]!;
    expect(path(row, 'trPr', 'cantSplit')).toBeDefined();
    const [left, right] = cellsOf(row).map(cellParagraphs);
    expect(left![0]!.text).toBe('Nơi nhận:');
    expect(sizes(left![0]!.p).every((s) => s === 12) && allBold(left![0]!.p) && allItalic(left![0]!.p)).toBe(true);
    expect(jc(left![0]!.p)).toBe('left');
    for (const item of left!.slice(1)) {
      expect(item.text.startsWith('- ')).toBe(true);
      expect(sizes(item.p).every((s) => s === 11) && noneBold(item.p) && noneItalic(item.p)).toBe(true);
    }
    expect(left![left!.length - 1]!.text).toMatch(/^- Lưu: VT/);
    const titles = right!.slice(0, -1);
    expect(titles.length).toBeGreaterThanOrEqual(2);
    expect(titles[0]!.text).toMatch(/^(TM|KT|TL|TUQ|Q)\. /);
    for (const t of titles) {
      expect(t.text).toBe(upperVi(t.text));
      expect(allBold(t.p) && sizes(t.p).every((s) => s === 14)).toBe(true);
      expect(jc(t.p)).toBe('center');
    }
    // "Nơi nhận:" and the first title line sit at the same height.
    expect(spacing(left![0]!.p, 'before')).toBe(spacing(titles[0]!.p, 'before'));
    const name = right![right!.length - 1]!;
    expect(name.text).toBe(v.chuKy.hoTen);
    expect(allBold(name.p) && sizes(name.p).every((s) => s === 14)).toBe(true);
    expect(Number(spacing(name.p, 'before'))).toBeGreaterThanOrEqual(1701);
  });

  it('reads back, paragraph by paragraph, as the fixture text', () => {
    const expected = fixtureLines(name);
    const actual = paragraphs(child(doc, 'body')!)
      .map(({ text }) => text.replace(/\n/g, ' '))
      .filter((t) => t !== '');
    const muc = new Set(v.noiDung.filter((b): b is KhoiVanBan => b.capDo === 'muc').map((b) => b.text));
    const expectedAsLaidOut = expected.map((l) => {
      const m = /^([IVX]+\. )(.*)$/.exec(l);
      return m && muc.has(m[2]!) ? m[1] + upperVi(m[2]!) : l;
    });
    expect(actual).toEqual(expectedAsLaidOut);
  });
});

describe('Kính gửi block', () => {
  it('puts one addressee on one centred line, and lines up the dashes of several under the colon', async () => {
    const v = fixtureVanBan('bao-cao-133-BC-UBND');
    const ps = paragraphs(readDocx(await exportDocx(v)).document);
    const label = ps.find((x) => x.text === 'Kính gửi:')!;
    const items = ps.filter((x) => v.kinhGui.some((k) => x.text === `- ${k}`));
    expect(items).toHaveLength(2);
    for (const it of items) {
      expect(ind(it.p, 'left')).toBe(ind(label.p, 'left') + textWidthTwips('Kính gửi', 14));
      expect(sizes(it.p).every((s) => s === 14) && noneBold(it.p)).toBe(true);
    }
    expect(ind(label.p, 'left')).toBeGreaterThan(0);
    expect(ind(label.p, 'left')).toBeLessThanOrEqual(1984);

    const one = { ...v, kinhGui: ['Ủy ban nhân dân huyện'] };
    const single = paragraphs(readDocx(await exportDocx(one)).document).filter((x) => x.text.startsWith('Kính gửi'));
    expect(single.map((x) => x.text)).toEqual(['Kính gửi: Ủy ban nhân dân huyện']);
    expect(jc(single[0]!.p)).toBe('center');

    const none = paragraphs(readDocx(await exportDocx({ ...v, kinhGui: [] })).document);
    expect(none.some((x) => x.text.startsWith('Kính gửi'))).toBe(false);
  });
});
