// Every type of the decree exports with its own layout variant (Phụ lục III), read back and checked.
import { describe, expect, it } from 'vitest';
import { DOCUMENT_TYPES, LOAI_VAN_BAN, hasTypeName, tenLoaiIn, type LoaiVanBan } from '../../../src/core/decree/document-types.ts';
import { importVanBan } from '../../../src/core/import/index.ts';
import { isBang, vanBanSchema, type KhoiVanBan, type VanBan } from '../../../src/core/model/van-ban.ts';
import { upperVi } from '../../../src/core/text/normalize.ts';
import { mauTheoLoai } from '../../../src/core/templates/mau-van-ban.ts';
import { exportDocx } from '../../../src/export/docx-writer.ts';
import { attr, child, els, paragraphText, paragraphs, path, readDocx, type XmlElement } from '../../helpers/docx-reader.ts';

const today = new Date(2025, 2, 5);

function documentOf(loai: LoaiVanBan): VanBan {
  const input = mauTheoLoai(loai)[0]!.tao(today);
  return vanBanSchema.parse({
    ...input,
    coQuanBanHanh: 'ỦY BAN NHÂN DÂN\nXÃ HƯƠNG LONG',
    // "Văn bản khác": the name the user gave, and its symbol typed whole.
    tenLoai: loai === 'khac' ? 'Điều lệ' : '',
    maCoQuan: loai === 'khac' ? 'ĐL-UBND' : 'UBND',
    maDonVi: loai === 'cong-van' || loai === 'thu-cong' ? 'VP' : '',
    diaDanh: 'Hương Long',
    so: '7',
    ngayBanHanh: { ngay: 5, thang: 3, nam: 2025 },
    trichYeu: input.trichYeu || 'Về việc kiểm tra',
    chuKy: { quyenHan: 'TM', thayMat: 'Ủy ban nhân dân', chucVu: 'Chủ tịch', hoTen: 'Nguyễn Văn A', ...(input.chuKy ?? {}) },
    chuKyPhu: loai === 'bien-ban' ? { chucVu: 'Thư ký', hoTen: 'Lê Thị B' } : undefined,
  });
}

async function read(v: VanBan) {
  const doc = readDocx(await exportDocx(v)).document;
  const body = child(doc, 'body')!;
  const top = (name: string) => {
    const out: XmlElement[] = [];
    for (let n = body.firstChild; n; n = n.nextSibling) if (n.nodeType === 1 && (n as XmlElement).localName === name) out.push(n as XmlElement);
    return out;
  };
  return { doc, all: paragraphs(doc), main: top('p').map((p) => ({ p, text: paragraphText(p).replace(/\n/g, ' ') })), tables: top('tbl') };
}

const runs = (p: XmlElement) => els(p, 'r').map((r) => ({ text: els(r, 't').map((t) => t.textContent).join(''), bold: !!path(r, 'rPr', 'b'), italic: !!path(r, 'rPr', 'i') }));
const jc = (p: XmlElement) => attr(path(p, 'pPr', 'jc'), 'val');
const size = (p: XmlElement) => Number(attr(path(els(p, 'r')[0]!, 'rPr', 'sz'), 'val')) / 2;

