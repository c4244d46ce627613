// What a rule is and what it reports. Rules are data: an id, the parts they read, a severity, the
// decree's place they rest on, a check and, where a machine can do it safely, a fix.
import type { ChuKy, VanBan } from '../model/van-ban.ts';

/** 'error': the decree states the rule; 'warning': common drafting practice or a likely slip. */
export type Severity = 'error' | 'warning';

/** A top-level field of the model: where the editor shows the finding. */
export type Part = keyof VanBan;

/**
 * Where a finding sits: a field, an item of a list field or a body block, a sub-field of chuKy, or
 * a table block (field 'bang') and in it a row and a cell.
 */
export interface Where {
  part: Part;
  /** Position in kinhGui, canCu, noiNhan or noiDung. */
  index?: number;
  /** Sub-field: of chuKy, 'text' of a paragraph block, 'bang' of a table block. */
  field?: keyof ChuKy | 'text' | 'bang';
  /** In a table: the row (index in `hang`). */
  hang?: number;
  /** In that row: the cell (index in `o`, as stored: a cell covered by a span is not counted). */
  o?: number;
}

/** What one check found at one place. */
export interface Hit {
  at: Where;
  message: string;
  /** False when this occurrence cannot be fixed safely although the rule has a fix. */
  fixable?: boolean;
}

export interface Rule {
  /** Stable id, "<part>.<what>", e.g. "noi-nhan.luu-vt". */
  readonly id: string;
  readonly severity: Severity;
  /** The decree's place (or "thông lệ" for practice), appended to every message. */
  readonly source: string;
  /** Parts the rule reads, for the editor to know where to look. */
  readonly parts: readonly Part[];
  check(v: VanBan): Hit[];
  /** A pure function: the document with this occurrence corrected; nothing else changes. */
  readonly fix?: (v: VanBan, at: Where) => VanBan;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  part: Part;
  index?: number;
  field?: Where['field'];
  /** The same place as a path into the model, e.g. ['noiDung', 3, 'text']. */
  path: (string | number)[];
  /** Vietnamese, ending with the source in parentheses. */
  message: string;
  source: string;
  /** Whether applyFix can correct it. */
  fixable: boolean;
  /** For a finding inside an attached document (part "kemTheo", index = the attachment): where in it. */
  inner?: Where;
  /** For a finding in a table: the row and the cell (see Where). */
  hang?: number;
  o?: number;
}

export function pathOf(at: Where): (string | number)[] {
  const path: (string | number)[] = [at.part];
  if (at.index !== undefined) path.push(at.index);
  if (at.field !== undefined) path.push(at.field);
  if (at.hang !== undefined) path.push('hang', at.hang);
  if (at.o !== undefined) path.push('o', at.o);
  return path;
}

export function sameWhere(a: Where, b: Where): boolean {
  return a.part === b.part && a.index === b.index && a.field === b.field && a.hang === b.hang && a.o === b.o;
}
