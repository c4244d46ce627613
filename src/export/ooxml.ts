// WordprocessingML for the document body, written as strings. The `docx` library builds the package
// around it (styles, headers, relationships); the body — the part that grows with the document —
// is written here, because building it through docx's object model cost 7–14× the zip itself.
// Child elements follow the order the OOXML schema requires (Word rejects other orders).
import { FONT_FAMILY, FOOTNOTE, LANDSCAPE_PAGE, LANGUAGE, MARK_PT, PAGE, RULE, SINGLE_LINE, TABLE } from './layout.ts';
import { linePieces } from './plan-notes.ts';
import type { Section } from './plan-walk.ts';
import { type PlanCell, type PlanGrid, type PlanItem, type PlanNote, type PlanParagraph, type PlanRule, type PlanStamp, type PlanTable } from './plan-types.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
export function escapeXml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ESCAPES[c]!);
}

const FONTS = `<w:rFonts w:ascii="${FONT_FAMILY}" w:hAnsi="${FONT_FAMILY}" w:eastAsia="${FONT_FAMILY}" w:cs="${FONT_FAMILY}"/>`;
const LANG = `<w:lang w:val="${LANGUAGE}" w:eastAsia="${LANGUAGE}" w:bidi="${LANGUAGE}"/>`;
const JC = { left: 'left', center: 'center', right: 'right', both: 'both' } as const;
const RULE_MARK_HALF_POINTS = MARK_PT * 2;

interface RunStyle {
  sizeHalfPoints: number;
  bold?: boolean;
  italic?: boolean;
  color?: string;
}

const runProps = new Map<string, string>();

/** Run properties: Times New Roman and vi-VN on every run, so nothing falls back to another font. */
export function rPr(s: RunStyle): string {
  // A table of 50 rows asks for the same few run properties thousands of times.
  const key = `${s.sizeHalfPoints}${s.bold ? 'b' : ''}${s.italic ? 'i' : ''}${s.color ?? ''}`;
  let out = runProps.get(key);
  if (out === undefined) {
    out = makeRPr(s);
    runProps.set(key, out);
  }
  return out;
}

function makeRPr(s: RunStyle): string {
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

/** A footnote's reference mark: the body's run in Word's superscript "footnote reference" style. */
export function noteReference(id: number, sizeHalfPoints: number): string {
  return `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/>${FONTS}<w:color w:val="000000"/><w:sz w:val="${sizeHalfPoints}"/><w:szCs w:val="${sizeHalfPoints}"/><w:vertAlign w:val="superscript"/>${LANG}</w:rPr><w:footnoteReference w:id="${id}"/></w:r>`;
}

/** Lines with footnote marks (plan-notes.ts linePieces): a line after the first starts with its own break run. */
function runsWithNotes(lines: readonly string[], notes: readonly PlanNote[], props: (bold: boolean) => string, boldLead: number, sizeHalfPoints: number): string {
  return linePieces(lines, notes, boldLead)
    .map((pieces, i) => (i > 0 ? `<w:r>${props(false)}<w:br/></w:r>` : '') + pieces.map((x) => ('note' in x ? noteReference(x.note, sizeHalfPoints) : run(x.text, props(x.bold), false))).join(''))
    .join('');
}

export function paragraph(p: PlanParagraph): string {
  const props = rPr({ sizeHalfPoints: p.sizePt * 2, bold: p.bold, italic: p.italic });
  const indent = p.hanging ? `w:hanging="${p.hanging}"` : `w:firstLine="${p.firstLine}"`;
  const pPr =
    `<w:pPr>${p.keepNext ? '<w:keepNext/>' : ''}${spacing(p.before, p.after, p.line)}` +
    `<w:ind w:left="${p.indentLeft}" w:right="${p.indentRight}" ${indent}/><w:jc w:val="${JC[p.align]}"/>${props}</w:pPr>`;
  if (p.notes?.length) {
    const styled = (bold: boolean) => (bold ? rPr({ sizeHalfPoints: p.sizePt * 2, bold: true, italic: p.italic }) : props);
    return `<w:p>${pPr}${runsWithNotes(p.lines, p.notes, styled, p.boldLead, p.sizePt * 2)}</w:p>`;
  }
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
/** An empty paragraph as small as a rule's mark: closes a cell, or opens a section that starts with a table. */
export const EMPTY_PARAGRAPH = `<w:p><w:pPr>${spacing(0, 0, SINGLE_LINE)}${rPr({ sizeHalfPoints: RULE_MARK_HALF_POINTS })}</w:pPr></w:p>`;

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

/** The relationship ids of the two page-number headers the package template holds. */
export interface HeaderRefs {
  default: string;
  first: string;
}

/**
 * Finds the template's header references, whatever the order of their attributes; fails loudly when
 * the `docx` library stops writing them, rather than exporting pages without numbers.
 */
export function headerRefs(templateSectPr: string): HeaderRefs {
  const refs: Partial<HeaderRefs> = {};
  for (const [el] of templateSectPr.matchAll(/<w:headerReference\b[^>]*>/g)) {
    const type = /\bw:type="([^"]+)"/.exec(el)?.[1];
    const id = /\br:id="([^"]+)"/.exec(el)?.[1];
    if (id && (type === 'default' || type === 'first')) refs[type] = id;
  }
  if (!refs.default || !refs.first) throw new Error(`docx template: no default and first page-number headers in ${templateSectPr}`);
  return { default: refs.default, first: refs.first };
}