describe.each(LOAI_VAN_BAN.map((l) => [l] as const))('%s', (loai) => {
  it('exports the header, its type line or V/v, its body and its signature per its sample layout', async () => {
    const v = documentOf(loai);
    const { all, main, tables } = await read(v);
    const texts = all.map((x) => x.text.replace(/\n/g, ' '));
    expect(texts).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(texts).toContain('Hương Long, ngày 05 tháng 3 năm 2025');
    const code = DOCUMENT_TYPES[loai].kyHieu;
    expect(texts).toContain(code ? `Số: 07/${code}-UBND` : code === '' ? 'Số: 07/ĐL-UBND' : 'Số: 07/UBND-VP');
    if (hasTypeName(loai)) {
      const tenLoai = main.find((x) => x.text === upperVi(tenLoaiIn(v)))!;
      expect(tenLoai, 'type name line').toBeDefined();
      expect(jc(tenLoai.p)).toBe('center');
      expect(runs(tenLoai.p).every((r) => r.bold)).toBe(true);
      expect(texts.some((t) => t.startsWith('V/v'))).toBe(false);
    } else {
      // Công văn / thư công: no type name; "V/v …" at 12 pt in the header's left cell, under the number.
      const headerLeft = paragraphs(els(tables[0]!, 'tc')[2]!);
      const vv = headerLeft.find((x) => x.text.startsWith('V/v '))!;
      expect(vv.text.replace(/\n/g, ' ')).toBe(`V/v ${v.trichYeu}`);
      expect(size(vv.p)).toBe(12);
      expect(attr(path(vv.p, 'pPr', 'spacing'), 'before')).toBe('120');
      expect(main.some((x) => x.text === upperVi(DOCUMENT_TYPES[loai].ten))).toBe(false);
    }
    for (const b of v.noiDung.filter((b): b is KhoiVanBan => !isBang(b))) expect(texts.some((t) => t.includes(b.capDo === 'muc' ? upperVi(b.text) : b.text))).toBe(true);
    expect(texts.some((t) => t.endsWith('./.'))).toBe(true);
    expect(texts).toContain(v.chuKy.hoTen);
  });
});

