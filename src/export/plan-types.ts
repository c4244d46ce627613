// The shapes of a document plan (what the .docx writer and the preview draw) and the two builders
// every part of the plan uses.
import type { KieuKemTheo } from '../core/model/van-ban.ts';
import { CELL_PADDING, SINGLE_LINE } from './layout.ts';

export type Align = 'left' | 'center' | 'right' | 'both';

/** A footnote (chú thích): its reference mark in a paragraph's or a cell's lines, and its text. */
export interface PlanNote {
  /** The line the mark stands in, and how many of its characters come before the mark. */
  line: number;
  at: number;
  /** Its number, in the order of the one walk of the plan (plan-notes.ts); never stored. */
  number: number;
  text: string;
}

/** One paragraph. `lines` are broken explicitly (a line break between them), never re-flowed. */
export interface PlanParagraph {
  kind: 'text';
  /** What the paragraph is, in the decree's terms, e.g. "quocHieu", "noiDung.muc". */
  role: string;
  lines: string[];
  sizePt: number;
  bold: boolean;
  italic: boolean;
  align: Align;
  indentLeft: number;
  indentRight: number;
  firstLine: number;
  hanging: number;
  before: number;
  after: number;
  /** Line spacing in 240ths of a line. */
  line: number;
  keepNext: boolean;
  /** Whether a renderer may wrap the lines further; false where line-breaks.ts already broke them. */
  wrap: boolean;
  /** How many characters at the start of the first line are bold in a regular paragraph ("Điều 1."). */
  boldLead: number;
  /** Footnotes whose marks stand in this paragraph, in order. */
  notes?: PlanNote[];
}

/** A horizontal rule: an empty paragraph with a bottom border, centred by equal side indents. */
export interface PlanRule {
  kind: 'rule';
  role: string;
  length: number;
  indentLeft: number;
  indentRight: number;
}

/** A single-border box of fixed size around one line: the urgency stamp (red, bold), the draft mark. */
export interface PlanStamp {
  kind: 'stamp';
  text: string;
  width: number;
  height: number;
  sizePt: number;
  color: string;
  bold: boolean;
}

export type PlanItem = PlanParagraph | PlanRule | PlanStamp;

/** One cell of a data table, on the table's grid of columns. */
export interface PlanCell {
  /** First grid column (0-based) and how many columns it takes (w:gridSpan). */
  col: number;
  span: number;
  /** Rows it takes downwards (w:vMerge restart when > 1); 1 otherwise. */
  rowSpan: number;
  /** Covered by the cell above that spans down (w:vMerge continue): drawn by that cell, holds no text. */
  covered: boolean;
  /** Lines as typed (explicit breaks); a renderer wraps each within the cell. */
  lines: string[];
  align: 'left' | 'center' | 'right';
  bold: boolean;
  /** Footnotes whose marks stand in this cell, in order. */
  notes?: PlanNote[];
}

export interface PlanGridRow {
  /** Every grid column of the row is in exactly one cell (covered cells included). */
  cells: PlanCell[];
  /** A header row: repeated at the top of each page the table runs onto (w:tblHeader). */
  header: boolean;
  /** Kept whole on one page (w:cantSplit); false only for a row taller than a page. */
  cantSplit: boolean;
}

/** A data table's grid: column widths in twips summing to the text width, one font size for all cells. */
export interface PlanGrid {
  kind: 'grid';
  role: string;
  columns: number[];
  sizePt: number;
  rows: PlanGridRow[];
}

/** A table block (bảng): caption and unit line above, the grid, notes below; on a landscape page when too wide. */
export interface PlanBang {
  kind: 'bang';
  landscape: boolean;
  before: PlanParagraph[];
  grid: PlanGrid;
  after: PlanParagraph[];
}

/** What a body holds: paragraphs, rules, and table blocks. */
export type PlanBodyItem = PlanParagraph | PlanRule | PlanBang;

export interface PlanTable {
  columns: readonly [number, number];
  rows: { cells: [PlanItem[], PlanItem[]]; cantSplit: boolean }[];
}

/** A document issued with the main one (văn bản kèm theo, phụ lục): it starts on a page of its own. */
export interface PlanKemTheo {
  kieu: KieuKemTheo;
  /** Appendices open a section whose page numbers restart at 1 ([PL I P I M III k1(đ)]). */
  newSection: boolean;
  /** The header table's first row again (Mẫu 1.3); none on an appendix. */
  header: PlanTable | null;
  main: PlanBodyItem[];
  /** The main document's signer again, without Nơi nhận; none on an appendix. */
  signature: PlanTable | null;
}

export interface DocumentPlan {
  header: PlanTable;
  main: PlanBodyItem[];
  signature: PlanTable;
  /** Paragraphs after the signature row: the Nơi nhận of a Biên bản, whose left cell holds a signer. */
  after: PlanParagraph[];
  kemTheo: PlanKemTheo[];
  pageNumberSizePt: number;
}

export function para(role: string, text: string | string[], sizePt: number, opts: Partial<PlanParagraph> = {}): PlanParagraph {
  return {
    kind: 'text', role, lines: Array.isArray(text) ? text : [text], sizePt,
    bold: false, italic: false, align: 'center', indentLeft: 0, indentRight: 0, firstLine: 0, hanging: 0,
    before: 0, after: 0, line: SINGLE_LINE, keepNext: false, wrap: false, boldLead: 0, ...opts,
  };
}

export function rule(role: string, cellWidth: number, length: number): PlanRule {
  const len = Math.min(Math.round(length), cellWidth);
  const side = Math.max(0, Math.round((cellWidth - len) / 2));
  return { kind: 'rule', role, length: len, indentLeft: side, indentRight: side };
}

export const usable = (cellWidth: number) => cellWidth - 2 * CELL_PADDING;

