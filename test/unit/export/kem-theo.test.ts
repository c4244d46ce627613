// Văn bản kèm theo and phụ lục (Mẫu 1.3, Mẫu 2.1): exported into the same .docx, read back.
import { describe, expect, it } from 'vitest';
import { vanBanSchema, type KhoiVanBan, type VanBan, type VanBanInput } from '../../../src/core/model/van-ban.ts';
import { mauVanBan } from '../../../src/core/templates/mau-van-ban.ts';
import { exportDocx } from '../../../src/export/docx-writer.ts';
import { planDocument } from '../../../src/export/plan.ts';
import { attr, child, els, paragraphText, path, readDocx, type XmlElement } from '../../helpers/docx-reader.ts';

const base: VanBanInput = {
  loai: 'quyet-dinh',
  coQuanBanHanh: 'ỦY BAN NHÂN DÂN\nXÃ HƯƠNG LONG',
  maCoQuan: 'UBND',
  diaDanh: 'Hương Long',
  so: '7',
  ngayBanHanh: { ngay: 5, thang: 3, nam: 2025 },
  trichYeu: 'Ban hành Quy chế hoạt động của Tổ tuyên truyền',
  thamQuyen: 'CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ HƯƠNG LONG',
  noiDung: [{ capDo: 'dieu', text: 'Ban hành kèm theo Quyết định này Quy chế hoạt động của Tổ tuyên truyền.' }, { capDo: 'dieu', text: 'Quyết định này có hiệu lực kể từ ngày ký' }],
  noiNhan: ['Như Điều 2;', 'Lưu: VT.'],
  chuKy: { quyenHan: 'TM', thayMat: 'Ủy ban nhân dân', chucVu: 'Chủ tịch', hoTen: 'Nguyễn Văn A' },
  kemTheo: [
    {
      kieu: 'ban-hanh', ten: 'Quy chế', trichYeu: 'Hoạt động của Tổ tuyên truyền',
      noiDung: [{ capDo: 'chuong', text: 'Quy định chung' }, { capDo: 'dieu', text: 'Phạm vi điều chỉnh' }, { capDo: 'khoan', text: 'Một' }],
    },
    { kieu: 'phu-luc', ten: 'Danh sách thành viên Tổ tuyên truyền', noiDung: [{ capDo: 'khoan', text: 'Ông Nguyễn Văn B' }] },
    { kieu: 'phu-luc', ten: 'Lịch sinh hoạt', noiDung: [{ capDo: 'gach', text: 'Thứ Hai hằng tuần' }] },
  ],
};

/** The body's top-level elements in order, each with its text. */
async function topLevel(v: VanBan) {
  const doc = readDocx(await exportDocx(v)).document;
  const body = child(doc, 'body')!;
  const out: { el: XmlElement; name: string; text: string }[] = [];
  for (let n = body.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1) out.push({ el: n as XmlElement, name: (n as XmlElement).localName!, text: paragraphText(n as XmlElement).replace(/\n/g, ' ') });
  }
  return out;
}

const isPageBreak = (e: { el: XmlElement; name: string }) => e.name === 'p' && els(e.el, 'br').some((b) => attr(b, 'type') === 'page');
const sectPrOf = (e: { el: XmlElement; name: string }) => (e.name === 'p' ? path(e.el, 'pPr', 'sectPr') : undefined);

