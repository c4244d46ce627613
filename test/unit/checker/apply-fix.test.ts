import { describe, expect, it } from 'vitest';
import { applyFix, checkVanBan } from '../../../src/core/checker/index.ts';
import { RULES_BY_ID } from '../../../src/core/checker/rules/index.ts';
import { doc } from './documents.ts';
import { blockText } from '../../../src/core/table/texts.ts';

describe('applyFix', () => {
  it('leaves the document as it is for a finding without a fix', () => {
    const v = doc({ diaDanh: '' });
    const f = checkVanBan(v).find((x) => x.ruleId === 'dia-danh.trong')!;
    expect(f.fixable).toBe(false);
    expect(applyFix(v, f)).toBe(v);
  });

  it('leaves the document as it is for a finding that no longer holds (already fixed, or edited since)', () => {
    const v = doc({ diaDanh: 'Xã Hương Long' });
    const f = checkVanBan(v).find((x) => x.ruleId === 'dia-danh.ten-chung')!;
    const once = applyFix(v, f);
    expect(once.diaDanh).toBe('Hương Long');
    expect(applyFix(once, f)).toBe(once);
  });

  it('ignores an unknown rule id', () => {
    const v = doc();
    expect(applyFix(v, { ruleId: 'khong-co', part: 'so' })).toBe(v);
  });

  it('never edits the document it is given', () => {
    const v = doc({ noiNhan: ['- Như trên', 'Lưu: VHTT'], so: '007' });
    const copy = structuredClone(v);
    for (const f of checkVanBan(v)) applyFix(v, f);
    expect(v).toEqual(copy);
  });

  it('lists errors before warnings and carries the place of each finding', () => {
    const findings = checkVanBan(doc({ so: '007', maCoQuan: '', noiNhan: ['Như trên;', 'Lưu: VT'] }));
    const firstWarning = findings.findIndex((f) => f.severity === 'warning');
    expect(findings.slice(firstWarning).every((f) => f.severity === 'warning')).toBe(true);
    const last = findings.find((f) => f.ruleId === 'noi-nhan.dau-cham-cuoi')!;
    expect(last).toMatchObject({ part: 'noiNhan', index: 1, path: ['noiNhan', 1], fixable: true });
  });
});

describe('one spelling of ủy', () => {
  it('moves the tone to the u in every case, keeping the letters’ case, and leaves qu- words alone', () => {
    const rule = RULES_BY_ID.get('chinh-ta.uy-thong-nhat')!;
    const v = doc({ trichYeu: 'Báo cáo của UỶ BAN, Uỷ ban, thuỷ lợi, quỹ, quý, thuý' });
    const [hit] = rule.check(v);
    const fixed = rule.fix!(v, hit!.at);
    expect(fixed.trichYeu).toBe('Báo cáo của ỦY BAN, Ủy ban, thủy lợi, quỹ, quý, thúy');
  });
});

describe('attached documents (văn bản kèm theo, phụ lục)', () => {
  const withAttachment = () =>
    doc({
      kemTheo: [
        { kieu: 'phu-luc', ten: 'Danh sách thành viên', noiDung: [{ capDo: 'khoan', text: '1. Ông Nguyễn Văn B, tổ trưởng;' }] },
        { kieu: 'ban-hanh', ten: 'Quy chế', trichYeu: 'Hoạt động của Tổ', noiDung: [{ capDo: 'doan', text: 'Phối hợp với Uỷ ban nhân dân xã.' }] },
      ],
    });

  it('are read by the body rules, and each finding names the attachment and its place in it', () => {
    const findings = checkVanBan(withAttachment()).filter((f) => f.part === 'kemTheo');
    const typed = findings.find((f) => f.ruleId === 'noi-dung.so-thu-tu-go-tay')!;
    expect(typed).toMatchObject({ index: 0, inner: { part: 'noiDung', index: 0, field: 'text' }, path: ['kemTheo', 0, 'noiDung', 0, 'text'], fixable: true });
    expect(typed.message).toMatch(/^Phụ lục I: /);
    expect(findings.some((f) => f.ruleId === 'chinh-ta.uy-thong-nhat' && f.index === 1)).toBe(true);
    // The main document's own required parts are not asked of an attachment.
    expect(findings.some((f) => f.ruleId === 'trich-yeu.trong')).toBe(false);
  });

  it('fix the attachment and nothing else', () => {
    const v = withAttachment();
    const f = checkVanBan(v).find((x) => x.part === 'kemTheo' && x.ruleId === 'noi-dung.so-thu-tu-go-tay')!;
    const fixed = applyFix(v, f);
    expect(blockText(fixed.kemTheo[0]!.noiDung[0]!)).toBe('Ông Nguyễn Văn B, tổ trưởng;');
    expect({ ...fixed, kemTheo: [] }).toEqual({ ...v, kemTheo: [] });
    expect(fixed.kemTheo[1]).toEqual(v.kemTheo[1]);
    expect(checkVanBan(fixed).some((x) => x.part === 'kemTheo' && x.ruleId === 'noi-dung.so-thu-tu-go-tay')).toBe(false);
    // A finding that no longer holds changes nothing.
    expect(applyFix(fixed, f)).toBe(fixed);
  });
});
