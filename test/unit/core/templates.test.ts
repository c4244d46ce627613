import { describe, expect, it } from 'vitest';
import { checkVanBan } from '../../../src/core/checker/index.ts';
import { parseVanBan } from '../../../src/core/model/parse.ts';
import { vanBanSchema } from '../../../src/core/model/van-ban.ts';
import { blockMarkers } from '../../../src/core/numbering.ts';
import { MAU_VAN_BAN, mauTheoLoai, mauVanBan } from '../../../src/core/templates/mau-van-ban.ts';
import { LOAI_VAN_BAN } from '../../../src/core/decree/document-types.ts';
import { MAU_BAO_CAO_TEXT, mauBaoCao } from '../../../src/core/samples/mau-bao-cao.ts';
import { fixtureText } from '../../helpers/fixtures.ts';
import { fixtureVanBan } from '../../helpers/fixture-documents.ts';
import { blockText } from '../../../src/core/table/texts.ts';

describe('starting templates', () => {
  const today = new Date(2025, 7, 15);

  it('offer Báo cáo first (annual, 6-month, quarterly, thematic) and the other common types', () => {
    expect(MAU_VAN_BAN[0]!.loai).toBe('bao-cao');
    expect(MAU_VAN_BAN.filter((m) => m.loai === 'bao-cao').map((m) => m.id)).toEqual(['bao-cao-nam', 'bao-cao-6-thang', 'bao-cao-quy', 'bao-cao-chuyen-de']);
    expect(new Set(MAU_VAN_BAN.map((m) => m.loai))).toEqual(new Set(['bao-cao', 'ke-hoach', 'to-trinh', 'cong-van', 'thong-bao', 'giay-moi']));
  });

  it.each(MAU_VAN_BAN.map((m) => [m.id, m] as const))('%s builds a valid document with blank day and month', (_id, m) => {
    const r = parseVanBan(m.tao(today));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.loai).toBe(m.loai);
    expect(r.value.ngayBanHanh).toEqual({ ngay: null, thang: null, nam: 2025 });
    expect(r.value.noiDung.length).toBeGreaterThan(0);
    // Bodies and places come from the profile, never from a template.
    expect(r.value.coQuanBanHanh).toBe('');
    expect(r.value.diaDanh).toBe('');
  });

  it('gives a report the four usual sections', () => {
    const v = parseVanBan(mauVanBan('bao-cao-nam')!.tao(today));
    if (!v.ok) throw new Error(v.errors.join());
    expect(v.value.noiDung.filter((b) => b.capDo === 'muc').map(blockText)).toEqual([
      'Kết quả thực hiện nhiệm vụ năm 2025',
      'Tồn tại, hạn chế và nguyên nhân',
      'Phương hướng, nhiệm vụ năm 2026',
      'Đề xuất, kiến nghị',
    ]);
    expect(v.value.noiNhan[0]).toBe('Như trên;');
  });

  it('gives the periodic reports a summary table the user may delete, and leaves the checker nothing to say about it', () => {
    for (const id of ['bao-cao-nam', 'bao-cao-6-thang', 'bao-cao-quy']) {
      const v = vanBanSchema.parse(mauVanBan(id)!.tao(today));
      const tables = v.noiDung.flatMap((b) => (b.capDo === 'bang' ? [b.bang] : []));
      expect(tables, id).toHaveLength(1);
      expect(tables[0]!.tieuDe).toMatch(/^Biểu tổng hợp kết quả thực hiện nhiệm vụ /);
      expect(tables[0]!.hang[0]!.o.map((o) => o.text)).toEqual(['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Kế hoạch', 'Thực hiện', 'Tỷ lệ (%)']);
      expect(checkVanBan(v).filter((f) => f.ruleId.startsWith('bang.') || f.ruleId.startsWith('noi-dung.'))).toEqual([]);
      // Deleting it is deleting one block: the rest of the outline and its numbers stay.
      const without = v.noiDung.filter((b) => b.capDo !== 'bang');
      expect(blockMarkers(without)).toEqual(blockMarkers(v.noiDung).filter((_, i) => v.noiDung[i]!.capDo !== 'bang'));
    }
    expect(parseVanBan(mauVanBan('bao-cao-chuyen-de')!.tao(today)).ok && vanBanSchema.parse(mauVanBan('bao-cao-chuyen-de')!.tao(today)).noiDung.some((b) => b.capDo === 'bang')).toBe(false);
  });

  it('names the quarter in Roman numerals and rolls over the year after quý IV', () => {
    const q3 = parseVanBan(mauVanBan('bao-cao-quy')!.tao(new Date(2025, 7, 1)));
    const q4 = parseVanBan(mauVanBan('bao-cao-quy')!.tao(new Date(2025, 10, 1)));
    expect(q3.ok && q3.value.trichYeu).toBe('Kết quả thực hiện nhiệm vụ quý III và phương hướng, nhiệm vụ quý IV năm 2025');
    expect(q4.ok && q4.value.trichYeu).toBe('Kết quả thực hiện nhiệm vụ quý IV và phương hướng, nhiệm vụ quý I năm 2026');
  });
});

describe('the sample report ("Mẫu")', () => {
  it('is the fixture report, read by the import', () => {
    expect(MAU_BAO_CAO_TEXT).toBe(fixtureText('bao-cao-133-BC-UBND'));
    expect(mauBaoCao()).toEqual(fixtureVanBan('bao-cao-133-BC-UBND'));
  });
});

describe('a starting template for every type', () => {
  it.each(LOAI_VAN_BAN.map((l) => [l] as const))('%s', (loai) => {
    const [mau] = mauTheoLoai(loai);
    const r = parseVanBan(mau!.tao(new Date(2025, 0, 1)));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.loai).toBe(loai);
  });

  it('gives decisions their articles and authority, and a biên bản its two signers', () => {
    const qd = parseVanBan(mauVanBan('quyet-dinh')!.tao(new Date(2025, 0, 1)));
    expect(qd.ok && qd.value.noiDung.every((b) => b.capDo === 'dieu')).toBe(true);
    expect(qd.ok && qd.value.thamQuyen).toMatch(/^CHỦ TỊCH ỦY BAN NHÂN DÂN/);
    const bb = parseVanBan(mauVanBan('bien-ban')!.tao(new Date(2025, 0, 1)));
    expect(bb.ok && [bb.value.chuKyPhu.chucVu, bb.value.chuKy.chucVu]).toEqual(['THƯ KÝ', 'CHỦ TỌA']);
  });
});
