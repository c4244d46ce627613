// Document → .docx bytes. The `docx` library builds the package once per size profile (styles,
// page setup, the page-number headers, relationships); each export writes only the body (ooxml.ts)
// and zips. Runs in Node (CLI, tests, bench) and in the browser (loaded with import()).
import { AlignmentType, Document, Header, Packer, PageNumber, Paragraph, TextRun, type IRunOptions } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { CoChu, VanBan } from '../core/model/van-ban.ts';
import { CELL_PADDING, FONT_FAMILY, LANGUAGE, PAGE, SINGLE_LINE, SIZES } from './layout.ts';
import { borderlessTable, escapeXml, PAGE_BREAK, paragraph, rule, sectionBreak, sectionProperties } from './ooxml.ts';
import { planDocument, type PlanParagraph, type PlanRule } from './plan.ts';

const FONT = { ascii: FONT_FAMILY, hAnsi: FONT_FAMILY, cs: FONT_FAMILY, eastAsia: FONT_FAMILY };

function runOptions(sizePt: number, extra: Partial<IRunOptions> = {}): IRunOptions {
  return { font: FONT, size: sizePt * 2, color: '000000', language: { value: LANGUAGE, eastAsia: LANGUAGE, bidirectional: LANGUAGE }, ...extra };
}

interface PackageTemplate {
  files: Record<string, Uint8Array>;
  /** document.xml up to and including <w:body>. */
  head: string;
  /** The section properties (page setup, the page-number headers). */
  sectPr: string;
  /** The closing tags after them. */
  tail: string;
}

function buildTemplateDocument(coChu: CoChu): Document {
  const pageNumber = new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun(runOptions(SIZES[coChu].pageNumber, { children: [PageNumber.CURRENT] }))],
  });
  return new Document({
    creator: 'Soạn văn bản',
    styles: {
      default: {
        document: { run: runOptions(SIZES[coChu].body), paragraph: { spacing: { before: 0, after: 0, line: SINGLE_LINE } } },
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
        children: [new Paragraph({ children: [] })],
      },
    ],
  });
}

const templates = new Map<CoChu, Promise<PackageTemplate>>();

async function makeTemplate(coChu: CoChu): Promise<PackageTemplate> {
  const files = unzipSync(await Packer.pack(buildTemplateDocument(coChu), 'uint8array'));
  const xml = strFromU8(files['word/document.xml']!);
  const bodyStart = xml.indexOf('<w:body>') + '<w:body>'.length;
  const sectStart = xml.lastIndexOf('<w:sectPr');
  if (bodyStart < '<w:body>'.length || sectStart < bodyStart) throw new Error('docx template: unexpected document.xml');
  const sectEnd = xml.indexOf('</w:sectPr>', sectStart) + '</w:sectPr>'.length;
  if (sectEnd < sectStart) throw new Error('docx template: no section properties');
  return { files, head: xml.slice(0, bodyStart), sectPr: xml.slice(sectStart, sectEnd), tail: xml.slice(sectEnd) };
}

function packageTemplate(coChu: CoChu): Promise<PackageTemplate> {
  let t = templates.get(coChu);
  if (!t) {
    t = makeTemplate(coChu);
    templates.set(coChu, t);
  }
  return t;
}

function coreProperties(v: VanBan, now: Date): string {
  const iso = now.toISOString().replace(/\.\d+Z$/, 'Z');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(v.trichYeu)}</dc:title><dc:creator>Soạn văn bản</dc:creator><dc:language>${LANGUAGE}</dc:language>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${iso}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${iso}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

const flow = (items: (PlanParagraph | PlanRule)[]) => items.map((p) => (p.kind === 'rule' ? rule(p) : paragraph(p))).join('');

/**
 * The body of word/document.xml: header table, main flow, signature table, then each attached
 * document. `sectPr` is the template's section properties: an appendix ends the section before it
 * with a copy of them, and its own section restarts the page numbers at 1.
 */
export function bodyXml(v: VanBan, sectPr: string): string {
  const plan = planDocument(v);
  let out = borderlessTable(plan.header, CELL_PADDING) + flow(plan.main) + borderlessTable(plan.signature, CELL_PADDING) + plan.after.map(paragraph).join('');
  let inAppendix = false;
  for (const k of plan.kemTheo) {
    if (k.newSection) {
      out += sectionBreak(sectionProperties(sectPr, inAppendix));
      inAppendix = true;
    } else {
      out += PAGE_BREAK;
    }
    if (k.header) out += borderlessTable(k.header, CELL_PADDING);
    out += flow(k.main);
    if (k.signature) out += borderlessTable(k.signature, CELL_PADDING);
  }
  return out + sectionProperties(sectPr, inAppendix);
}

/** Builds the package template for a font size ahead of the first export (the editor calls it when it opens). */
export async function prepareExport(coChu: CoChu): Promise<void> {
  await packageTemplate(coChu);
}

/** The finished .docx file. */
export async function exportDocx(v: VanBan, now: Date = new Date()): Promise<Uint8Array> {
  const t = await packageTemplate(v.coChu);
  return zipSync({
    ...t.files,
    'word/document.xml': strToU8(t.head + bodyXml(v, t.sectPr) + t.tail),
    'docProps/core.xml': strToU8(coreProperties(v, now)),
  });
}


export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
