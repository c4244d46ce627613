// Where each checker finding is shown: at the control of its part (and block or sub-field), and
// in the panel, which can move the focus to that control.
import type { Finding } from '../../core/checker/index.ts';

/** Id of the control a finding belongs to; the fields and the outline use the same ids. */
export function controlId(f: Pick<Finding, 'part' | 'index' | 'field' | 'inner'>, blockIds: readonly string[]): string {
  // Inside an attached document: its summary field or its body box.
  if (f.part === 'kemTheo' && f.index !== undefined) return `f-kemTheo-${f.index}-${f.inner?.part === 'trichYeu' ? 'trichYeu' : 'noiDung'}`;
  if (f.part === 'noiDung' && f.index !== undefined && blockIds[f.index]) return `khoi-${blockIds[f.index]}`;
  if (f.part === 'chuKy' && f.field) return `f-chuKy-${f.field}`;
  if (f.part === 'maDonVi') return 'f-maDonVi';
  return `f-${f.part}`;
}

/** The findings to show at one control. */
export function findingsAt(findings: readonly Finding[], id: string, blockIds: readonly string[]): Finding[] {
  return findings.filter((f) => controlId(f, blockIds) === id);
}

export const SEVERITY_LABELS = { error: 'Lỗi', warning: 'Lưu ý' } as const;
