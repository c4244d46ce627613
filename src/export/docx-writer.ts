// Document → .docx bytes. Draws the plan from plan.ts with the `docx` library; decides nothing about
// the layout itself. Runs in Node (CLI, tests, bench) and in the browser (loaded with import()).
import {
  AlignmentType, BorderStyle, Document, Header, HeightRule, Packer, PageNumber, Paragraph, Table, TableCell,
  TableLayoutType, TableRow, TextRun, VerticalAlign, WidthType, type IRunOptions,
} from 'docx';
import type { VanBan } from '../core/model/van-ban.ts';
import { FONT_FAMILY, LANGUAGE, PAGE, RULE, SINGLE_LINE, CELL_PADDING } from './layout.ts';
import { planDocument, type PlanItem, type PlanParagraph, type PlanRule, type PlanStamp, type PlanTable } from './plan.ts';

const FONT = { ascii: FONT_FAMILY, hAnsi: FONT_FAMILY, cs: FONT_FAMILY, eastAsia: FONT_FAMILY };
const BLACK = '000000';
const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const NO_CELL_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE };
/** An empty rule paragraph is as tall as its mark: keep it small so the rule hugs the text above. */
const RULE_MARK_HALF_POINTS = 8;

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, both: AlignmentType.JUSTIFIED } as const;

function runOptions(sizePt: number, extra: Partial<IRunOptions> = {}): IRunOptions {
  return { font: FONT, size: sizePt * 2, color: BLACK, language: { value: LANGUAGE, eastAsia: LANGUAGE, bidirectional: LANGUAGE }, ...extra };
}

function textParagraph(p: PlanParagraph): Paragraph {
  // Only "on" values are written: Word's defaults are off, and a smaller XML packs faster.
  const style = { ...(p.bold ? { bold: true } : {}), ...(p.italic ? { italics: true } : {}) };
  return new Paragraph({
    alignment: ALIGN[p.align],
    indent: { left: p.indentLeft, right: p.indentRight, ...(p.hanging ? { hanging: p.hanging } : { firstLine: p.firstLine }) },
    spacing: { before: p.before, after: p.after, line: p.line, lineRule: 'auto' },
    ...(p.keepNext ? { keepNext: true } : {}),
    run: runOptions(p.sizePt, style),
    children: p.lines.map((text, i) => new TextRun(runOptions(p.sizePt, { ...style, text, ...(i > 0 ? { break: 1 } : {}) }))),
  });
}

function ruleParagraph(r: PlanRule): Paragraph {
  return new Paragraph({
    border: { bottom: { style: BorderStyle.SINGLE, size: RULE.sizeEighths, space: RULE.space, color: BLACK } },
    indent: { left: r.indentLeft, right: r.indentRight },
    spacing: { before: 0, after: 0, line: SINGLE_LINE, lineRule: 'auto' },
    keepNext: true,
    run: { ...runOptions(RULE_MARK_HALF_POINTS / 2), size: RULE_MARK_HALF_POINTS },
    children: [],
  });
}

function stampTable(s: PlanStamp): Table {
  const red = { style: BorderStyle.SINGLE, size: 6, color: s.color } as const;
  return new Table({
    width: { size: s.width, type: WidthType.DXA },
    columnWidths: [s.width],
    layout: TableLayoutType.FIXED,
    borders: { top: red, bottom: red, left: red, right: red, insideHorizontal: NONE, insideVertical: NONE },
    rows: [
      new TableRow({
        height: { value: s.height, rule: HeightRule.EXACT },
        children: [
          new TableCell({
            width: { size: s.width, type: WidthType.DXA },
            verticalAlign: VerticalAlign.CENTER,
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                spacing: { before: 0, after: 0, line: SINGLE_LINE, lineRule: 'auto' },
                children: [new TextRun(runOptions(s.sizePt, { text: s.text, bold: true, color: s.color }))],
              }),
            ],
          }),
        ],
      }),
    ],
  });
}

function item(i: PlanItem): Paragraph | Table {
  switch (i.kind) {
    case 'text':
      return textParagraph(i);
    case 'rule':
      return ruleParagraph(i);
    case 'stamp':
      return stampTable(i);
  }
}

function cellChildren(items: PlanItem[]): (Paragraph | Table)[] {
  const children = items.map(item);
  // A cell must end with a paragraph; a nested table (the stamp) may not close it.
  if (children.length === 0 || children[children.length - 1] instanceof Table) {
    children.push(new Paragraph({ spacing: { before: 0, after: 0 }, run: { size: RULE_MARK_HALF_POINTS }, children: [] }));
  }
  return children;
}

function borderlessTable(t: PlanTable): Table {
  return new Table({
    width: { size: t.columns[0] + t.columns[1], type: WidthType.DXA },
    columnWidths: [...t.columns],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    margins: { top: 0, bottom: 0, left: CELL_PADDING, right: CELL_PADDING },
    rows: t.rows.map(
      (r) =>
        new TableRow({
          cantSplit: r.cantSplit,
          children: r.cells.map(
            (cell, i) =>
              new TableCell({
                width: { size: t.columns[i]!, type: WidthType.DXA },
                borders: NO_CELL_BORDERS,
                verticalAlign: VerticalAlign.TOP,
                children: cellChildren(cell),
              }),
          ),
        }),
    ),
  });
}

export function buildDocument(v: VanBan): Document {
  const plan = planDocument(v);
  const pageNumber = new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun(runOptions(plan.pageNumberSizePt, { children: [PageNumber.CURRENT] }))],
  });
  return new Document({
    creator: 'Soạn văn bản',
    title: v.trichYeu,
    styles: {
      default: {
        document: {
          run: runOptions(14),
          paragraph: { spacing: { before: 0, after: 0, line: SINGLE_LINE } },
        },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: PAGE.marginTop, bottom: PAGE.marginBottom, left: PAGE.marginLeft, right: PAGE.marginRight,
              header: PAGE.header, footer: PAGE.footer,
            },
          },
        },
        headers: {
          default: new Header({ children: [pageNumber] }),
          // Page 1 carries no number (Phụ lục I, Phần I, Mục I, khoản 7).
          first: new Header({ children: [new Paragraph({ children: [] })] }),
        },
        children: [
          borderlessTable(plan.header),
          ...plan.main.map((p) => (p.kind === 'rule' ? ruleParagraph(p) : textParagraph(p))),
          borderlessTable(plan.signature),
        ],
      },
    ],
  });
}

/** The finished .docx file. */
export async function exportDocx(v: VanBan): Promise<Uint8Array> {
  return Packer.pack(buildDocument(v), 'uint8array');
}

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
