// What the editor says under a box as it nears and passes the model's limits; a box is held exactly
// when the schema would refuse its text.
import { describe, expect, it } from 'vitest';
import { LIMITS, measureText, vanBanSchema } from '../../../src/core/model/van-ban.ts';
import {
  blockCountCounter,
  blockCountProblem,
  heldMessage,
  lengthCounter,
  lengthProblem,
  listCounter,
  listProblem,
} from '../../../src/ui/state/editor-limits.ts';

const parses = (patch: object) => vanBanSchema.safeParse({ loai: 'bao-cao', ngayBanHanh: { nam: 2024 }, ...patch }).success;

describe('limits where the user types', () => {
  it('counts a line from 90% of its limit and objects past it, naming how much to cut', () => {
    expect(lengthCounter('line', 'x'.repeat(1_799))).toBeNull();
    expect(lengthCounter('line', 'x'.repeat(1_850))).toBe('1.850/2.000 ký tự.');
    expect(lengthProblem('line', 'x'.repeat(2_000))).toBeNull();
    expect(lengthProblem('line', 'x'.repeat(2_100))).toBe(
      'Quá dài: 2.100/2.000 ký tự. Hãy bớt 100 ký tự; cho đến lúc đó nội dung ô này chưa được lưu.',
    );
    expect(lengthProblem('paragraph', 'x'.repeat(20_001))).toMatch(/^Quá dài: 20\.001\/20\.000 ký tự/);
  });

  it('measures as the schema does: exactly the texts the schema refuses are held', () => {
    const spaced = `${'a  '.repeat(1_400)}`; // 4 200 raw, 2 799 once spaces collapse
    const cases = ['x'.repeat(2_000), 'x'.repeat(2_001), ' '.repeat(3_000) + 'x', ' '.repeat(4_001) + 'x', spaced, `  ${'x'.repeat(2_000)}  `];
    for (const t of cases) {
      expect(lengthProblem('line', t) !== null, `${t.length} characters`).toBe(!parses({ trichYeu: t }));
      expect(measureText('line', t).over).toBe(!parses({ trichYeu: t }));
    }
    expect(lengthProblem('line', ' '.repeat(4_001) + 'x')).toMatch(/kể cả khoảng trắng/);
  });

  it('a list box: too many lines, or one line too long, named by its number', () => {
    const items = (n: number) => Array.from({ length: n }, (_, i) => `Nơi nhận ${i + 1};`);
    expect(listProblem(items(LIMITS.listItems))).toBeNull();
    expect(listProblem(items(LIMITS.listItems + 5))).toMatch(/^Quá nhiều dòng: 205\/200\. Hãy bớt 5 dòng/);
    expect(listProblem(['ngắn', 'y'.repeat(2_050)])).toMatch(/^Dòng 2: Quá dài: 2\.050\/2\.000 ký tự/);
    expect(listCounter(items(100))).toBeNull();
    expect(listCounter(items(185))).toBe('185/200 dòng.');
    expect(listCounter(['a', 'b'.repeat(1_900)])).toBe('Dòng 2: 1.900/2.000 ký tự.');
    expect(parses({ noiNhan: items(LIMITS.listItems + 5) })).toBe(false);
  });

  it('the body of an attached document: at most LIMITS.blocks lines', () => {
    expect(blockCountProblem(LIMITS.blocks)).toBeNull();
    expect(blockCountProblem(LIMITS.blocks + 1)).toMatch(/^Quá nhiều đoạn: 10\.001\/10\.000/);
    expect(blockCountCounter(8_000)).toBeNull();
    expect(blockCountCounter(9_500)).toBe('9.500/10.000 đoạn.');
  });

  it('names every held box when the editor cannot say all is stored', () => {
    expect(
      heldMessage([
        { label: 'Trích yếu', text: 'x', problem: 'Quá dài: 2.100/2.000 ký tự.' },
        { label: 'Số', text: 'abc', problem: 'Chỉ gồm chữ số.' },
      ]),
    ).toBe('Ô «Trích yếu» có nội dung chưa lưu được: Quá dài: 2.100/2.000 ký tự. Ô «Số» có nội dung chưa lưu được: Chỉ gồm chữ số.');
  });
});
