// Data tables in pasted plain text (TAB rows) and from any reader's items: table blocks where they
// stood, header rows and merged header cells read from the content, caption, unit and notes taken
// along, TABs in prose left as text, and one clear message for a table over the limits.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkVanBan } from '../../../src/core/checker/index.ts';
import { ImportLimitError, importBody, importBodyItems, importItems, importVanBan, type BangNhap } from '../../../src/core/import/index.ts';
import type { Bang, Khoi, VanBan } from '../../../src/core/model/van-ban.ts';
import { blockMarkers } from '../../../src/core/numbering.ts';
import { textItems } from '../../../src/core/import/text-lines.ts';
import { FIXTURES_DIR } from '../../helpers/fixtures.ts';
import { describeReal, REAL_TEXT_DIR } from '../../helpers/real-fixtures.ts';
import { missingLines } from './accounted.ts';

const fixture = (name: string) =>
  readFileSync(resolve(FIXTURES_DIR, 'tables', name), 'utf8')
    .split('\n')
    .filter((l) => !l.startsWith('#'))
    .join('\n');

const tables = (blocks: readonly Khoi[]): Bang[] => blocks.flatMap((b) => (b.capDo === 'bang' ? [b.bang] : []));
/** Cell texts row by row, a merged cell marked with its spans. */
const cells = (b: Bang) => b.hang.map((h) => h.o.map((o) => (o.gopCot > 1 || o.gopHang > 1 ? `${o.text}{${o.gopCot}×${o.gopHang}}` : o.text)));
const row = (...texts: string[]): BangNhap['hang'][number] => texts.map((text) => ({ text, gopCot: 1, gopHang: 1 }));

describe('a report with two tables pasted as plain text', () => {
  const text = fixture('bao-cao-hai-bang.txt');
  const { vanBan: v, notes } = importVanBan(text);
  const [thu, chi] = tables(v.noiDung);

  it('reads the document around them as before, and drops nothing', () => {
    expect(v).toMatchObject({ loai: 'bao-cao', so: '45', diaDanh: 'Hương Long', kinhGui: ['Ủy ban nhân dân huyện Hương Sơn'], trichYeu: 'Kết quả thu, chi ngân sách 6 tháng đầu năm 2025' });
    expect(v.ketThuc).toMatch(/^Trên đây là báo cáo/);
    expect(v.noiNhan).toEqual(['Như trên;', 'Thường trực Đảng ủy xã;', 'Lưu: VT, TCKT.']);
    expect(v.chuKy).toMatchObject({ quyenHan: 'TM', chucVu: 'CHỦ TỊCH', hoTen: 'Nguyễn Văn A' });
    expect(notes).toEqual([]);
    expect(missingLines(text, { vanBan: v, notes })).toEqual([]);
    // Its figures add up: the checker has nothing to say about either table.
    expect(checkVanBan(v).filter((f) => f.ruleId.startsWith('bang.'))).toEqual([]);
  });

  it('puts each table where it stood, with its caption, unit line and note', () => {
    expect(v.noiDung.map((b) => b.capDo)).toEqual(['doan', 'muc', 'khoan', 'doan', 'bang', 'khoan', 'doan', 'muc', 'khoan', 'bang', 'khoan', 'doan', 'muc', 'gach', 'gach']);
    expect(thu).toMatchObject({ tieuDe: 'Bảng 1. Kết quả thu ngân sách 6 tháng đầu năm 2025', donViTinh: 'Đơn vị tính: triệu đồng', ghiChu: ['Nguồn: Bộ phận Tài chính - Kế toán xã.'] });
    expect(chi).toMatchObject({ tieuDe: 'Bảng 2. Chi ngân sách 6 tháng đầu năm 2025 theo thôn', donViTinh: 'Đơn vị tính: đồng', ghiChu: ['Ghi chú: chi đầu tư gồm các công trình đã được Hội đồng nhân dân xã thông qua.'] });
  });

  it('keeps every cell in order, a total row included, and reads one header row over the figures', () => {
    expect(cells(thu!)).toEqual([
      ['STT', 'Nội dung thu', 'Dự toán năm', 'Thực hiện 6 tháng', 'Tỷ lệ (%)'],
      ['1', 'Thuế công thương nghiệp', '1.200', '650', '54,2'],
      ['2', 'Phí, lệ phí', '350', '180', '51,4'],
      ['3', 'Thu từ quỹ đất công ích', '800', '420', '52,5'],
      ['4', 'Thu khác', '150', '95', '63,3'],
      ['', 'Tổng cộng', '2.500', '1.345', '53,8'],
    ]);
    expect(thu!.soHangTieuDe).toBe(1);
    // Row numbers centred, text left, figures right.
    expect(thu!.canLe).toEqual(['giua', 'trai', 'phai', 'phai', 'phai']);
  });

  it('reads the two-row header of 11 columns: empty cells beside a heading merge with it, under one merge down', () => {
    expect(chi!.soHangTieuDe).toBe(2);
    expect(cells(chi!).slice(0, 3)).toEqual([
      ['STT{1×2}', 'Thôn{1×2}', 'Tổng chi{1×2}', 'Chi thường xuyên{4×1}', 'Chi đầu tư{2×1}', 'Dự phòng{1×2}', 'Ghi chú{1×2}'],
      ['Lương', 'Phụ cấp', 'Hoạt động', 'Khác', 'Xây dựng', 'Mua sắm'],
      ['1', 'Thôn Đông', '193.886.000', '28.970.000', '17.404.000', '49.049.000', '12.840.000', '42.096.000', '31.596.000', '11.931.000', ''],
    ]);
    expect(chi!.hang.at(-1)!.o.map((o) => o.text)).toEqual(['', 'Tổng cộng', '1.093.625.000', '143.633.000', '111.087.000', '187.601.000', '93.356.000', '198.445.000', '166.551.000', '192.952.000', '']);
    expect(chi!.canLe).toEqual(['giua', 'trai', 'phai', 'phai', 'phai', 'phai', 'phai', 'phai', 'phai', 'phai', 'trai']);
  });

  it('gives the tables no number and keeps the outline numbering across them', () => {
    const markers = blockMarkers(v.noiDung);
    expect(markers.filter((m, i) => v.noiDung[i]!.capDo !== 'doan' && v.noiDung[i]!.capDo !== 'gach')).toEqual(['I.', '1.', '', '2.', 'II.', '1.', '', '2.', 'III.']);
  });
});

