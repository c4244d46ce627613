// The stored sample is what the import makes of its text today: when the import changes, the
// generated file must be made again (`npm run gen-sample`).
import { describe, expect, it } from 'vitest';
import { importVanBan } from '../../../src/core/import/index.ts';
import { parseVanBan } from '../../../src/core/model/parse.ts';
import { MAU_BAO_CAO_TEXT, mauBaoCao } from '../../../src/core/samples/mau-bao-cao.ts';

describe('the sample report', () => {
  it('equals the import of its text (run `npm run gen-sample` when this fails)', () => {
    expect(mauBaoCao()).toEqual(importVanBan(MAU_BAO_CAO_TEXT).vanBan);
  });

  it('is valid as stored, and each call gives a copy of its own', () => {
    const r = parseVanBan(mauBaoCao());
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value).toEqual(mauBaoCao());
    const a = mauBaoCao();
    a.trichYeu = 'đổi';
    expect(mauBaoCao().trichYeu).not.toBe('đổi');
  });
});
