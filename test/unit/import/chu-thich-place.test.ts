// Footnotes a reader found, placed again in the draft the classifier built (markers taken off,
// white space collapsed, lines moved): by the words around the mark, in document order.
import { describe, expect, it } from 'vitest';
import { placeChuThich, type ChuThichNhap } from '../../../src/core/import/chu-thich-place.ts';
import { importItems } from '../../../src/core/import/import-van-ban.ts';
import type { MucNhap } from '../../../src/core/import/nguon.ts';
import { isBang, type KhoiVanBan } from '../../../src/core/model/van-ban.ts';

const HEAD = ['ỦY BAN NHÂN DÂN', 'XÃ HƯƠNG LONG', 'Số: 12/BC-UBND', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Hương Long, ngày 05 tháng 3 năm 2025', 'BÁO CÁO', 'Kết quả công tác quý I'];
const TAIL = ['Nơi nhận:', '- UBND huyện;', '- Lưu: VT.', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Nguyễn Văn A'];

/** The mark at `|` of `line`. */
function at(line: string, noiDung: string, inCell = false): ChuThichNhap {
  const i = line.indexOf('|');
  return { before: line.slice(0, i), after: line.slice(i + 1), inCell, noiDung };
}

function draft(body: MucNhap[]) {
  return importItems([...HEAD, ...body, ...TAIL]).vanBan;
}

describe('placeChuThich', () => {
  it('finds the place after the marker is taken off and spaces collapsed', () => {
    const v = draft(['1. Kết quả:', 'a) Đã ban hành  05 văn bản chỉ đạo.']);
    const { vanBan, unplaced } = placeChuThich(v, [at('a) Đã ban hành  05 văn bản| chỉ đạo.', 'Gồm các Công văn số 1, 2.')]);
    expect(unplaced).toEqual([]);
    const b = vanBan.noiDung.find((k): k is KhoiVanBan => !isBang(k) && k.text.includes('văn bản chỉ đạo'))!;
    expect(b.chuThich).toEqual([{ viTri: b.text.indexOf(' chỉ đạo'), noiDung: 'Gồm các Công văn số 1, 2.' }]);
    expect(v.noiDung.some((k) => !isBang(k) && k.chuThich)).toBe(false); // the input is not changed
  });

  it('tells two places with the same words before them apart by the words after', () => {
    const line = 'Giao 14 sở, ngành, 12 chi cục và các sở, ngành khác.';
    const v = draft([line]);
    const { vanBan } = placeChuThich(v, [at('Giao 14 sở, ngành, 12 chi cục và các sở, ngành| khác.', 'B'), at('Giao 14 sở, ngành|, 12 chi cục và các sở, ngành khác.', 'A')]);
    const b = vanBan.noiDung.find((k): k is KhoiVanBan => !isBang(k) && k.text === line)!;
    expect(b.chuThich).toEqual([
      { viTri: 'Giao 14 sở, ngành'.length, noiDung: 'A' },
      { viTri: 'Giao 14 sở, ngành, 12 chi cục và các sở, ngành'.length, noiDung: 'B' },
    ]);
  });

  it('places a mark in a table cell on the cell', () => {
    const bang: MucNhap = { kind: 'bang', hang: [[{ text: 'Chỉ tiêu', gopCot: 1, gopHang: 1 }, { text: 'Kết quả', gopCot: 1, gopHang: 1 }], [{ text: 'Hồ sơ trực tuyến', gopCot: 1, gopHang: 1 }, { text: '95%', gopCot: 1, gopHang: 1 }]] };
    const v = draft(['Kết quả như sau:', bang, 'Đánh giá chung: tốt.']);
    const { vanBan, unplaced } = placeChuThich(v, [at('95%|', 'Số liệu của Sở Nội vụ', true)]);
    expect(unplaced).toEqual([]);
    const t = vanBan.noiDung.find(isBang)!;
    expect(t.bang.hang[1]!.o[1]!.chuThich).toEqual([{ viTri: 3, noiDung: 'Số liệu của Sở Nội vụ' }]);
  });

  it('leaves a mark outside the body (the trích yếu) unplaced, and an empty note too', () => {
    const v = draft(['Nội dung báo cáo.']);
    const { unplaced } = placeChuThich(v, [at('Kết quả công tác quý I|', 'Theo Kế hoạch 5'), at('Nội dung| báo cáo.', '  ')]);
    expect(unplaced.map((u) => u.noiDung)).toEqual(['Theo Kế hoạch 5', '  ']);
  });
});
