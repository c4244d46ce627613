// What the checker reports on the seven real documents of ../shared/fixtures/real-text, pasted as a
// user would. Every error listed is a mistake a clerk (văn thư) would agree is in the source; the
// comment beside it says why. An error the source does not have is a defect of the importer or the
// checker, to be fixed there, never added here. Warnings are listed too, so that a change in what
// the checker says about a real document is a decision, not an accident.
import { expect, it } from 'vitest';
import { checkVanBan, type Finding } from '../../../src/core/checker/index.ts';
import { importVanBan } from '../../../src/core/import/index.ts';
import { describeReal, realText } from '../../helpers/real-fixtures.ts';

const TODAY = new Date(2026, 0, 1);

interface Expected {
  /** `<rule id> <path>`, each with the reason a clerk would agree with it. */
  errors: string[];
  warnings: string[];
}

/**
 * Decree 30 (Phụ lục I, Phần I, Mục II, khoản 9, điểm b and the samples of Phụ lục III) ends the
 * Nơi nhận list with "- Lưu: VT, <drafting unit>." — the full stop closes the list. The real-text
 * README lists "Lưu: VT, NC.Châu" without it as one of the documents' real mistakes.
 */
const LUU_WITHOUT_FULL_STOP = 'noi-nhan.dau-cham-cuoi';

const EXPECTED: Record<string, Expected> = {
  // Last Nơi nhận item "- Lưu: VT, NC.Châu" (line 52) has no full stop.
  '01-bao-cao-ubnd-tinh-lam-dong-quan-ly-hoi-2025.txt': { errors: [`${LUU_WITHOUT_FULL_STOP} noiNhan.3`], warnings: [] },
  // Last Nơi nhận item "- Lưu: VT, NC.Châu" (line 88) has no full stop.
  '05-ke-hoach-kiem-tra-cchc-2026-ubnd-lam-dong.txt': { errors: [`${LUU_WITHOUT_FULL_STOP} noiNhan.4`], warnings: [] },
  // A signed tờ trình with no format error: "Lưu: VT, TCBC." ends with its full stop; "Như trên;"
  // stands for the Kính gửi it has.
  '06-to-trinh-143-ttr-snv-so-noi-vu-lam-dong.txt': { errors: [], warnings: [] },
  // Last Nơi nhận item "- Lưu: VT, NC.Châu" (line 36) has no full stop. Its căn cứ ban hành end in
  // ";" and the last one, "Theo đề nghị …", in "." as the decree asks.
  '07-quyet-dinh-2536-qd-ubnd-lam-dong.txt': { errors: [`${LUU_WITHOUT_FULL_STOP} noiNhan.7`], warnings: [] },
  // Last Nơi nhận item "- Lưu: VT, NC.Châu" (line 62) has no full stop. Its other real mistakes are
  // not the checker's: the NFD letters are normalised at the door, "TL.CHỦ TỊCH" is printed with
  // its space, and the skipped "6." is printed 6. with an import note (test/unit/import/real-text).
  '08-thong-bao-ket-luan-hoi-nghi-cchc-ubnd-lam-dong.txt': { errors: [`${LUU_WITHOUT_FULL_STOP} noiNhan.7`], warnings: [] },
  // A signed công văn with no format error. Its typos ("Viêt Nam", "Tư những", "UBDN") are
  // spelling, which the format checker does not judge; the quoted decree's "a)"/"b)" are the
  // decree's own, not a numbering mistake.
  '10-cong-van-2926-snv-tcbc-so-noi-vu-lam-dong.txt': { errors: [], warnings: [] },
  // A signed quyết định and its Điều lệ with no format error ("Lưu: …, SNV (Ngan-15)." ends with
  // its full stop).
  '11-quyet-dinh-779-qd-ubnd-binh-thuan-kem-dieu-le.txt': { errors: [], warnings: [] },
};

const summary = (fs: Finding[]) => fs.map((f) => `${f.ruleId} ${f.path.join('.')}`);

describeReal('real-text', 'the checker on real documents', () => {
  it.each(Object.entries(EXPECTED))('%s', (name, expected) => {
    const { vanBan } = importVanBan(realText(name), { today: TODAY });
    const findings = checkVanBan(vanBan);
    expect(summary(findings.filter((f) => f.severity === 'error'))).toEqual(expected.errors);
    expect(summary(findings.filter((f) => f.severity === 'warning'))).toEqual(expected.warnings);
  });

  it('names the line it means in each error, so the clerk can find it', () => {
    for (const name of Object.keys(EXPECTED)) {
      const errors = checkVanBan(importVanBan(realText(name), { today: TODAY }).vanBan).filter((f) => f.severity === 'error');
      for (const f of errors) expect(f.message).toContain('«Lưu: VT, NC.Châu»');
    }
  });
});
