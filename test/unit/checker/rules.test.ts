// One block per rule: a document that breaks it is flagged, the clean document and near misses are
// not, and each fix removes its finding, changes nothing outside the finding's part, and yields a
// document the schema accepts unchanged.
import { describe, expect, it } from 'vitest';
import { applyFix, checkVanBan, RULES, type Finding } from '../../../src/core/checker/index.ts';
import { vanBanSchema, type VanBan } from '../../../src/core/model/van-ban.ts';
import { TABLE_CASES } from './cases-bang.ts';
import { BODY_CASES } from './cases-body.ts';
import { FOOTER_CASES } from './cases-footer.ts';
import { HEADER_CASES } from './cases-header.ts';
import { doc } from './documents.ts';

const CASES = [...HEADER_CASES, ...BODY_CASES, ...TABLE_CASES, ...FOOTER_CASES];

const findingsOf = (v: VanBan, rule: string): Finding[] => checkVanBan(v).filter((f) => f.ruleId === rule);

function expectOnlyPartChanged(before: VanBan, after: VanBan, f: Finding, moves = false, touches: (keyof VanBan)[] = []): void {
  for (const key of Object.keys(before) as (keyof VanBan)[]) {
    if (key !== f.part && !touches.includes(key)) expect(after[key], `field ${key}`).toEqual(before[key]);
  }
  const b = before[f.part];
  const a = after[f.part];
  // Within a list of the same length, only the finding's item may change.
  if (!moves && Array.isArray(b) && Array.isArray(a) && a.length === b.length && f.index !== undefined) {
    b.forEach((item, i) => {
      if (i !== f.index) expect(a[i], `${f.part}[${i}]`).toEqual(item);
    });
  }
}

describe('the clean document', () => {
  it('has no finding', () => {
    expect(checkVanBan(doc())).toEqual([]);
  });
});

describe('every rule has a case and cites its source', () => {
  it('covers each rule of the checker exactly once', () => {
    expect(CASES.map((c) => c.rule).sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  it('cites the decree (or says it is practice) in every message', () => {
    for (const r of RULES) expect(r.source).toMatch(/Nghị định 30\/2020\/NĐ-CP|thông lệ/);
    for (const c of CASES) {
      for (const f of findingsOf(c.bad[0]!, c.rule)) expect(f.message.endsWith(`(${f.source})`)).toBe(true);
    }
  });
});

for (const c of CASES) {
  describe(c.rule, () => {
    it('flags a document that breaks it', () => {
      c.bad.forEach((v, i) => {
        const found = findingsOf(v, c.rule);
        expect(found.length, `bad[${i}]`).toBeGreaterThan(0);
        for (const f of found) expect(f.fixable, `bad[${i}] fixable`).toBe(c.fix);
      });
    });

    it('does not flag a document that keeps it', () => {
      for (const v of [doc(), ...(c.good ?? [])]) expect(findingsOf(v, c.rule)).toEqual([]);
    });

    if (c.fix) {
      it('fixes each finding and changes nothing else', () => {
        for (const v of c.bad) {
          for (const f of findingsOf(v, c.rule)) {
            const fixed = applyFix(v, f);
            expect(fixed).not.toBe(v);
            expect(findingsOf(fixed, c.rule).length).toBeLessThan(findingsOf(v, c.rule).length);
            expectOnlyPartChanged(v, fixed, f, c.moves, c.touches);
            expect(vanBanSchema.parse(fixed)).toEqual(fixed);
          }
        }
      });
      if (c.fixed) {
        it('fixes to the expected text', () => {
          const v = c.bad[0]!;
          expect(c.fixed!.read(applyFix(v, findingsOf(v, c.rule)[0]!))).toEqual(c.fixed!.value);
        });
      }
    }
  });
}
