// The document plan as CSS: every length comes from src/export/layout.ts through the plan, so the
// preview and the .docx share one set of figures. Twips become points (1 pt = 20 twips).
import { CELL_PADDING, MARK_PT, NATURAL_LINE_EM, PAGE } from '../../export/layout.ts';
import type { DocumentPlan, PlanItem, PlanParagraph, PlanRule, PlanStamp, PlanTable } from '../../export/plan.ts';

/** A new page before an attached document; `restart`: an appendix numbers its pages from 1. */
export interface PageBreak {
  kind: 'break';
  restart: boolean;
}

export type FlowItem = { kind: 'table'; table: PlanTable } | PlanParagraph | PlanRule | PageBreak;

/** The document's top-level items in order: header table, main flow, signature table, attachments. */
export function flowItems(plan: DocumentPlan): FlowItem[] {
  const out: FlowItem[] = [{ kind: 'table', table: plan.header }, ...plan.main, { kind: 'table', table: plan.signature }, ...plan.after];
  for (const k of plan.kemTheo) {
    out.push({ kind: 'break', restart: k.newSection });
    if (k.header) out.push({ kind: 'table', table: k.header });
    out.push(...k.main);
    if (k.signature) out.push({ kind: 'table', table: k.signature });
  }
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

/** The .docx's page-break paragraph is as small as a rule's mark; the preview keeps the same gap. */
export const breakStyle = `height:${MARK_PT * NATURAL_LINE}pt`;

export function stampStyle(s: PlanStamp): string {
  return `width:${pt(s.width)};height:${pt(s.height)};border:0.75pt solid #${s.color};color:#${s.color};font-size:${s.sizePt}pt;font-weight:${s.bold ? 700 : 400}`;
}

export function tableStyle(t: PlanTable): string {
  return `grid-template-columns:${pt(t.columns[0])} ${pt(t.columns[1])}`;
}

export const cellStyle = `padding:0 ${pt(CELL_PADDING)}`;

/** The page box: A4 with the decree's margins; `content` is the height text may fill. */
export const PAGE_CSS = {
  width: pt(PAGE.width),
  height: pt(PAGE.height),
  padding: `${pt(PAGE.marginTop)} ${pt(PAGE.marginRight)} ${pt(PAGE.marginBottom)} ${pt(PAGE.marginLeft)}`,
  headerTop: pt(PAGE.header),
  marginLeft: pt(PAGE.marginLeft),
  marginRight: pt(PAGE.marginRight),
  textWidth: pt(PAGE.width - PAGE.marginLeft - PAGE.marginRight),
} as const;

/** Content height of a page in CSS px (96 per inch, 1440 twips per inch). */
export const PAGE_CONTENT_PX = ((PAGE.height - PAGE.marginTop - PAGE.marginBottom) * 96) / 1440;
export const PAGE_WIDTH_PX = (PAGE.width * 96) / 1440;
export const PAGE_HEIGHT_PX = (PAGE.height * 96) / 1440;

export type { PlanItem };
