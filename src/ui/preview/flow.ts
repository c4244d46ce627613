// The document plan as CSS: every length comes from src/export/layout.ts through the plan, so the
// preview and the .docx share one set of figures. Twips become points (1 pt = 20 twips).
import { CELL_PADDING, FOOTNOTE, LANDSCAPE_PAGE, LANDSCAPE_TEXT_WIDTH, MARK_PT, NATURAL_LINE_EM, PAGE, TABLE, TEXT_WIDTH } from '../../export/layout.ts';
import type { DocumentPlan, PlanCell, PlanGrid, PlanItem, PlanNote, PlanParagraph, PlanRule, PlanStamp, PlanTable } from '../../export/plan.ts';
import { walkPlan } from '../../export/plan-walk.ts';

/**
 * A new page: before an attached document (`section` false: the .docx's page-break paragraph, whose
 * mark falls on the new page) or where a section starts (an appendix, whose numbers restart; a
 * landscape table and the portrait pages after it, whose numbers continue).
 */
export interface PageBreak {
  kind: 'break';
  section: boolean;
  /** An empty mark-sized paragraph opens the new page (a page break's own, or before a table that opens a section). */
  mark: boolean;
  restart: boolean;
  landscape: boolean;
}

export type FlowItem = { kind: 'table'; table: PlanTable } | PlanParagraph | PlanRule | PlanGrid | PageBreak;

/** One item of the flow and whether it lies on landscape pages (and so is laid out at their width). */
export interface FlowEntry {
  item: FlowItem;
  landscape: boolean;
}

/** The document's items in the order of the one walk of the plan that the .docx writer also takes. */
export function flowItems(plan: DocumentPlan): FlowEntry[] {
  const out: FlowEntry[] = [];
  let landscape = false;
  const push = (item: FlowItem) => out.push({ item, landscape });
  walkPlan(plan, {
    paragraph: push,
    rule: push,
    layoutTable: (table) => push({ kind: 'table', table }),
    grid: push,
    pageBreak: () => push({ kind: 'break', section: false, mark: true, restart: false, landscape }),
    sectionBreak: (_, next, tableFirst) => {
      landscape = next.landscape;
      push({ kind: 'break', section: true, mark: tableFirst, restart: next.numbering === 'restart', landscape });
    },
  });
  return out;
}

const pt = (twips: number) => `${twips / 20}pt`;

/**
 * Times New Roman's (and Tinos') natural line height (layout.ts) is 1.15 em (ascent + descent + gap over the
 * em); Word's "auto" spacing multiplies it: 288/240 gives 1.2 lines.
 */
export const NATURAL_LINE = NATURAL_LINE_EM;

export function paragraphStyle(p: PlanParagraph): string {
  const indent = p.hanging ? `padding-left:${pt(p.indentLeft)};text-indent:-${pt(p.hanging)}` : `padding-left:${pt(p.indentLeft)};text-indent:${pt(p.firstLine)}`;
  return [
    `font-size:${p.sizePt}pt`,
    `font-weight:${p.bold ? 700 : 400}`,
    `font-style:${p.italic ? 'italic' : 'normal'}`,
    `line-height:${(NATURAL_LINE * p.line) / 240}`,
    `padding-top:${pt(p.before)}`,
    `padding-bottom:${pt(p.after)}`,
    indent,
    `padding-right:${pt(p.indentRight)}`,
    `text-align:${p.align === 'both' ? 'justify' : p.align}`,
    `white-space:${p.wrap ? 'normal' : 'nowrap'}`,
  ].join(';');
}

/** The rule's empty paragraph: 4 pt tall, a 0.75 pt line 1 pt below it, as Word draws a bottom border. */
export function ruleStyle(r: PlanRule): string {
  return `height:${MARK_PT * NATURAL_LINE}pt;margin-left:${pt(r.indentLeft)};margin-right:${pt(r.indentRight)};padding-bottom:1pt;border-bottom:0.75pt solid #000`;
}

/** The .docx's empty paragraph, as small as a rule's mark (ooxml.ts EMPTY_PARAGRAPH): between two boxes in a cell, or a page break. */
export const emptyParagraphStyle = `height:${MARK_PT * NATURAL_LINE}pt`;

/**
 * The .docx's page-break paragraph is as small as a rule's mark and stands on the new page; the
 * preview keeps the same gap. A section break's paragraph ends the page before: nothing on the new
 * one, unless a table opens the section (plan-walk.ts).
 */
export function breakStyle(b: PageBreak): string {
  return b.mark ? emptyParagraphStyle : 'height:0pt';
}