describe('văn bản kèm theo in the .docx', () => {
  it('starts the issued regulation on a new page with the header row, its name, summary and the reference line', async () => {
    const top = await topLevel(vanBanSchema.parse(base));
    const brk = top.findIndex(isPageBreak);
    expect(brk).toBeGreaterThan(0);
    // Before the break: the main document's signature table, holding the Nơi nhận.
    expect(top[brk - 1]!.name).toBe('tbl');
    const header = top[brk + 1]!;
    expect(header.name).toBe('tbl');
    expect(els(header.el, 'tr')).toHaveLength(1);
    expect(header.text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(header.text).toContain('XÃ HƯƠNG LONG');
    expect(header.text).not.toContain('Số:');
    const texts = top.slice(brk + 2).map((e) => e.text);
    expect(texts.slice(0, 3)).toEqual(['QUY CHẾ', 'Hoạt động của Tổ tuyên truyền', '(Ban hành kèm theo Quyết định số 07/QĐ-UBND ngày 05 tháng 3 năm 2025)']);
    const ref = top[brk + 4]!;
    expect(attr(path(ref.el, 'pPr', 'jc'), 'val')).toBe('center');
    expect(els(ref.el, 'r').every((r) => path(r, 'rPr', 'i'))).toBe(true);
    // Numbering restarts in the attachment: its first article is Điều 1 again.
    expect(texts).toContain('Chương I');
    expect(texts).toContain('Điều 1. Phạm vi điều chỉnh');
    expect(texts).toContain('1. Một./.');
    // The signer again, without Nơi nhận.
    const sig = top.slice(brk + 2).find((e) => e.name === 'tbl')!;
    expect(sig.text).toContain('Nguyễn Văn A');
    expect(sig.text).not.toContain('Nơi nhận');
  });

  it('leaves blanks for the clerk when the number and day are not assigned', async () => {
    const v = vanBanSchema.parse({ ...base, so: '', ngayBanHanh: { ngay: null, thang: null, nam: 2025 } });
    const top = await topLevel(v);
    const ref = top.find((e) => e.text.startsWith('(Ban hành kèm theo'))!;
    expect(ref.text).toBe(`(Ban hành kèm theo Quyết định số ${'\u00A0'.repeat(6)}/QĐ-UBND ngày ${'\u00A0'.repeat(5)} tháng ${'\u00A0'.repeat(5)} năm 2025)`);
  });

  it('numbers appendices I, II and opens a section for each whose page numbers restart at 1', async () => {
    const top = await topLevel(vanBanSchema.parse(base));
    const labels = top.filter((e) => /^Phụ lục /.test(e.text));
    expect(labels.map((e) => e.text)).toEqual(['Phụ lục I', 'Phụ lục II']);
    const label = labels[0]!.el;
    expect(Number(attr(path(els(label, 'r')[0]!, 'rPr', 'sz'), 'val')) / 2).toBe(14);
    expect(els(label, 'r').every((r) => path(r, 'rPr', 'b'))).toBe(true);
    const i = top.indexOf(labels[0]!);
    expect(top[i + 1]!.text).toBe('DANH SÁCH THÀNH VIÊN TỔ TUYÊN TRUYỀN');
    expect(top[i + 2]!.text).toBe('(Kèm theo Quyết định số 07/QĐ-UBND ngày 05 tháng 3 năm 2025)');

    // Sections: main + regulation | Phụ lục I | Phụ lục II (the body's own sectPr).
    const breaks = top.map((e, k) => [k, sectPrOf(e)] as const).filter(([, s]) => s);
    expect(breaks).toHaveLength(2);
    expect(breaks[0]![0]).toBe(i - 1);
    const sections = [...breaks.map(([, s]) => s!), top[top.length - 1]!.el];
    expect(sections.map((s) => s.localName)).toEqual(['sectPr', 'sectPr', 'sectPr']);
    expect(sections.map((s) => attr(child(s, 'pgNumType'), 'start'))).toEqual([null, '1', '1']);
    for (const s of sections) {
      expect(child(s, 'titlePg')).toBeDefined();
      expect(els(s, 'headerReference')).toHaveLength(2);
    }
  });

  it('keeps a document without attachments as it was: one section, no break', async () => {
    const top = await topLevel(vanBanSchema.parse({ ...base, kemTheo: [] }));
    expect(top.some(isPageBreak)).toBe(false);
    expect(top.filter((e) => e.name === 'p' && sectPrOf(e))).toHaveLength(0);
    expect(attr(child(top[top.length - 1]!.el, 'pgNumType'), 'start')).toBeNull();
  });

  it('plans appendices as new sections and the issued document as a page break', () => {
    const plan = planDocument(vanBanSchema.parse(base));
    expect(plan.kemTheo.map((k) => [k.kieu, k.newSection, !!k.header, !!k.signature])).toEqual([
      ['ban-hanh', false, true, true],
      ['phu-luc', true, false, false],
      ['phu-luc', true, false, false],
    ]);
  });

  it('the indirect Quyết định template issues a Quy chế with chapters and articles', async () => {
    const m = mauVanBan('quyet-dinh-gian-tiep')!;
    const v = vanBanSchema.parse(m.tao(new Date(2025, 2, 5)));
    expect(v.loai).toBe('quyet-dinh');
    expect(v.noiDung.map((b) => b.capDo)).toEqual(['dieu', 'dieu', 'dieu']);
    expect((v.noiDung[0] as KhoiVanBan).text).toMatch(/^Ban hành kèm theo Quyết định này Quy chế/);
    expect(v.kemTheo).toHaveLength(1);
    expect(v.kemTheo[0]!.kieu).toBe('ban-hanh');
    expect(v.kemTheo[0]!.ten).toBe('Quy chế');
    expect(v.kemTheo[0]!.noiDung.filter((b) => b.capDo === 'chuong').length).toBeGreaterThan(1);
    const top = await topLevel(v);
    expect(top.some(isPageBreak)).toBe(true);
    expect(top.map((e) => e.text)).toContain('QUY CHẾ');
  });
});

describe('the model', () => {
  it('gives old documents and backups an empty list, and caps attachments at 20', () => {
    const { kemTheo: _, ...old } = base;
    expect(vanBanSchema.parse(old).kemTheo).toEqual([]);
    const many = Array.from({ length: 21 }, () => ({ kieu: 'phu-luc' as const }));
    expect(vanBanSchema.safeParse({ ...base, kemTheo: many }).success).toBe(false);
    expect(vanBanSchema.parse({ ...base, kemTheo: [{ kieu: 'phu-luc' }] }).kemTheo[0]).toEqual({ kieu: 'phu-luc', ten: '', trichYeu: '', noiDung: [] });
  });
});