/**
 * One section's properties, written here from layout.ts rather than edited out of the library's:
 * A4 portrait or landscape with the decree's margins, the page-number headers, and, where numbering
 * starts or restarts (the document, each appendix), a first page without a number.
 */
export function sectionProperties(s: Section, refs: HeaderRefs): string {
  const p = s.landscape ? LANDSCAPE_PAGE : PAGE;
  return (
    `<w:sectPr><w:headerReference w:type="default" r:id="${refs.default}"/><w:headerReference w:type="first" r:id="${refs.first}"/>` +
    `<w:pgSz w:w="${p.width}" w:h="${p.height}" w:orient="${s.landscape ? 'landscape' : 'portrait'}"/>` +
    `<w:pgMar w:top="${p.marginTop}" w:right="${p.marginRight}" w:bottom="${p.marginBottom}" w:left="${p.marginLeft}" w:header="${p.header}" w:footer="${p.footer}" w:gutter="0"/>` +
    `${s.numbering === 'restart' ? '<w:pgNumType w:start="1"/>' : ''}${s.numbering === 'continue' ? '' : '<w:titlePg/>'}</w:sectPr>`
  );
}

/** A paragraph-level sectPr ends the section holding everything before it; the next starts on a new page. */
export function sectionBreak(sectPr: string): string {
  return `<w:p><w:pPr>${spacing(0, 0, SINGLE_LINE)}${rPr({ sizeHalfPoints: RULE_MARK_HALF_POINTS })}${sectPr}</w:pPr></w:p>`;
}

const LINE = `w:val="single" w:sz="${TABLE.borderEighths}" w:space="0" w:color="000000"`;
const GRID_BORDERS = `<w:tblBorders><w:top ${LINE}/><w:left ${LINE}/><w:bottom ${LINE}/><w:right ${LINE}/><w:insideH ${LINE}/><w:insideV ${LINE}/></w:tblBorders>`;
const GRID_MARGINS =
  `<w:tblCellMar><w:top w:w="${TABLE.cellMarginY}" w:type="dxa"/><w:left w:w="${TABLE.cellMarginX}" w:type="dxa"/>` +
  `<w:bottom w:w="${TABLE.cellMarginY}" w:type="dxa"/><w:right w:w="${TABLE.cellMarginX}" w:type="dxa"/></w:tblCellMar>`;

const BOLD_RUN = '<w:rPr><w:b/><w:bCs/></w:rPr>';

/** A cell's paragraph: its size, font and spacing from the table's style, only its alignment and weight here. */
function cellParagraph(c: PlanCell, style: string, sizePt: number): string {
  const jc = c.align === 'left' ? '' : `<w:jc w:val="${JC[c.align]}"/>`;
  const rPr = c.bold ? BOLD_RUN : '';
  if (c.notes?.length) return `<w:p><w:pPr><w:pStyle w:val="${style}"/>${jc}</w:pPr>${runsWithNotes(c.lines, c.notes, () => rPr, 0, sizePt * 2)}</w:p>`;
  const runs = c.lines.map((l, i) => `<w:r>${rPr}${i > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${escapeXml(l)}</w:t></w:r>`).join('');
  return `<w:p><w:pPr><w:pStyle w:val="${style}"/>${jc}</w:pPr>${runs}</w:p>`;
}

