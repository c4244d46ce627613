// Documents the schema may accept, with the hard cases: XML-special and NFD text, emoji, tables of
// ragged rows, footnotes in paragraphs and cells. Feed through vanBanSchema.parse (or parseVanBan).
import fc from 'fast-check';
import { LOAI_VAN_BAN } from '../../src/core/decree/document-types.ts';
import { CAP_DO, DO_KHAN, KIEU_KEM_THEO, QUYEN_HAN } from '../../src/core/model/van-ban.ts';

const tricky = fc.constantFrom(
  '<', '>', '&', '"', "'", '&amp;', ']]>', '<w:t>', '😀', '👨‍👩‍👧', 'Tuyên truyền'.normalize('NFD'), 'ỦY BAN', 'đ',
  'x'.repeat(300), 'Siêudàikhôngcókhoảngtrắng'.repeat(20), '\u0000', '\uD800', '\t', '  ', '\r\n', 'Quận 1', 'năm 2023',
);
const word = fc.oneof(fc.string({ maxLength: 12, unit: 'grapheme' }), tricky, fc.constantFrom('và', 'của', 'năm', 'Hương', 'Long', ',', ';'));
const text = fc.array(word, { maxLength: 12 }).map((ws) => ws.join(' '));

/** Footnotes (chú thích) of a text of `length` characters: places inside it, short non-empty notes. */
const chuThichArb = (length: number) =>
  fc.option(fc.array(fc.record({ viTri: fc.nat({ max: length }), noiDung: fc.array(fc.constantFrom('Theo', 'số liệu', 'của', 'Chi cục', 'Thống kê', '&', '<'), { minLength: 1, maxLength: 6 }).map((ws) => ws.join(' ')) }), { minLength: 1, maxLength: 3 }), { nil: undefined, freq: 4 });

/** A text with, now and then, footnotes placed in it. */
const withNotes = text.chain((t) => chuThichArb(t.length).map((chuThich) => (chuThich ? { text: t, chuThich } : { text: t })));

/** A body block: mostly paragraphs, now and then a table (bảng) of a few ragged rows. */
const bangArb = fc.record({
  capDo: fc.constant('bang' as const),
  bang: fc.record({
    tieuDe: text,
    donViTinh: text,
    soHangTieuDe: fc.nat({ max: 3 }),
    hang: fc.array(fc.record({ o: fc.array(withNotes, { minLength: 1, maxLength: 5 }) }), { minLength: 1, maxLength: 4 }),
    ghiChu: fc.array(text, { maxLength: 2 }),
  }),
});
const khoiArb = fc.oneof({ arbitrary: fc.tuple(fc.constantFrom(...CAP_DO), withNotes).map(([capDo, t]) => ({ capDo, ...t })), weight: 9 }, { arbitrary: bangArb, weight: 1 });

export const vanBanArb = fc.record({
  loai: fc.constantFrom(...LOAI_VAN_BAN),
  coQuanChuQuan: fc.oneof(fc.constant(''), text),
  coQuanBanHanh: fc.array(text, { maxLength: 3 }).map((ls) => ls.join('\n')),
  maCoQuan: fc.constantFrom('', 'UBND', 'SNV'),
  maDonVi: fc.constantFrom('', 'VX'),
  diaDanh: text,
  so: fc.oneof(fc.constant(''), fc.integer({ min: 1, max: 9999 }).map(String)),
  ngayBanHanh: fc.record({
    ngay: fc.option(fc.integer({ min: 1, max: 28 }), { nil: null }),
    thang: fc.option(fc.integer({ min: 1, max: 12 }), { nil: null }),
    nam: fc.integer({ min: 1990, max: 2100 }),
  }),
  doKhan: fc.option(fc.constantFrom(...DO_KHAN), { nil: null }),
  trichYeu: text,
  kinhGui: fc.array(text, { maxLength: 4 }),
  canCu: fc.array(text, { maxLength: 3 }),
  noiDung: fc.array(khoiArb, { maxLength: 25 }),
  ketThuc: text,
  noiNhan: fc.array(text, { maxLength: 5 }),
  chuKy: fc.record({ quyenHan: fc.constantFrom(...QUYEN_HAN), thayMat: text, chucVu: text, hoTen: text }),
  coChu: fc.constantFrom('lon' as const, 'nho' as const),
  kemTheo: fc.array(
    fc.record({ kieu: fc.constantFrom(...KIEU_KEM_THEO), ten: text, trichYeu: text, noiDung: fc.array(khoiArb, { maxLength: 5 }) }),
    { maxLength: 3 },
  ),
});

