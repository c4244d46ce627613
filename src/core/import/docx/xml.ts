// XML behind one small interface: the reader walks elements through the few DOM members below, which
// the reader's own parser (xml-parse.ts, the default in Node and the browser), @xmldom/xmldom and the
// browser's DOMParser all provide, so the walk is one code path whichever parses. A part with a
// DOCTYPE or an entity declaration is refused before any parser sees it: Word never writes one, and
// expanding entities is how an XML bomb works.
import { DocxError } from './errors.ts';

/** The DOM members the reader uses (a subset of both DOMs' Node and Element). */
export interface XNode {
  readonly nodeType: number;
  readonly firstChild: XNode | null;
  readonly nextSibling: XNode | null;
  readonly localName?: string | null;
  readonly namespaceURI?: string | null;
  readonly textContent: string | null;
  getAttributeNS?(namespace: string | null, localName: string): string | null;
  getAttribute?(qualifiedName: string): string | null;
}

export interface XElement extends XNode {
  readonly localName: string;
  readonly namespaceURI: string | null;
  getAttributeNS(namespace: string | null, localName: string): string | null;
  getAttribute(qualifiedName: string): string | null;
}

/** Parses one part; throws on malformed XML. */
export type XmlParser = (xml: string) => XElement;

/** What `new DOMParser(options)` returns in both DOMs. */
interface DomParserLike {
  parseFromString(source: string, mimeType: 'text/xml'): unknown;
}

/** A DOMParser class: xmldom's takes the options (errors throw), the browser's ignores them. */
export type DomParserClass = new (options?: { onError?: (level: string, message: string) => void }) => DomParserLike;

const ELEMENT = 1;

/** The XmlParser over a DOMParser class: `domXmlParser(DOMParser)` in Node and in the browser alike. */
export function domXmlParser(Parser: DomParserClass): XmlParser {
  return (xml) => {
    const parser = new Parser({
      onError: (level, message) => {
        if (level !== 'warning') throw new Error(message);
      },
    });
    const doc = parser.parseFromString(xml, 'text/xml') as { documentElement?: XElement | null; getElementsByTagName?(n: string): { length: number } };
    const root = doc.documentElement;
    // The browser does not throw: it returns a document holding a <parsererror> element.
    if (!root || root.localName === 'parsererror' || (doc.getElementsByTagName?.('parsererror').length ?? 0) > 0) {
      throw new Error('không có phần tử gốc hoặc XML sai cú pháp');
    }
    return root;
  };
}

const DECLARATION = /<!(DOCTYPE|ENTITY)/i;

/** Parses a part of the package after refusing declarations; errors name the part. */
export function parsePart(xml: XmlParser, name: string, text: string): XElement {
  if (DECLARATION.test(text)) {
    throw new DocxError(
      'doctype',
      `Tệp .docx bất thường: phần ${name} có khai báo DOCTYPE hoặc ENTITY (Word không bao giờ ghi như vậy); không mở để an toàn.`,
    );
  }
  try {
    return xml(text);
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message.split('\n')[0] : String(cause);
    throw new DocxError('broken-xml', `Tệp .docx bị hỏng: phần ${name} không phải XML hợp lệ (${detail}).`, { cause });
  }
}

// Namespaces. Word writes "transitional" OOXML; "strict" (Save as Strict Open XML) renames them.
export const W_NS = ['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main'];
export const MC_NS = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
export const M_NS = ['http://schemas.openxmlformats.org/officeDocument/2006/math', 'http://purl.oclc.org/ooxml/officeDocument/math'];
export const VML_NS = 'urn:schemas-microsoft-com:vml';
export const R_NS = ['http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'http://purl.oclc.org/ooxml/officeDocument/relationships'];

export function isElement(n: XNode | null): n is XElement {
  return n !== null && n.nodeType === ELEMENT;
}

const [W_TRANSITIONAL, W_STRICT] = W_NS as [string, string];

export function isW(el: XElement, localName?: string): boolean {
  if (localName !== undefined && el.localName !== localName) return false;
  const ns = el.namespaceURI;
  return ns === W_TRANSITIONAL || ns === W_STRICT;
}

/** The element children of `el`, in order. */
export function* children(el: XNode): Generator<XElement> {
  for (let n = el.firstChild; n; n = n.nextSibling) if (isElement(n)) yield n;
}

/** The first w:<localName> child. */
export function wChild(el: XNode | undefined, localName: string): XElement | undefined {
  if (!el) return undefined;
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === ELEMENT && isW(n as XElement, localName)) return n as XElement;
  return undefined;
}

/** Follows w: children, e.g. wPath(p, 'pPr', 'numPr', 'ilvl'). */
export function wPath(el: XNode | undefined, ...names: string[]): XElement | undefined {
  let cur = el;
  for (const n of names) cur = cur && wChild(cur, n);
  return cur as XElement | undefined;
}

/** A w: attribute; its namespace is the element's own (transitional or strict). */
export function wAttr(el: XElement | undefined, name: string): string | null {
  if (!el) return null;
  return el.getAttributeNS(el.namespaceURI, name) ?? null;
}

/** w:val of a w: child, e.g. wVal(pPr, 'pStyle'). */
export function wVal(el: XElement | undefined, childName: string): string | null {
  return wAttr(wChild(el, childName), 'val');
}

/** An on/off property (w:b, w:vanish, w:tblHeader): present and not "false"/"0"/"off". */
export function wOn(el: XElement | undefined, childName: string): boolean {
  const c = wChild(el, childName);
  if (!c) return false;
  const v = wAttr(c, 'val');
  return v === null || !['false', '0', 'off'].includes(v);
}

/** An integer attribute, or `fallback` when absent or not a number. */
export function intAttr(el: XElement | undefined, name: string, fallback: number): number {
  const v = wAttr(el, name);
  const n = v === null ? NaN : Number.parseInt(v, 10);
  return Number.isFinite(n) ? n : fallback;
}

/** An attribute in one of several namespaces (r:id, r:embed). */
export function nsAttr(el: XElement, namespaces: readonly string[], name: string): string | null {
  for (const ns of namespaces) {
    const v = el.getAttributeNS(ns, name);
    if (v) return v;
  }
  return null;
}

/** Descendants matching `test`, not looking inside a match, inside mc:Fallback, nor inside what `prune` names. */
export function findAll(el: XNode, test: (e: XElement) => boolean, prune?: (e: XElement) => boolean, out: XElement[] = []): XElement[] {
  for (const c of children(el)) {
    if (c.namespaceURI === MC_NS && c.localName === 'Fallback') continue;
    if (test(c)) out.push(c);
    else if (!prune?.(c)) findAll(c, test, prune, out);
  }
  return out;
}
