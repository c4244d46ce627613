import { describe, expect, it } from 'vitest';
import { vanBanSchema, type VanBanInput } from '../../../src/core/model/van-ban.ts';
import type { RevisionRecord } from '../../../src/storage/index.ts';
import { changesSince, revisionRows, revisionTime } from '../../../src/ui/history/revision-rows.ts';

const at = (h: number, m: number) => new Date(2025, 5, 3, h, m).getTime(); // local time, as shown
const revision = (id: string, time: number, reason: RevisionRecord['reason'], input: Partial<VanBanInput>): RevisionRecord => ({
  id,
  docId: 'd',
  at: time,
  reason,
  rev: 1,
  vanBan: vanBanSchema.parse({ loai: 'bao-cao', ngayBanHanh: { nam: 2025 }, ...input }),
});

describe('version history rows', () => {
  it('writes the time as hh:mm, dd/mm/yyyy on the device clock', () => {
    expect(revisionTime(at(9, 5))).toBe('09:05, 03/06/2025');
  });

  it('names the cause and says what each version changed against the one before it, the oldest as such', () => {
    const rows = revisionRows([
      revision('c', at(11, 0), 'restore', { trichYeu: 'Báo cáo quý hai năm 2025' }),
      revision('b', at(10, 0), 'export', { trichYeu: 'Báo cáo quý hai', noiNhan: ['Lưu: VT'] }),
      revision('a', at(9, 0), 'edit', { trichYeu: 'Báo cáo quý hai', noiNhan: ['Lưu: VT'] }),
      revision('i', at(8, 0), 'import', {}),
    ]);
    expect(rows.map((r) => [r.time, r.reason, r.changes])).toEqual([
      ['11:00, 03/06/2025', 'Trước khi khôi phục', 'Thêm 2 từ, bớt 2 từ ở Trích yếu, Nơi nhận'],
      ['10:00, 03/06/2025', 'Trước khi xuất', 'Không thay đổi'],
      ['09:00, 03/06/2025', 'Tự động', 'Thêm 6 từ ở Trích yếu, Nơi nhận'],
      ['08:00, 03/06/2025', 'Trước khi nhập', 'Bản cũ nhất còn giữ'],
    ]);
  });

  it('says what the text on screen changed since a version, or that it is the same', () => {
    const v = revision('a', at(9, 0), 'edit', { trichYeu: 'Báo cáo quý hai' }).vanBan;
    expect(changesSince(v, v)).toBe('Giống nội dung đang soạn.');
    expect(changesSince(v, { ...v, trichYeu: 'Báo cáo quý hai năm 2025' })).toBe('Từ bản này đến nội dung đang soạn: thêm 2 từ ở Trích yếu.');
  });
});