export function stampStyle(s: PlanStamp): string {
  return `width:${pt(s.width)};height:${pt(s.height)};border:0.75pt solid #${s.color};color:#${s.color};font-size:${s.sizePt}pt;font-weight:${s.bold ? 700 : 400}`;
}

export function tableStyle(t: PlanTable): string {
  return `grid-template-columns:${pt(t.columns[0])} ${pt(t.columns[1])}`;
}

export const cellStyle = `padding:0 ${pt(CELL_PADDING)}`;

/** A flow item on landscape pages is laid out at their text width; others take the portrait column's. */
export function entryWidth(landscape: boolean): string {
  return pt(landscape ? LANDSCAPE_TEXT_WIDTH : TEXT_WIDTH);
}

/** A data table drawn from its plan: the same grid in the same twips, one size, single 0.5 pt lines. */
export function gridStyle(g: PlanGrid): string {
  const width = g.columns.reduce((a, b) => a + b, 0);
  return `width:${pt(width)};font-size:${g.sizePt}pt;line-height:${(NATURAL_LINE * TABLE.line) / 240}`;
}

export function gridColumns(g: PlanGrid): string[] {
  return g.columns.map((c) => `width:${pt(c)}`);
}

export function gridCellStyle(c: PlanCell, header: boolean): string {
  return [
    `padding:${pt(TABLE.cellMarginY)} ${pt(TABLE.cellMarginX)}`,
    `border:${TABLE.borderEighths / 8}pt solid #000`,
    `text-align:${c.align}`,
    `vertical-align:${header ? 'middle' : 'top'}`,
    `font-weight:${c.bold ? 700 : 400}`,
  ].join(';');
}

type PageSetup = typeof PAGE | typeof LANDSCAPE_PAGE;

/** A page box in CSS from its setup in layout.ts. */
function pageCss(p: PageSetup) {
  return {
    width: pt(p.width),
    height: pt(p.height),
    padding: `${pt(p.marginTop)} ${pt(p.marginRight)} ${pt(p.marginBottom)} ${pt(p.marginLeft)}`,
    headerTop: pt(p.header),
    marginLeft: pt(p.marginLeft),
    marginRight: pt(p.marginRight),
    marginBottom: pt(p.marginBottom),
    textWidth: pt(p.width - p.marginLeft - p.marginRight),
  } as const;
}

/** The page box: A4 with the decree's margins. */
export const PAGE_CSS = pageCss(PAGE);
/** The landscape page of a wide table: A4 turned, its margins turned with it (layout.ts). */
export const LANDSCAPE_CSS = pageCss(LANDSCAPE_PAGE);

/** Content height of a page in CSS px (96 per inch, 1440 twips per inch). */
export const PAGE_CONTENT_PX = ((PAGE.height - PAGE.marginTop - PAGE.marginBottom) * 96) / 1440;
export const LANDSCAPE_CONTENT_PX = ((LANDSCAPE_PAGE.height - LANDSCAPE_PAGE.marginTop - LANDSCAPE_PAGE.marginBottom) * 96) / 1440;
export const PAGE_WIDTH_PX = (PAGE.width * 96) / 1440;
export const PAGE_HEIGHT_PX = (PAGE.height * 96) / 1440;

export type { PlanItem };

/** Every footnote of the flow, in number order (the plan numbers them in the walk's order). */
export function flowNotes(entries: readonly FlowEntry[]): PlanNote[] {
  const out: PlanNote[] = [];
  for (const { item } of entries) {
    if (item.kind === 'text') out.push(...(item.notes ?? []));
    else if (item.kind === 'grid') for (const r of item.rows) for (const c of r.cells) out.push(...(c.notes ?? []));
  }
  return out.sort((a, b) => a.number - b.number);
}

/** A note at the foot of the page, as footnotes.xml sets it: 10 pt, single spacing, justified. */
export const noteStyle = `font-size:${FOOTNOTE.sizePt}pt;line-height:${(NATURAL_LINE * FOOTNOTE.line) / 240};text-align:justify;margin:0`;

/** The separator above the notes: one line at the notes' size, Word's 2-inch rule across its middle. */
export const NOTE_SEPARATOR_PT = FOOTNOTE.sizePt * NATURAL_LINE;
export const NOTE_SEPARATOR_PX = (NOTE_SEPARATOR_PT * 96) / 72;
export const noteSeparatorStyle = `height:${NOTE_SEPARATOR_PT}pt;display:flex;align-items:center`;
export const noteRuleStyle = `width:${pt(FOOTNOTE.separatorLength)};border-top:0.5pt solid #000`;
