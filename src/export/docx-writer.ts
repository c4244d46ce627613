// Document → .docx bytes. The `docx` library builds the package once per size profile (styles,
// page setup, the page-number headers, relationships); each export writes only the body (ooxml.ts)
// and zips. Runs in Node (CLI, tests, bench) and in the browser (loaded with import()).
import { AlignmentType, Document, Header, LineRuleType, Packer, PageNumber, Paragraph, TextRun, type IRunOptions } from 'docx';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { APP_COPY_NAMESPACE, appCopyXml, textHash, visibleWordText } from '../core/app-copy.ts';
import type { CoChu, VanBan } from '../core/model/van-ban.ts';
import { CELL_PADDING, FONT_FAMILY, LANGUAGE, PAGE, SINGLE_LINE, SIZES, TABLE } from './layout.ts';
import { borderlessTable, dataTable, EMPTY_PARAGRAPH, escapeXml, footnotesXml, headerRefs, PAGE_BREAK, paragraph, rule, sectionBreak, sectionProperties, type HeaderRefs } from './ooxml.ts';
import { planDocument } from './plan.ts';
import { walkPlan } from './plan-walk.ts';
import type { PlanNote } from './plan-types.ts';
import { deflateRaw, nativeDeflate, zipPackage } from './zip-package.ts';

const FONT = { ascii: FONT_FAMILY, hAnsi: FONT_FAMILY, cs: FONT_FAMILY, eastAsia: FONT_FAMILY };

function runOptions(sizePt: number, extra: Partial<IRunOptions> = {}): IRunOptions {
  return { font: FONT, size: sizePt * 2, color: '000000', language: { value: LANGUAGE, eastAsia: LANGUAGE, bidirectional: LANGUAGE }, ...extra };
}

interface PackageTemplate {
  files: Record<string, Uint8Array>;
  /** document.xml up to and including <w:body>. */
  head: string;
  /** The page-number headers every section refers to. */
  headers: HeaderRefs;
  /** The closing tags after the body. */
  tail: string;
  /** word/footnotes.xml's declaration and root start tag, with the namespaces the library declares. */
  footnotesOpen: string;
  /** The parts every export writes as they are, deflated once (zip-package.ts). */
  deflated: Map<string, Uint8Array<ArrayBuffer>>;
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
      // Table cells (ooxml.ts, dataTable): Times New Roman and vi-VN set in full on the style they all use.
      paragraphStyles: TABLE.sizesPt.map((pt) => ({
        id: TABLE.styleId(pt),
        name: `Bảng ${pt} pt`,
        run: runOptions(pt),
        // lineRule "auto" said out loud: without it LibreOffice set the cells' lines at exactly 12 pt.
        paragraph: { spacing: { before: 0, after: 0, line: TABLE.line, lineRule: LineRuleType.AUTO }, indent: { left: 0, right: 0, firstLine: 0 } },
      })),
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
  const head = xml.slice(0, bodyStart);
  // Our section properties name the headers by r:id: the root must declare that prefix.
  if (!head.includes('xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')) throw new Error('docx template: document.xml does not declare xmlns:r');
  addAppCopyParts(files);
  const notesXml = strFromU8(files['word/footnotes.xml']!);
  const rootEnd = notesXml.indexOf('>', notesXml.indexOf('<w:footnotes')) + 1;
  if (rootEnd <= 0) throw new Error('docx template: no <w:footnotes> root');
  const fixed = Object.keys(files).filter((n) => !PER_EXPORT.has(n));
  const deflated = new Map(nativeDeflate ? await Promise.all(fixed.map(async (n) => [n, await deflateRaw(files[n]!)] as const)) : []);
  return { files, head, headers: headerRefs(xml.slice(sectStart, sectEnd)), tail: xml.slice(sectEnd), footnotesOpen: notesXml.slice(0, rootEnd), deflated };
}

