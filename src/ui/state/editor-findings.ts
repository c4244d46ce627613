// Where each checker finding is shown: at the control of its part (and block or sub-field), and
// in the panel, which can move the focus to that control.
import type { Finding } from '../../core/checker/index.ts';

/** Id of the control a finding belongs to; the fields and the outline use the same ids. */
export function controlId(f: Pick<Finding, 'part' | 'index' | 'field' | 'inner'>, blockIds: readonly string[]): string {
  // Inside an attached document: its summary field, one of its tables (the grid marks the cell), or its body's text.
  if (f.part === 'kemTheo' && f.index !== undefined) {
    const inner = f.inner;
    if (inner?.part === 'noiDung' && inner.field === 'bang' && inner.index !== undefined) return `f-kemTheo-${f.index}-khoi-${inner.index}`;
    return `f-kemTheo-${f.index}-${inner?.part === 'trichYeu' ? 'trichYeu' : 'noiDung'}`;
  }
  if (f.part === 'noiDung' && f.index !== undefined && blockIds[f.index]) return `khoi-${blockIds[f.index]}`;
  if (f.part === 'chuKy' && f.field) return `f-chuKy-${f.field}`;
  if (f.part === 'maDonVi') return 'f-maDonVi';
  return `f-${f.part}`;
}

/** The findings to show at one control. */
export function findingsAt(findings: readonly Finding[], id: string, blockIds: readonly string[]): Finding[] {
  return findings.filter((f) => controlId(f, blockIds) === id);
}

/** One run of the checker, sorted by control: what the fields read between two runs. */
export interface CheckResult {
  findings: readonly Finding[];
  errorCount: number;
  /** The control of each finding, resolved against the document the checker read. */
  controlOf: ReadonlyMap<Finding, string>;
  byControl: ReadonlyMap<string, readonly Finding[]>;
}

/** No findings: one shared empty list, so a control with none never sees a new value. */
export const NO_FINDINGS: readonly Finding[] = Object.freeze([]);

/**
 * Groups findings by control once per run, so that each field and block looks its own up in
 * constant time: typing in one block of a long document does not walk every finding per block.
 * Block findings are tied to block ids here, so they stay on their block if blocks move before the
 * next run.
 */
export function groupFindings(findings: readonly Finding[], blockIds: readonly string[]): CheckResult {
  const controlOf = new Map<Finding, string>();
  const byControl = new Map<string, Finding[]>();
  let errorCount = 0;
  for (const f of findings) {
    const id = controlId(f, blockIds);
    controlOf.set(f, id);
    const list = byControl.get(id);
    if (list) list.push(f);
    else byControl.set(id, [f]);
    if (f.severity === 'error') errorCount++;
  }
  return { findings, errorCount, controlOf, byControl };
}

export const EMPTY_CHECK: CheckResult = groupFindings([], []);

export const SEVERITY_LABELS = { error: 'Lỗi', warning: 'Lưu ý' } as const;