function gridCell(c: PlanCell, g: PlanGrid, vAlign: string, style: string): string {
  let width = 0;
  for (let i = c.col; i < c.col + c.span; i++) width += g.columns[i]!;
  const span = c.span > 1 ? `<w:gridSpan w:val="${c.span}"/>` : '';
  const merge = c.covered ? '<w:vMerge/>' : c.rowSpan > 1 ? '<w:vMerge w:val="restart"/>' : '';
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${span}${merge}${vAlign}</w:tcPr>${cellParagraph(c, style, g.sizePt)}</w:tc>`;
}

/**
 * A data table: fixed layout, the grid and every cell in twips (dxa, never percentages, which Apple's
 * viewers and Google Docs squash), single 0.5 pt lines, header rows repeated on each page
 * (w:tblHeader), rows kept whole (w:cantSplit) where the plan says so, merges as gridSpan/vMerge.
 */
export function dataTable(g: PlanGrid): string {
  const width = g.columns.reduce((a, b) => a + b, 0);
  const style = TABLE.styleId(g.sizePt);
  const rows = g.rows.map((r) => {
    const trPr = r.cantSplit || r.header ? `<w:trPr>${r.cantSplit ? '<w:cantSplit/>' : ''}${r.header ? '<w:tblHeader/>' : ''}</w:trPr>` : '';
    // Headings sit in the middle of their cells; body cells at the top, Word's default, left unwritten.
    const vAlign = r.header ? '<w:vAlign w:val="center"/>' : '';
    let cells = '';
    for (const c of r.cells) cells += gridCell(c, g, vAlign, style);
    return `<w:tr>${trPr}${cells}</w:tr>`;
  });
  return (
    `<w:tbl><w:tblPr><w:tblW w:w="${width}" w:type="dxa"/><w:tblInd w:w="0" w:type="dxa"/>${GRID_BORDERS}<w:tblLayout w:type="fixed"/>${GRID_MARGINS}</w:tblPr>` +
    `<w:tblGrid>${g.columns.map((c) => `<w:gridCol w:w="${c}"/>`).join('')}</w:tblGrid>${rows.join('')}</w:tbl>`
  );
}

// The separators' paragraphs at the notes' size: their height is the room the preview reserves above the notes.
const SEPARATOR_PROPS = rPr({ sizeHalfPoints: FOOTNOTE.sizePt * 2 });
const SEPARATORS =
  `<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr>${spacing(0, 0, FOOTNOTE.line)}${SEPARATOR_PROPS}</w:pPr><w:r>${SEPARATOR_PROPS}<w:separator/></w:r></w:p></w:footnote>` +
  `<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr>${spacing(0, 0, FOOTNOTE.line)}${SEPARATOR_PROPS}</w:pPr><w:r>${SEPARATOR_PROPS}<w:continuationSeparator/></w:r></w:p></w:footnote>`;

/**
 * word/footnotes.xml: Word's separator and continuation separator, then each note with the number
 * mark Word computes itself (w:footnoteRef) and its text, at FOOTNOTE's size (layout.ts).
 * `open` is the part's root start tag (with its namespaces), taken from the package template.
 */
export function footnotesXml(open: string, notes: readonly PlanNote[]): string {
  const half = FOOTNOTE.sizePt * 2;
  const props = rPr({ sizeHalfPoints: half });
  const body = notes
    .map(
      (n) =>
        `<w:footnote w:id="${n.number}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/>${spacing(FOOTNOTE.before, 0, FOOTNOTE.line)}<w:jc w:val="both"/>${props}</w:pPr>` +
        `${noteReference(n.number, half).replace('<w:footnoteReference w:id="' + n.number + '"/>', '<w:footnoteRef/>')}${run(` ${n.text}`, props, false)}</w:p></w:footnote>`,
    )
    .join('');
  return `${open}${SEPARATORS}${body}</w:footnotes>`;
}