describe('plain-text TAB rows that stay text', () => {
  it('keeps a TAB leader inside a sentence (real-text 01: "giao: ⇥326 biên chế.")', () => {
    const body = importBody(
      [
        'a) Số biên chế được cơ quan có thẩm quyền giao: \t326 biên chế.',
        '- Hội có phạm vi hoạt động trong tỉnh: \t\t326 người.',
        '- Hội có phạm vi hoạt động trong xã: \t\t\tKhông.',
      ].join('\n'),
    );
    expect(body).toEqual([
      { capDo: 'diem', text: 'Số biên chế được cơ quan có thẩm quyền giao: 326 biên chế.' },
      { capDo: 'gach', text: 'Hội có phạm vi hoạt động trong tỉnh: 326 người.' },
      { capDo: 'gach', text: 'Hội có phạm vi hoạt động trong xã: Không.' },
    ]);
  });

  it('keeps an indent, a lone two-cell line and Word list numbering as paragraphs', () => {
    expect(importBody('\tĐoạn thụt đầu dòng.\nHọ và tên\tChức vụ\n1.\tTình hình\n2.\tKết quả').map((b) => b.capDo)).toEqual(['doan', 'doan', 'khoan', 'khoan']);
  });

  it('still reads the header and signature layout tables as their lines, even with a data table right above the signature', () => {
    const text = [
      'ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'XÃ HƯƠNG LONG\tĐộc lập - Tự do - Hạnh phúc',
      'Số: 12/BC-UBND\tHương Long, ngày 05 tháng 01 năm 2025',
      'BÁO CÁO',
      'Kết quả tuyên truyền năm 2024',
      'STT\tHình thức\tSố buổi',
      '1\tHội nghị\t4',
      '2\tPhát thanh\t24',
      'Nơi nhận:\tTM. ỦY BAN NHÂN DÂN',
      '- UBND huyện;\tCHỦ TỊCH',
      '- Lưu: VT.\tNguyễn Văn A',
    ].join('\n');
    const { vanBan: v } = importVanBan(text);
    expect(v).toMatchObject({ coQuanBanHanh: 'ỦY BAN NHÂN DÂN\nXÃ HƯƠNG LONG', so: '12', noiNhan: ['UBND huyện;', 'Lưu: VT.'], chuKy: { quyenHan: 'TM', chucVu: 'CHỦ TỊCH', hoTen: 'Nguyễn Văn A' } });
    expect(tables(v.noiDung).map(cells)).toEqual([[['STT', 'Hình thức', 'Số buổi'], ['1', 'Hội nghị', '4'], ['2', 'Phát thanh', '24']]]);
  });
});

