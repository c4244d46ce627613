// WordprocessingML for the document body, written as strings. The `docx` library builds the package
// around it (styles, headers, relationships); the body — the part that grows with the document —
// is written here, because building it through docx's object model cost 7–14× the zip itself.
// Child elements follow the order the OOXML schema requires (Word rejects other orders).
import { FONT_FAMILY, LANGUAGE, MARK_PT, RULE, SINGLE_LINE } from './layout.ts';
import type { PlanItem, PlanParagraph, PlanRule, PlanStamp, PlanTable } from './plan.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
export function escapeXml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ESCAPES[c]!);
}

const FONTS = `<w:rFonts w:ascii="${FONT_FAMILY}" w:hAnsi="${FONT_FAMILY}" w:eastAsia="${FONT_FAMILY}" w:cs="${FONT_FAMILY}"/>`;
const LANG = `<w:lang w:val="${LANGUAGE}" w:eastAsia="${LANGUAGE}" w:bidi="${LANGUAGE}"/>`;
const JC = { left: 'left', center: 'center', both: 'both' } as const;
const RULE_MARK_HALF_POINTS = MARK_PT * 2;

interface RunStyle {
  sizeHalfPoints: number;
  bold?: boolean;
  italic?: boolean;
  color?: string;
}

/** Run properties: Times New Roman and vi-VN on every run, so nothing falls back to another font. */
export function rPr(s: RunStyle): string {
  const b = s.bold ? '<w:b/><w:bCs/>' : '';
  const i = s.italic ? '<w:i/><w:iCs/>' : '';
  return `<w:rPr>${FONTS}${b}${i}<w:color w:val="${s.color ?? '000000'}"/><w:sz w:val="${s.sizeHalfPoints}"/><w:szCs w:val="${s.sizeHalfPoints}"/>${LANG}</w:rPr>`;
}

function run(text: string, props: string, breakBefore: boolean): string {
  return `<w:r>${props}${breakBefore ? '<w:br/>' : ''}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
}

function spacing(before: number, after: number, line: number): string {
  return `<w:spacing w:before="${before}" w:after="${after}" w:line="${line}" w:lineRule="auto"/>`;
}

export function paragraph(p: PlanParagraph): string {
  const props = rPr({ sizeHalfPoints: p.sizePt * 2, bold: p.bold, italic: p.italic });
  const indent = p.hanging ? `w:hanging="${p.hanging}"` : `w:firstLine="${p.firstLine}"`;
  const pPr =
    `<w:pPr>${p.keepNext ? '<w:keepNext/>' : ''}${spacing(p.before, p.after, p.line)}` +
    `<w:ind w:left="${p.indentLeft}" w:right="${p.indentRight}" ${indent}/><w:jc w:val="${JC[p.align]}"/>${props}</w:pPr>`;
  const runs = p.lines.map((l, i) => run(l, props, i > 0));
  if (p.boldLead > 0 && p.lines[0]) {
    const leadProps = rPr({ sizeHalfPoints: p.sizePt * 2, bold: true, italic: p.italic });
    runs[0] = run(p.lines[0].slice(0, p.boldLead), leadProps, false) + run(p.lines[0].slice(p.boldLead), props, false);
  }
  return `<w:p>${pPr}${runs.join('')}</w:p>`;
}

export function rule(r: PlanRule): string {
  const border = `<w:pBdr><w:bottom w:val="single" w:sz="${RULE.sizeEighths}" w:space="${RULE.space}" w:color="000000"/></w:pBdr>`;
  return `<w:p><w:pPr><w:keepNext/>${border}${spacing(0, 0, SINGLE_LINE)}<w:ind w:left="${r.indentLeft}" w:right="${r.indentRight}"/>${rPr({ sizeHalfPoints: RULE_MARK_HALF_POINTS })}</w:pPr></w:p>`;
}

const NONE = 'w:val="none" w:sz="0" w:space="0" w:color="auto"';
const NO_TABLE_BORDERS = `<w:tblBorders><w:top ${NONE}/><w:left ${NONE}/><w:bottom ${NONE}/><w:right ${NONE}/><w:insideH ${NONE}/><w:insideV ${NONE}/></w:tblBorders>`;
const NO_CELL_BORDERS = `<w:tcBorders><w:top ${NONE}/><w:left ${NONE}/><w:bottom ${NONE}/><w:right ${NONE}/></w:tcBorders>`;
const EMPTY_PARAGRAPH = `<w:p><w:pPr>${spacing(0, 0, SINGLE_LINE)}${rPr({ sizeHalfPoints: RULE_MARK_HALF_POINTS })}</w:pPr></w:p>`;

function stamp(s: PlanStamp): string {
  const red = `w:val="single" w:sz="6" w:space="0" w:color="${s.color}"`;
  const borders = `<w:tblBorders><w:top ${red}/><w:left ${red}/><w:bottom ${red}/><w:right ${red}/><w:insideH ${NONE}/><w:insideV ${NONE}/></w:tblBorders>`;
  const props = rPr({ sizeHalfPoints: s.sizePt * 2, bold: s.bold, color: s.color });
  const text = `<w:p><w:pPr>${spacing(0, 0, SINGLE_LINE)}<w:jc w:val="center"/>${props}</w:pPr>${run(s.text, props, false)}</w:p>`;
  return (
    `<w:tbl><w:tblPr><w:tblW w:w="${s.width}" w:type="dxa"/>${borders}<w:tblLayout w:type="fixed"/></w:tblPr>` +
    `<w:tblGrid><w:gridCol w:w="${s.width}"/></w:tblGrid>` +
    `<w:tr><w:trPr><w:trHeight w:val="${s.height}" w:hRule="exact"/></w:trPr>` +
    `<w:tc><w:tcPr><w:tcW w:w="${s.width}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>${text}</w:tc></w:tr></w:tbl>`
  );
}