const APP_COPY_PART = 'customXml/item1.xml';
/** The parts each export writes afresh; the template's others are the same every time. */
const PER_EXPORT = new Set(['word/document.xml', 'word/footnotes.xml', 'docProps/core.xml', APP_COPY_PART]);

/**
 * The custom XML part that carries the app's copy (core/app-copy.ts), wired as Word wires its own:
 * the document's relationship to the item, the item's to its properties (which name it with an id
 * and a schema, so Word keeps it on save), and the properties' content type.
 */
function addAppCopyParts(files: Record<string, Uint8Array>): void {
  const insert = (name: string, closing: string, add: string) => {
    const xml = strFromU8(files[name]!);
    const at = xml.lastIndexOf(closing);
    if (at < 0) throw new Error(`docx template: no ${closing} in ${name}`);
    files[name] = strToU8(xml.slice(0, at) + add + xml.slice(at));
  };
  insert(
    'word/_rels/document.xml.rels',
    '</Relationships>',
    `<Relationship Id="rIdSoanVanBan" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../${APP_COPY_PART}"/>`,
  );
  insert(
    '[Content_Types].xml',
    '</Types>',
    '<Override ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml" PartName="/customXml/itemProps1.xml"/>',
  );
  files['customXml/_rels/item1.xml.rels'] = strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" Target="itemProps1.xml"/></Relationships>',
  );
  files['customXml/itemProps1.xml'] = strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><ds:datastoreItem ds:itemID="{5B0E8C52-3F4A-4C1D-9A57-50A4E5B7A001}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">' +
      `<ds:schemaRefs><ds:schemaRef ds:uri="${APP_COPY_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`,
  );
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

/**
 * The body of word/document.xml, in the order of the one walk of the plan (plan-walk.ts): header
 * table, main flow with its tables, signature table, then each attached document; a section ends
 * with a paragraph holding its properties, the last one with the body's own.
 */
export function bodyXml(v: VanBan, headers: HeaderRefs): string {
  return documentBody(v, headers).body;
}

/** The body and the footnotes met on the way, in their order (their numbers). */
function documentBody(v: VanBan, headers: HeaderRefs): { body: string; notes: PlanNote[] } {
  const out: string[] = [];
  const notes: PlanNote[] = [];
  const last = walkPlan(planDocument(v), {
    paragraph: (p) => {
      if (p.notes) notes.push(...p.notes);
      out.push(paragraph(p));
    },
    rule: (r) => out.push(rule(r)),
    layoutTable: (t) => out.push(borderlessTable(t, CELL_PADDING)),
    grid: (g) => {
      for (const r of g.rows) for (const c of r.cells) if (c.notes) notes.push(...c.notes);
      out.push(dataTable(g));
    },
    pageBreak: () => out.push(PAGE_BREAK),
    sectionBreak: (ending, _, tableFirst) => out.push(sectionBreak(sectionProperties(ending, headers)) + (tableFirst ? EMPTY_PARAGRAPH : '')),
  });
  return { body: out.join('') + sectionProperties(last, headers), notes };
}

/** Builds the package template for a font size ahead of the first export (the editor calls it when it opens). */
export async function prepareExport(coChu: CoChu): Promise<void> {
  await packageTemplate(coChu);
}

/** The finished .docx file. */
export async function exportDocx(v: VanBan, now: Date = new Date()): Promise<Uint8Array> {
  const t = await packageTemplate(v.coChu);
  const { body, notes } = documentBody(v, t.headers);
  const document = t.head + body + t.tail;
  const footnotes = footnotesXml(t.footnotesOpen, notes);
  return zipPackage(
    {
      ...t.files,
    'word/document.xml': strToU8(document),
    'word/footnotes.xml': strToU8(footnotes),
    'docProps/core.xml': strToU8(coreProperties(v, now)),
      [APP_COPY_PART]: strToU8(appCopyXml(v, textHash(visibleWordText(document, footnotes)))),
    },
    t.deflated,
  );
}


export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
