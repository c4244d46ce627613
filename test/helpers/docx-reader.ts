// Reads an exported .docx back: its parts, the paragraphs' text in document order, and a DOM to
// assert the spec's figures on. Parsing is strict: any XML error fails the test.
import { DOMParser } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export type XmlElement = ReturnType<DOMParser['parseFromString']>['documentElement'] & {};

export interface DocxParts {
  files: Record<string, string>;
  document: XmlElement;
  styles: XmlElement;
  part(name: string): XmlElement;
}

export function parseXml(xml: string, name = 'xml'): XmlElement {
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level, msg) => {
      if (level !== 'warning') errors.push(msg);
    },
  }).parseFromString(xml, 'text/xml');
  if (errors.length > 0 || !doc.documentElement) throw new Error(`${name} is not well-formed XML: ${errors.join('; ')}`);
  return doc.documentElement;
}

export function readDocx(bytes: Uint8Array): DocxParts {
  const zip = unzipSync(bytes);
  const files: Record<string, string> = {};
  for (const [name, data] of Object.entries(zip)) files[name] = strFromU8(data);
  const part = (name: string) => {
    const xml = files[name];
    if (xml === undefined) throw new Error(`missing part ${name}`);
    return parseXml(xml, name);
  };
  for (const name of Object.keys(files)) if (name.endsWith('.xml') || name.endsWith('.rels')) part(name);
  return { files, document: part('word/document.xml'), styles: part('word/styles.xml'), part };
}

export function els(root: XmlElement, localName: string): XmlElement[] {
  return Array.from(root.getElementsByTagNameNS(W, localName)) as XmlElement[];
}

export function child(el: XmlElement, localName: string): XmlElement | undefined {
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (n as XmlElement).namespaceURI === W && (n as XmlElement).localName === localName) return n as XmlElement;
  }
  return undefined;
}

/** Follows a path of direct children, e.g. path(p, 'pPr', 'spacing'). */
export function path(el: XmlElement, ...names: string[]): XmlElement | undefined {
  let cur: XmlElement | undefined = el;
  for (const n of names) cur = cur && child(cur, n);
  return cur;
}

export function attr(el: XmlElement | undefined, name: string): string | null {
  return el ? el.getAttributeNS(W, name) || el.getAttribute(`w:${name}`) || null : null;
}

/** Text of a paragraph; a line break reads as "\n". */
export function paragraphText(p: XmlElement): string {
  let out = '';
  const walk = (n: XmlElement) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType !== 1) continue;
      const e = c as XmlElement;
      if (e.namespaceURI === W && e.localName === 't') out += e.textContent ?? '';
      else if (e.namespaceURI === W && e.localName === 'br') out += '\n';
      else if (e.namespaceURI === W && e.localName === 'tab') out += '\t';
      else walk(e);
    }
  };
  walk(p);
  return out;
}

/** Every paragraph of the body in document order (table cells included), with its text. */
export function paragraphs(doc: XmlElement): { p: XmlElement; text: string }[] {
  return els(doc, 'p').map((p) => ({ p, text: paragraphText(p) }));
}

/** The direct children of `el` with the given local name. */
export function children(el: XmlElement, localName: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (n as XmlElement).namespaceURI === W && (n as XmlElement).localName === localName) out.push(n as XmlElement);
  }
  return out;
}

/** One cell of a table as the model lists it: a cell covered by a vertical merge is not listed. */
export interface ReadCell {
  text: string;
  gopCot: number;
  gopHang: number;
}

/**
 * A w:tbl read back into the model's shape: each row's listed cells with their text (paragraphs
 * and line breaks as "\n"), gridSpan as gopCot, and a vMerge run counted down as gopHang.
 */
export function readTable(tbl: XmlElement): ReadCell[][] {
  const rows = children(tbl, 'tr').map((tr) => {
    let col = 0;
    return children(tr, 'tc').map((tc) => {
      const span = Number(attr(path(tc, 'tcPr', 'gridSpan'), 'val') ?? 1);
      const vMerge = path(tc, 'tcPr', 'vMerge');
      const merge = vMerge ? (attr(vMerge, 'val') === 'restart' ? 'restart' : 'continue') : null;
      const cell = { col, span, merge, text: children(tc, 'p').map(paragraphText).join('\n') };
      col += span;
      return cell;
    });
  });
  return rows.map((row, r) =>
    row
      .filter((c) => c.merge !== 'continue')
      .map((c) => {
        let gopHang = 1;
        if (c.merge === 'restart') {
          while (rows[r + gopHang]?.some((d) => d.col === c.col && d.merge === 'continue')) gopHang++;
        }
        return { text: c.text, gopCot: c.span, gopHang };
      }),
  );
}
