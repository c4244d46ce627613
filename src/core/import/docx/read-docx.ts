// A Word file (.docx) → the lines and tables the one classifier reads, plus what Word already knows
// exactly: footnotes with the place of their reference, sections (landscape pages, appendices), and
// the import notes. It never builds a model of its own. Bad files throw a DocxError before anything
// is returned.
import type { MucNhap } from '../nguon.ts';
import { DocxError } from './errors.ts';
import { importNotes } from './notes.ts';
import { Numbering } from './numbering.ts';
import { readPackage } from './package.ts';
import { cleanText, resolve, type RefPlace } from './resolve.ts';
import { sniff } from './sniff.ts';
import { walkBlocks, type Story, type Tally } from './walk.ts';
import { parseXml } from './xml-parse.ts';
import { children, intAttr, isW, wAttr, wChild, type XElement, type XmlParser } from './xml.ts';

/** A footnote (chú thích) and the place of its reference in `items`. */
export interface DocxFootnote extends RefPlace {
  /** Its paragraphs, joined with "\n". */
  text: string;
  /** Word's endnote (chú thích cuối văn bản), read as a footnote. */
  endnote?: true;
}

/** A section of the Word file: a run of pages with one page setup. */
export interface DocxSection {
  /** Index in `items` of the section's first item (items.length for an empty last section). */
  start: number;
  landscape: boolean;
}

export interface DocxDoc {
  /** Paragraph lines (the automatic number in front, as Word shows it) and data tables, in reading order. */
  items: MucNhap[];
  footnotes: DocxFootnote[];
  /** Import notes in Vietnamese: what was left out or read in a way the user should know. */
  notes: string[];
  /** At least one. */
  sections: DocxSection[];
}

function landscape(sectPr: XElement): boolean {
  const pgSz = wChild(sectPr, 'pgSz');
  return wAttr(pgSz, 'orient') === 'landscape' || intAttr(pgSz, 'w', 0) > intAttr(pgSz, 'h', Infinity);
}

/** The cleaned, non-empty lines of a story (a footnote, a header), tables read cell by cell. */
function storyLines(root: XElement, story: Story): string[] {
  const raw: MucNhap[] = [];
  walkBlocks(root, story, raw);
  const lines: string[] = [];
  for (const m of raw) {
    const texts = typeof m === 'string' ? [m] : m.hang.flatMap((row) => row.map((o) => o.text));
    for (const t of texts) {
      const { text } = cleanText(t);
      if (text) lines.push(text);
    }
  }
  return lines;
}

/** w:footnote / w:endnote elements by id, without the separators Word keeps in the same part. */
function notesById(root: XElement | undefined, name: string): Map<string, XElement> {
  const out = new Map<string, XElement>();
  if (!root) return out;
  for (const n of children(root)) {
    const type = wAttr(n, 'type');
    if (isW(n, name) && (type === null || type === 'normal')) out.set(wAttr(n, 'id') ?? '', n);
  }
  return out;
}

/** Reads a .docx; `xml` defaults to the reader's own parser (xml-parse.ts), the same in Node and the browser. */
export function readDocx(bytes: Uint8Array, xml: XmlParser = parseXml): DocxDoc {
  try {
    return read(bytes, xml);
  } catch (cause) {
    if (cause instanceof DocxError) throw cause;
    // Whatever else a damaged file trips on (an attribute the parser reads late, a part in an odd
    // shape), the caller still gets one message and nothing half-read.
    const detail = cause instanceof Error ? cause.message.split('\n')[0] : String(cause);
    throw new DocxError('broken-xml', `Tệp .docx bị hỏng: không đọc được nội dung (${detail}).`, { cause });
  }
}

function read(bytes: Uint8Array, xml: XmlParser): DocxDoc {
  sniff(bytes);
  const pkg = readPackage(bytes, xml);
  const body = isW(pkg.document, 'document') ? wChild(pkg.document, 'body') : undefined;
  if (!body) throw new DocxError('no-document', `Tệp nén này không phải văn bản Word (.docx): phần ${pkg.documentName} không có thân văn bản.`);

  const tally: Tally = { images: 0, objects: 0, textBoxes: 0, insertions: 0, deletions: 0, altChunks: 0 };
  const numbering = new Numbering(pkg.numbering, pkg.styles);
  const story = (extra: Partial<Story> = {}): Story => ({ numbering, tally, refs: [], hidden: [], ...extra });

  const main = story();
  const raw: MucNhap[] = [];
  const ends: { end: number; sectPr: XElement }[] = [];
  walkBlocks(body, main, raw, (sectPr, end) => ends.push({ sectPr, end }));
  const last = wChild(body, 'sectPr');
  if (last) ends.push({ sectPr: last, end: raw.length });
  const resolved = resolve(raw, main.refs.length);

  const footnoteEls = notesById(pkg.footnotes, 'footnote');
  const endnoteEls = notesById(pkg.endnotes, 'endnote');
  const footnotes: DocxFootnote[] = [];
  const unplacedFootnotes: string[] = [];
  let endnotes = 0;
  main.refs.forEach((ref, i) => {
    const el = (ref.kind === 'footnote' ? footnoteEls : endnoteEls).get(ref.id);
    if (!el) return;
    // Word writes the note's own number itself (w:footnoteRef); a "(" ")" typed around it stays behind.
    const text = storyLines(el, story({ hidden: main.hidden }))
      .join('\n')
      .replace(/^\(\s*\)\s*/, '');
    const place = resolved.places[i];
    if (!place) {
      if (text) unplacedFootnotes.push(text);
      return;
    }
    const fn: DocxFootnote = { ...place, text };
    if (ref.kind === 'endnote') (fn.endnote = true), (endnotes += 1);
    footnotes.push(fn);
  });

  const headerFooter: string[] = [];
  for (const part of pkg.headersFooters) {
    const lines = storyLines(part.root, story({ hidden: main.hidden, dropFieldResults: true }));
    if (lines.length > 0) headerFooter.push(lines.join('\n'));
  }
  const comments: string[] = [];
  for (const c of pkg.comments ? children(pkg.comments) : []) {
    if (!isW(c, 'comment')) continue;
    const lines = storyLines(c, story({ hidden: main.hidden }));
    if (lines.length > 0) comments.push(lines.join('\n'));
  }

  let start = 0;
  const sections: DocxSection[] = ends.map((e) => {
    const s = { start: resolved.remap(start), landscape: landscape(e.sectPr) };
    start = e.end;
    return s;
  });
  if (sections.length === 0) sections.push({ start: 0, landscape: false });

  const notes = importNotes({ tally, hidden: main.hidden, headerFooter, comments, endnotes, unplacedFootnotes });
  return { items: resolved.items, footnotes, notes, sections };
}