export function item(i: PlanItem): string {
  switch (i.kind) {
    case 'text':
      return paragraph(i);
    case 'rule':
      return rule(i);
    case 'stamp':
      return stamp(i);
  }
}

export function borderlessTable(t: PlanTable, cellPadding: number): string {
  const width = t.columns[0] + t.columns[1];
  const margins = `<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="${cellPadding}" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="${cellPadding}" w:type="dxa"/></w:tblCellMar>`;
  const rows = t.rows.map((r) => {
    const cells = r.cells.map((items, i) => {
      // Two boxes in a row (urgency stamp, draft mark) need a paragraph between them, or Word joins the tables.
      const body = items.map((x, k) => (k > 0 && x.kind === 'stamp' && items[k - 1]!.kind === 'stamp' ? EMPTY_PARAGRAPH : '') + item(x)).join('');
      // A cell must end with a paragraph; a nested table (the stamp) may not close it.
      const last = items[items.length - 1];
      const closing = !last || last.kind === 'stamp' ? EMPTY_PARAGRAPH : '';
      return `<w:tc><w:tcPr><w:tcW w:w="${t.columns[i]}" w:type="dxa"/>${NO_CELL_BORDERS}<w:vAlign w:val="top"/></w:tcPr>${body}${closing}</w:tc>`;
    });
    return `<w:tr>${r.cantSplit ? '<w:trPr><w:cantSplit/></w:trPr>' : ''}${cells.join('')}</w:tr>`;
  });
  return (
    `<w:tbl><w:tblPr><w:tblW w:w="${width}" w:type="dxa"/>${NO_TABLE_BORDERS}<w:tblLayout w:type="fixed"/>${margins}</w:tblPr>` +
    `<w:tblGrid>${t.columns.map((c) => `<w:gridCol w:w="${c}"/>`).join('')}</w:tblGrid>${rows.join('')}</w:tbl>`
  );
}

/**
 * A page break before an attached document. Its paragraph mark falls on the new page, so it is kept
 * as small as a rule's (the preview draws the same small gap).
 */
export const PAGE_BREAK = `<w:p><w:pPr>${spacing(0, 0, SINGLE_LINE)}${rPr({ sizeHalfPoints: RULE_MARK_HALF_POINTS })}</w:pPr><w:r>${rPr({ sizeHalfPoints: RULE_MARK_HALF_POINTS })}<w:br w:type="page"/></w:r></w:p>`;

/** Section properties of one section; an appendix's section numbers its pages from 1. */
export function sectionProperties(template: string, restartNumbering: boolean): string {
  if (!restartNumbering) return template;
  const restarted = template.replace(/<w:pgNumType\b[^>]*\/>/, '<w:pgNumType w:start="1"/>');
  return restarted.includes('w:start="1"') ? restarted : restarted.replace('<w:titlePg', '<w:pgNumType w:start="1"/><w:titlePg');
}

/** A paragraph-level sectPr ends the section holding everything before it; the next starts on a new page. */
export function sectionBreak(sectPr: string): string {
  return `<w:p><w:pPr>${spacing(0, 0, SINGLE_LINE)}${rPr({ sizeHalfPoints: RULE_MARK_HALF_POINTS })}${sectPr}</w:pPr></w:p>`;
}
