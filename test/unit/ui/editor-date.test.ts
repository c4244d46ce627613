import { describe, expect, it } from 'vitest';
import { formatDateInput, parseDateInput } from '../../../src/ui/state/editor-date.ts';

describe('the Ngày ban hành text box', () => {
  it('reads a full date, a month and year, or a year alone', () => {
    expect(parseDateInput('11/12/2023')).toEqual({ ok: true, value: { ngay: 11, thang: 12, nam: 2023 } });
    expect(parseDateInput(' 5.3.2024 ')).toEqual({ ok: true, value: { ngay: 5, thang: 3, nam: 2024 } });
    expect(parseDateInput('/12/2023')).toEqual({ ok: true, value: { ngay: null, thang: 12, nam: 2023 } });
    expect(parseDateInput('12/2023')).toEqual({ ok: true, value: { ngay: null, thang: 12, nam: 2023 } });
    expect(parseDateInput('2024')).toEqual({ ok: true, value: { ngay: null, thang: null, nam: 2024 } });
  });

  it('refuses what is not a date, with a Vietnamese message', () => {
    for (const bad of ['', 'hôm nay', '31/2/2024', '1/13/2024', '1/1/24', '1/1/1/2024']) {
      const r = parseDateInput(bad);
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/[ăâđêôơư]/);
    }
    expect(parseDateInput('29/2/2024').ok).toBe(true);
  });

  it('writes back what it reads', () => {
    for (const d of [{ ngay: 11, thang: 12, nam: 2023 }, { ngay: null, thang: 12, nam: 2023 }, { ngay: null, thang: null, nam: 2024 }]) {
      expect(parseDateInput(formatDateInput(d))).toEqual({ ok: true, value: d });
    }
  });
});