describe('tables among the lines', () => {
  it('read from a one-line excerpt of three cells, and a header of short labels over words', () => {
    expect(tables(importBody('Nội dung\tĐơn vị thực hiện\tThời gian\nTuyên truyền\tVăn hóa xã\tQuý I\nTập huấn\tNội vụ\tQuý II')).map((b) => b.soHangTieuDe)).toEqual([1]);
    expect(tables(importBody('a\tb\tc')).map(cells)).toEqual([[['a', 'b', 'c']]]);
  });

  it('take the title, unit and note rows a spreadsheet selection carries inside the table', () => {
    const [b] = tables(importBody(['BIỂU TỔNG HỢP KẾT QUẢ\t\t', 'Đơn vị tính: người\t\t', 'STT\tĐơn vị\tSố người', '1\tThôn 1\t12', 'Ghi chú: số liệu đến 30/6\t\t'].join('\n')));
    expect(b).toMatchObject({ tieuDe: 'BIỂU TỔNG HỢP KẾT QUẢ', donViTinh: 'Đơn vị tính: người', ghiChu: ['Ghi chú: số liệu đến 30/6'], soHangTieuDe: 1 });
    expect(cells(b!)).toEqual([['STT', 'Đơn vị', 'Số người'], ['1', 'Thôn 1', '12']]);
  });

  it('count a column-numbering row under the header as a header row', () => {
    const [b] = tables(importBody('STT\tĐơn vị\tSố hộ\n(1)\t(2)\t(3)\n1\tThôn 1\t12\n2\tThôn 2\t15'));
    expect(b!.soHangTieuDe).toBe(2);
  });

  it('end the body: "./." on its own line after a final table is the end mark the layout prints', () => {
    const { vanBan: v } = importVanBan('BÁO CÁO\nKết quả\nI. Số liệu\nSTT\tThôn\tSố hộ\n1\tThôn 1\t12\n2\tThôn 2\t15\n./.\nNơi nhận:\n- Lưu: VT.');
    expect(v.noiDung.map((b) => b.capDo)).toEqual(['muc', 'bang']);
    expect(v.ketThuc).toBe('');
    expect(v.noiNhan).toEqual(['Lưu: VT.']);
  });
});

describe('importItems: the classifier takes lines and tables from any reader', () => {
  const bang = (soHangTieuDe?: number): BangNhap => ({ kind: 'bang', hang: [row('Họ và tên', 'Chức vụ'), row('Nguyễn Văn A', 'Chủ tịch')], ...(soHangTieuDe === undefined ? {} : { soHangTieuDe }) });

  it('reads the same document from items as from its text, lines cleaned at its door', () => {
    const text = fixture('bao-cao-hai-bang.txt');
    // Lines as another reader might hand them: NFD, padded, two paragraphs in one string.
    const [first, second, ...rest] = textItems(text).map((m) => (typeof m === 'string' ? `  ${m.normalize('NFD')} ` : m));
    expect(importItems([`${first as string}\r\n${second as string}`, ...rest])).toEqual(importVanBan(text));
  });

  it('uses the header rows a reader knew, and reads them when it did not', () => {
    expect(tables(importBodyItems([bang(0)]))[0]!.soHangTieuDe).toBe(0);
    expect(tables(importBodyItems([bang()]))[0]!.soHangTieuDe).toBe(1);
  });

  it('ends the header at a table, and moves a table among the signature lines to the end of the body, saying so', () => {
    const { vanBan: v, notes } = importItems(['BÁO CÁO', bang(), 'Kết quả năm 2024', 'Nơi nhận:', '- Lưu: VT.', bang(), 'CHỦ TỊCH', 'Nguyễn Văn A']);
    expect(v.trichYeu).toBe('');
    expect(v.noiDung.map((b) => b.capDo)).toEqual(['bang', 'doan', 'bang']);
    expect(notes).toContain('1 bảng nằm trong phần nơi nhận, chữ ký: đưa vào cuối nội dung');
  });

  it('drops a table with no cell, which holds nothing', () => {
    expect(importBodyItems(['Đoạn.', { kind: 'bang', hang: [[], []] }])).toEqual([{ capDo: 'doan', text: 'Đoạn.' }]);
  });
});

describe('the Phụ lục I table of real-text 05 (excerpt copied into test/fixtures)', () => {
  it('comes out as a table in its phụ lục, group rows "I"/"II" with their empty last cell', () => {
    const text = fixture('05-phu-luc-i-excerpt.txt');
    const r = importVanBan(text);
    const [pl1, pl2] = r.vanBan.kemTheo;
    expect(pl1).toMatchObject({ kieu: 'phu-luc', ten: 'Thời gian, đơn vị được kiểm tra' });
    const [b] = tables(pl1!.noiDung);
    expect(cells(b!)).toEqual([
      ['STT', 'Đơn vị được kiểm tra', 'Thời gian kiểm tra'],
      ['I', 'Cơ quan chuyên môn cấp tỉnh', ''],
      ['1', 'Sở Nông nghiệp và Môi trường (Văn phòng Đăng ký đất đai tỉnh và các Chi nhánh Văn phòng đăng ký đất đai khu vực)', 'Từ tháng 3 đến tháng 9/2026'],
      ['2', 'Sở Xây dựng', 'Tháng 7/2026'],
      ['3', 'Sở Y tế', 'Tháng 8/2026'],
      ['4', 'Sở Công Thương', 'Tháng 9/2026'],
      ['II', 'Ủy ban nhân dân cấp xã', ''],
      ['1', 'Phường Bắc Gia Nghĩa', 'Tháng 3/2026'],
      ['2', 'Phường Nam Gia Nghĩa', 'Tháng 3/2026'],
      ['3', 'Xã Đắk Song', 'Tháng 3/2026'],
    ]);
    expect(b).toMatchObject({ soHangTieuDe: 1, canLe: ['giua', 'trai', 'trai'] });
    expect(tables(r.vanBan.noiDung)).toEqual([]);
    expect(tables(pl2!.noiDung)).toEqual([]);
    expect(missingLines(text, r)).toEqual([]);
  });
});

