// A rescued text becomes a document the schema accepts with every word kept: over-long fields and
// held boxes move into the body, and the notes say so.
import { describe, expect, it } from 'vitest';
import { fitRescued } from '../../../src/core/import/rescued.ts';
import { parseVanBan } from '../../../src/core/model/parse.ts';
import { LIMITS, vanBanSchema } from '../../../src/core/model/van-ban.ts';

const base = vanBanSchema.parse({ loai: 'bao-cao', ngayBanHanh: { nam: 2024 }, trichYeu: 'Kết quả công tác năm 2024', maCoQuan: 'UBND' });
const words = (n: number, w: string) => Array.from({ length: n }, (_, i) => `${w}${i}`).join(' ');

/** Every word of every string in the value, in order. */
function allWords(v: unknown): string[] {
  if (typeof v === 'string') return v.split(/\s+/).filter(Boolean);
  if (Array.isArray(v)) return v.flatMap(allWords);
  if (v && typeof v === 'object') return Object.values(v).flatMap(allWords);
  return [];
}

describe('fitRescued', () => {
  it('a document the schema refused comes back valid, with every word it held', () => {
    const refused = {
      ...base,
      trichYeu: words(400, 'trich'), // > 2 000 characters
      so: '12/abc',
      noiNhan: Array.from({ length: LIMITS.listItems + 3 }, (_, i) => `Nơi ${i};`),
      noiDung: [{ id: 'k1', capDo: 'muc', text: words(3_500, 'than') }], // > 20 000 characters
      ketThuc: 'Trên đây là báo cáo.',
      chuKyPhu: { chucVu: 'THƯ KÝ', hoTen: words(300, 'ten') },
      kemTheo: [{ kieu: 'phu-luc', ten: words(350, 'phuluc'), trichYeu: '', noiDung: [{ capDo: 'doan', text: words(3_200, 'pl') }] }],
    };
    expect(parseVanBan(refused).ok).toBe(false);
    const { vanBan, notes } = fitRescued(refused);
    const parsed = parseVanBan(vanBan);
    expect(parsed.ok).toBe(true);
    // Nothing dropped: every word typed is in the result at least as often as it was typed.
    const typed = allWords([
      refused.trichYeu,
      refused.so,
      refused.noiNhan,
      refused.noiDung.map((b) => b.text),
      refused.ketThuc,
      refused.chuKyPhu,
      refused.kemTheo.map((k) => [k.ten, k.noiDung.map((b) => b.text)]),
    ]);
    const out = new Map<string, number>();
    for (const w of allWords(parsed.ok ? parsed.value : null)) out.set(w, (out.get(w) ?? 0) + 1);
    const need = new Map<string, number>();
    for (const w of typed) need.set(w, (need.get(w) ?? 0) + 1);
    const missing = [...need].filter(([w, n]) => (out.get(w) ?? 0) < n).map(([w]) => w);
    expect(missing).toEqual([]);
    expect(notes.join(' ')).toMatch(/Trích yếu quá dài/);
    expect(notes.join(' ')).toMatch(/Số «12\/abc» không hợp lệ/);
    expect(notes.join(' ')).toMatch(/Nơi nhận: quá 200 mục/);
  });

  it("held boxes' texts open the body, one paragraph per line, and are named in the notes", () => {
    const held = [
      { label: 'Trích yếu', text: 'x'.repeat(2_100) },
      { label: 'Nơi nhận', text: 'UBND huyện;\n\nLưu: VT.' },
    ];
    const { vanBan, notes } = fitRescued(base, held);
    const parsed = parseVanBan(vanBan);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.noiDung.map((b) => (b.capDo === 'bang' ? null : b.text))).toEqual(['x'.repeat(2_100), 'UBND huyện;', 'Lưu: VT.']);
    expect(parsed.value.trichYeu).toBe('Kết quả công tác năm 2024');
    expect(notes).toContain('Nội dung chưa lưu được của ô «Trích yếu», «Nơi nhận» được đặt ở đầu phần nội dung');
  });

  it('something that is not a document at all still gives a blank, valid one', () => {
    expect(parseVanBan(fitRescued(null).vanBan).ok).toBe(true);
    expect(parseVanBan(fitRescued({ noiDung: 'x', kemTheo: 5 }).vanBan).ok).toBe(true);
  });
});