describe('layout variants', () => {
  it('Quyết định: the authority line, italic legal bases, "QUYẾT ĐỊNH:", then Điều 1., Điều 2. with the label bold', async () => {
    const v = documentOf('quyet-dinh');
    const { main } = await read(v);
    const i = main.findIndex((x) => x.text === upperVi(v.thamQuyen));
    expect(i).toBeGreaterThan(0);
    expect(jc(main[i]!.p)).toBe('center');
    expect(runs(main[i]!.p).every((r) => r.bold)).toBe(true);
    const canCu = main.filter((x) => v.canCu.includes(x.text));
    expect(canCu).toHaveLength(v.canCu.length);
    for (const c of canCu) expect(runs(c.p).every((r) => r.italic && !r.bold)).toBe(true);
    const loi = main.findIndex((x) => x.text === 'QUYẾT ĐỊNH:');
    expect(loi).toBe(main.indexOf(canCu[canCu.length - 1]!) + 1);
    expect(jc(main[loi]!.p)).toBe('center');
    expect(runs(main[loi]!.p).every((r) => r.bold)).toBe(true);
    const dieu = main.filter((x) => /^Điều \d+\. /.test(x.text));
    expect(dieu.map((x) => x.text.slice(0, 8))).toEqual(['Điều 1. ', 'Điều 2. ', 'Điều 3. ']);
    const [label, rest] = runs(dieu[0]!.p);
    expect(label).toEqual({ text: 'Điều 1.', bold: true, italic: false });
    expect(rest!.bold).toBe(false);
    expect(dieu[2]!.text.endsWith('./.')).toBe(true);
  });

  it('Nghị quyết: "QUYẾT NGHỊ:" opens the articles', async () => {
    const { main } = await read(documentOf('nghi-quyet'));
    expect(main.map((x) => x.text)).toContain('QUYẾT NGHỊ:');
    expect(main.map((x) => x.text)).not.toContain('QUYẾT ĐỊNH:');
  });

  it('Công điện: "<AUTHORITY> điện:" then the addressees as a list, no "Kính gửi:"', async () => {
    const v = documentOf('cong-dien');
    const { main } = await read(v);
    const texts = main.map((x) => x.text);
    const i = texts.indexOf(`${upperVi(v.thamQuyen)} điện:`);
    expect(i).toBeGreaterThan(0);
    expect(texts.slice(i + 1, i + 1 + v.kinhGui.length)).toEqual(v.kinhGui.map((k) => `- ${k}`));
    expect(texts.some((t) => t.startsWith('Kính gửi'))).toBe(false);
  });

  it('Biên bản: the secretary signs on the left, the chair on the right, and the Nơi nhận follows the signatures', async () => {
    const v = documentOf('bien-ban');
    const { tables, main } = await read(v);
    const [left, right] = els(tables[tables.length - 1]!, 'tc').map((tc) => paragraphs(tc).map((x) => x.text));
    expect(left).toEqual(['THƯ KÝ', 'Lê Thị B']);
    expect(right).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỌA', 'Nguyễn Văn A']);
    const after = main.slice(main.findIndex((x) => x.text === 'Nơi nhận:'));
    expect(after.map((x) => x.text)).toEqual(['Nơi nhận:', ...v.noiNhan.map((n) => `- ${n}`)]);
  });

  it('a decision copied as plain text imports and exports back to the same text', async () => {
    const lines = [
      'ỦY BAN NHÂN DÂN',
      'XÃ HƯƠNG LONG',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 25/QĐ-UBND',
      'Hương Long, ngày 02 tháng 4 năm 2024',
      'QUYẾT ĐỊNH',
      'Về việc thành lập Tổ tuyên truyền cải cách hành chính',
      'CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ HƯƠNG LONG',
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;',
      'Theo đề nghị của công chức Văn phòng - Thống kê.',
      'QUYẾT ĐỊNH:',
      'Điều 1. Thành lập Tổ tuyên truyền cải cách hành chính xã.',
      'Điều 2. Văn phòng - Thống kê và các thành viên Tổ chịu trách nhiệm thi hành Quyết định này./.',
      'Nơi nhận:',
      '- Như Điều 2;',
      '- Lưu: VT.',
      'CHỦ TỊCH',
      'Nguyễn Văn A',
    ];
    const { vanBan } = importVanBan(lines.join('\n'));
    const { all } = await read(vanBan);
    expect(all.map((x) => x.text.replace(/\n/g, ' ')).filter((t) => t !== '')).toEqual(lines);
  });

  it('a regulation with chương: "Chương I" and its title centred in bold, titled articles in bold, and the text round-trips', async () => {
    const lines = [
      'ỦY BAN NHÂN DÂN',
      'XÃ HƯƠNG LONG',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 02/QC-UBND',
      'Hương Long, ngày 10 tháng 01 năm 2025',
      'QUY CHẾ',
      'Làm việc của Ủy ban nhân dân xã',
      'Chương I',
      'QUY ĐỊNH CHUNG',
      'Điều 1. Phạm vi điều chỉnh',
      'Quy chế này quy định nguyên tắc, chế độ trách nhiệm, lề lối làm việc.',
      'Điều 2. Đối tượng áp dụng',
      'Quy chế này áp dụng đối với cán bộ, công chức xã.',
      'Chương II',
      'TỔ CHỨC THỰC HIỆN',
      'Điều 3. Trách nhiệm thi hành',
      'Văn phòng HĐND và UBND xã theo dõi việc thực hiện Quy chế này./.',
      'Nơi nhận:',
      '- Lưu: VT.',
      'TM. ỦY BAN NHÂN DÂN',
      'CHỦ TỊCH',
      'Nguyễn Văn A',
    ];
    const { vanBan } = importVanBan(lines.join('\n'));
    expect(vanBan.loai).toBe('quy-che');
    expect(vanBan.noiDung.filter((b): b is KhoiVanBan => b.capDo === 'chuong').map((b) => b.text)).toEqual(['QUY ĐỊNH CHUNG', 'TỔ CHỨC THỰC HIỆN']);
    const { all, main } = await read(vanBan);
    expect(all.map((x) => x.text.replace(/\n/g, ' ')).filter((t) => t !== '')).toEqual(lines);
    for (const t of ['Chương I', 'QUY ĐỊNH CHUNG', 'Chương II', 'TỔ CHỨC THỰC HIỆN']) {
      const p = main.find((x) => x.text === t)!;
      expect(jc(p.p), t).toBe('center');
      expect(runs(p.p).every((r) => r.bold), t).toBe(true);
    }
    const dieu1 = main.find((x) => x.text.startsWith('Điều 1.'))!;
    expect(runs(dieu1.p).every((r) => r.bold)).toBe(true);
  });
});