describeReal('real-text', 'real documents with TABs', () => {
  const read = (name: string) => readFileSync(resolve(REAL_TEXT_DIR, name), 'utf8').split('\n').slice(1).join('\n');

  it('05: the whole Phụ lục I table (header, 2 group rows, 29 units) is a table in Phụ lục I', () => {
    const text = read('05-ke-hoach-kiem-tra-cchc-2026-ubnd-lam-dong.txt');
    const r = importVanBan(text);
    const [b] = tables(r.vanBan.kemTheo[0]!.noiDung);
    expect(b!.hang).toHaveLength(32);
    expect(b!.hang.every((h) => h.o.length === 3)).toBe(true);
    expect(b!.hang.filter((h) => /^(I|II)$/.test(h.o[0]!.text)).map((h) => h.o[2]!.text)).toEqual(['', '']);
    expect(r.vanBan.kemTheo.flatMap((k) => tables(k.noiDung))).toHaveLength(1);
    expect(missingLines(text, r)).toEqual([]);
  });

  it('01: its six TAB leaders stay in their sentences, and no table is made', () => {
    const text = read('01-bao-cao-ubnd-tinh-lam-dong-quan-ly-hoi-2025.txt');
    const { vanBan: v } = importVanBan(text);
    expect(tables(v.noiDung)).toEqual([]);
    expect(v.noiDung.some((b) => b.capDo !== 'bang' && b.text === 'Số biên chế được cơ quan có thẩm quyền giao: 326 biên chế.')).toBe(true);
  });
});

describe('a table over the limits: one Vietnamese message naming the limit, nothing made', () => {
  const refused = (f: () => unknown): string => {
    try {
      f();
    } catch (e) {
      expect(e).toBeInstanceOf(ImportLimitError);
      return (e as Error).message;
    }
    throw new Error('not refused');
  };

  it('10 000 columns', () => {
    const wide = Array.from({ length: 3 }, (_, r) => Array.from({ length: 10_000 }, (_, c) => `${r}-${c}`).join('\t')).join('\n');
    expect(refused(() => importVanBan(`BÁO CÁO\nKết quả\n${wide}`))).toBe('Không nhập được bảng «0-0»: bảng có 10.000 cột, một bảng tối đa 30 cột (hãy tách thành nhiều bảng hoặc bỏ bớt cột)');
    expect(refused(() => importBodyItems([{ kind: 'bang', hang: [row('a', 'b'), [{ text: 'rộng', gopCot: 40, gopHang: 1 }]] }]))).toMatch(/có 40 cột, một bảng tối đa 30 cột/);
  });

  it('a 5 MB cell', () => {
    const big = 'a'.repeat(5 * 1024 * 1024);
    expect(refused(() => importVanBan(`BÁO CÁO\nKết quả\nSTT\tNội dung\tGhi chú\n1\t${big}\tx\n2\tb\tc`))).toBe(
      'Không nhập được bảng «STT»: ô ở hàng 2, cột 2 dài 5.242.880 ký tự, một ô tối đa 2.000 ký tự',
    );
  });

  it('2 001 rows, and 101 tables', () => {
    const long = Array.from({ length: 2001 }, (_, r) => `${r}\tx\ty`).join('\n');
    expect(refused(() => importBody(long))).toMatch(/bảng có 2\.001 hàng, một bảng tối đa 2\.000 hàng/);
    const many = Array.from({ length: 101 }, (_, i) => `Đoạn ${i}.\nA\tB\tC\n1\t2\t3`).join('\n');
    expect(refused(() => importVanBan(`BÁO CÁO\nKết quả\n${many}`))).toBe('Văn bản có 101 bảng, một văn bản tối đa 100 bảng');
  });
});

describe('what the import hands on is a valid document', () => {
  it('every table block passes the schema unchanged', async () => {
    const { vanBanSchema } = await import('../../../src/core/model/van-ban.ts');
    const v: VanBan = importVanBan(fixture('bao-cao-hai-bang.txt')).vanBan;
    expect(vanBanSchema.parse(v)).toEqual(v);
  });
});
