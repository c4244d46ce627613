// The checker off the input path: findings grouped by control once per run, and the task that runs it
// after a pause in the typing (or at once when an export needs the error count).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkVanBan } from '../../../src/core/checker/index.ts';
import { controlId, findingsAt, groupFindings, NO_FINDINGS } from '../../../src/ui/state/editor-findings.ts';
import { IdleTask } from '../../../src/ui/state/idle-task.ts';
import { withIds } from '../../../src/ui/state/editor-outline.ts';
import { fixtureVanBan } from '../../helpers/fixture-documents.ts';

describe('findings grouped by control', () => {
  it('puts each finding where findingsAt would, and counts the errors', () => {
    const base = fixtureVanBan('bao-cao-133-BC-UBND');
    const v = { ...base, noiNhan: ['Chủ tịch UBND xã', 'Lưu: VT.'], trichYeu: '', noiDung: withIds(base.noiDung.map((b, i) => (i === 2 ? { ...b, text: 'đoạn thiếu dấu chấm' } : b))) };
    const findings = checkVanBan(v);
    expect(findings.length).toBeGreaterThan(1);
    const ids = v.noiDung.map((b) => b.id);
    const r = groupFindings(findings, ids);
    expect(r.errorCount).toBe(findings.filter((f) => f.severity === 'error').length);
    const controls = new Set(findings.map((f) => controlId(f, ids)));
    for (const c of controls) expect(r.byControl.get(c)).toEqual(findingsAt(findings, c, ids));
    for (const f of findings) expect(r.controlOf.get(f)).toBe(controlId(f, ids));
  });

  it("leads a finding in a cell of an attached document's table to that table's grid, with its cell; the attachment's text findings to its text", () => {
    const base = fixtureVanBan('bao-cao-133-BC-UBND');
    const o = (text: string) => ({ text, gopCot: 1, gopHang: 1 });
    const bang = {
      tieuDe: '',
      donViTinh: '',
      soHangTieuDe: 1,
      hang: [{ o: [o('Thôn'), o('Số hộ')] }, { o: [o('An Bình'), o('120')] }, { o: [o('An Hòa'), o('80')] }, { o: [o('Tổng cộng'), o('300')] }],
      canLe: [],
      doRong: [],
      ghiChu: [],
    };
    const v = {
      ...base,
      kemTheo: [{ kieu: 'phu-luc' as const, ten: 'Số hộ', trichYeu: '', noiDung: [{ capDo: 'khoan' as const, text: 'MỘT ĐOẠN VIẾT HOA TOÀN BỘ' }, { capDo: 'bang' as const, bang }] }],
    };
    const ids = withIds(v.noiDung).map((b) => b.id);
    const findings = checkVanBan(v);
    const total = findings.find((f) => f.part === 'kemTheo' && f.ruleId === 'bang.tong-cong');
    expect(total).toBeDefined();
    expect(controlId(total!, ids)).toBe('f-kemTheo-0-khoi-1');
    // The cell it names, as the grid marks it: row 4, the figure's cell.
    expect([total!.hang, total!.o]).toEqual([3, 1]);
    const text = findings.filter((f) => f.part === 'kemTheo' && f.inner?.field === 'text');
    expect(text.length).toBeGreaterThan(0);
    for (const f of text) expect(controlId(f, ids)).toBe('f-kemTheo-0-noiDung');
  });

  it('has one shared empty list for controls without findings', () => {
    expect(groupFindings([], []).byControl.size).toBe(0);
    expect(NO_FINDINGS).toHaveLength(0);
    expect(Object.isFrozen(NO_FINDINGS)).toBe(true);
  });
});

describe('IdleTask', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs once after the typing pauses, not on each change', () => {
    const run = vi.fn();
    const task = new IdleTask(run, 400);
    for (let i = 0; i < 10; i++) {
      task.schedule();
      vi.advanceTimersByTime(120);
    }
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(400);
    vi.runOnlyPendingTimers();
    expect(run).toHaveBeenCalledTimes(1);
    expect(task.pending).toBe(false);
  });

  it('flush runs a due run at once, and only then', () => {
    const run = vi.fn();
    const task = new IdleTask(run, 400);
    task.flush();
    expect(run).not.toHaveBeenCalled();
    task.schedule();
    task.flush();
    expect(run).toHaveBeenCalledTimes(1);
    vi.runAllTimers();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('cancel drops a pending run', () => {
    const run = vi.fn();
    const task = new IdleTask(run, 400);
    task.schedule();
    task.cancel();
    vi.runAllTimers();
    expect(run).not.toHaveBeenCalled();
  });
});
