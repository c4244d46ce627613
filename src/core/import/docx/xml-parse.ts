// A small, strict XML parser for the parts of a Word package, producing nodes with the DOM members
// the reader uses (xml.ts). Why not @xmldom/xmldom: it took 600–900 ms of CPU for the 1 MB
// document.xml of the largest real file (the issue allows 150 ms for the whole read); this takes a
// few tens. It knows XML 1.0 without a DTD, which is all Word writes: elements, attributes,
// namespaces, text, the five predefined entities and character references, CDATA, comments and
// processing instructions. A DOCTYPE or any other entity is an error (parsePart refuses them first),
// so nothing is ever expanded. Tests compare its output with xmldom's on every real file.
import type { XElement, XNode } from './xml.ts';

const XML_NS = 'http://www.w3.org/XML/1998/namespace';
/** Word nests a few dozen levels at most; a deeper file is built to exhaust the reader's recursion. */
const MAX_DEPTH = 256;

class TextNode implements XNode {
  readonly nodeType = 3;
  readonly firstChild = null;
  nextSibling: XNode | null = null;
  constructor(readonly textContent: string) {}
}

/** The namespace declarations in force at an element: one link per element that declares any. */
interface Scope {
  map: Map<string, string>;
  parent: Scope | null;
}

function lookup(scope: Scope | null, prefix: string): string | null {
  for (let s = scope; s; s = s.parent) {
    const ns = s.map.get(prefix);
    if (ns !== undefined) return ns === '' ? null : ns;
  }
  if (prefix === '') return null;
  throw new Error(`tiền tố không khai báo «${prefix}»`);
}

class ElementNode implements XElement {
  readonly nodeType = 1;
  firstChild: XNode | null = null;
  nextSibling: XNode | null = null;
  lastChild: XNode | null = null;
  namespaceURI: string | null = null;
  /** Attributes as [namespace, local name, qualified name, value], parsed from `raw` when first asked for. */
  private attrs: [string | null, string, string, string][] | null = null;

  constructor(
    readonly qName: string,
    readonly localName: string,
    /** The text between the tag's name and its end, e.g. ` w:val="1"`. */
    private readonly raw: string,
    private readonly scope: Scope | null,
  ) {}

  append(n: TextNode | ElementNode): void {
    if (this.lastChild) (this.lastChild as TextNode | ElementNode).nextSibling = n;
    else this.firstChild = n;
    this.lastChild = n;
  }

  get textContent(): string {
    let s = '';
    for (let n = this.firstChild; n; n = n.nextSibling) s += n.textContent ?? '';
    return s;
  }

  attributes(): [string | null, string, string, string][] {
    if (this.attrs) return this.attrs;
    const out: [string | null, string, string, string][] = [];
    ATTR.lastIndex = 0;
    let p = 0;
    while (p < this.raw.length) {
      ATTR.lastIndex = p;
      const a = ATTR.exec(this.raw);
      if (!a) {
        if (this.raw.slice(p).trim() === '') break;
        throw new Error(`thuộc tính sai trong thẻ <${this.qName}>`);
      }
      p = ATTR.lastIndex;
      const q = a[1]!;
      const [prefix, local] = splitName(q);
      const ns = q === 'xmlns' || prefix === 'xmlns' ? XMLNS_NS : prefix === null ? null : lookup(this.scope, prefix);
      // Attribute-value normalisation: a literal tab or line break reads as a space (&#9; stays a tab).
      out.push([ns, local, q, decode((a[2] ?? a[3] ?? '').replace(/[\t\n]/g, ' '), p)]);
    }
    return (this.attrs = out);
  }

  getAttributeNS(namespace: string | null, localName: string): string | null {
    for (const a of this.attributes()) if (a[1] === localName && a[0] === (namespace || null)) return a[3];
    return null;
  }

  getAttribute(qualifiedName: string): string | null {
    for (const a of this.attributes()) if (a[2] === qualifiedName) return a[3];
    return null;
  }
}

const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decode(s: string, at: number): string {
  if (!s.includes('&')) return s;
  return s.replace(/&([^;&<>\s]{0,12});?/g, (whole, name: string) => {
    if (!whole.endsWith(';')) throw new Error(`dấu & không hợp lệ gần vị trí ${at}`);
    if (Object.hasOwn(PREDEFINED, name)) return PREDEFINED[name]!;
    const code = name.startsWith('#x') ? Number.parseInt(name.slice(2), 16) : name.startsWith('#') ? Number.parseInt(name.slice(1), 10) : NaN;
    if (!Number.isFinite(code) || code < 0 || code > 0x10ffff) throw new Error(`thực thể không xác định &${name}; gần vị trí ${at}`);
    return String.fromCodePoint(code);
  });
}

const ATTR = /\s*([^\s/>=]+)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/y;

function splitName(q: string): [string | null, string] {
  const i = q.indexOf(':');
  return i < 0 ? [null, q] : [q.slice(0, i), q.slice(i + 1)];
}

/** Index of the ">" that ends the tag starting at `from`, skipping quoted attribute values. */
function tagEnd(xml: string, from: number): number {
  let quote = 0;
  for (let p = from; p < xml.length; p += 1) {
    const c = xml.charCodeAt(p);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 0x22 || c === 0x27) quote = c;
    else if (c === 0x3e) return p;
  }
  return -1;
}

/** Parses `xml`; throws an Error naming the problem and its position when it is not well-formed. */
export function parseXml(source: string): XElement {
  // End-of-line handling: the parser sees "\n" for every CR LF or lone CR.
  const xml = source.includes('\r') ? source.replace(/\r\n?/g, '\n') : source;
  let root: ElementNode | null = null;
  const stack: ElementNode[] = [];
  const scopes: (Scope | null)[] = [{ map: new Map([['xml', XML_NS]]), parent: null }];
  const fail = (what: string, at: number): never => {
    throw new Error(`${what} ở vị trí ${at}`);
  };

  let i = 0;
  const n = xml.length;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i) {
      const raw = xml.slice(i, textEnd);
      const top = stack[stack.length - 1];
      if (top) top.append(new TextNode(decode(raw, i)));
      else if (raw.trim() !== '' && raw !== '\uFEFF') fail('chữ nằm ngoài phần tử gốc', i);
    }
    if (lt < 0) break;
    i = lt;
    const next = xml.charCodeAt(i + 1);
    if (next === 0x3f /* ? */) {
      const end = xml.indexOf('?>', i + 2);
      if (end < 0) fail('khai báo <? không đóng', i);
      i = end + 2;
    } else if (next === 0x21 /* ! */) {
      if (xml.startsWith('<!--', i)) {
        const end = xml.indexOf('-->', i + 4);
        if (end < 0) fail('chú thích <!-- không đóng', i);
        i = end + 3;
      } else if (xml.startsWith('<![CDATA[', i)) {
        const end = xml.indexOf(']]>', i + 9);
        const top = stack[stack.length - 1];
        if (end < 0 || !top) fail('CDATA không hợp lệ', i);
        if (end > i + 9) top!.append(new TextNode(xml.slice(i + 9, end)));
        i = end + 3;
      } else fail('khai báo <! không được phép (DOCTYPE, ENTITY)', i);
    } else if (next === 0x2f /* / */) {
      const end = xml.indexOf('>', i + 2);
      if (end < 0) fail('thẻ đóng không kết thúc', i);
      const top = stack.pop();
      // Compared in place: the name, then nothing but spaces up to ">".
      const after = i + 2 + (top?.qName.length ?? 0);
      if (!top || !xml.startsWith(top.qName, i + 2) || (after !== end && xml.slice(after, end).trim() !== '')) {
        fail(`thẻ đóng </${xml.slice(i + 2, end).trim()}> không khớp`, i);
      }
      scopes.pop();
      i = end + 1;
    } else {
      const end = tagEnd(xml, i + 1);
      if (end < 0) fail('thẻ không kết thúc', i);
      const selfClosing = xml.charCodeAt(end - 1) === 0x2f;
      const close = selfClosing ? end - 1 : end;
      let cut = i + 1;
      for (let c = xml.charCodeAt(cut); cut < close && c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x2f; c = xml.charCodeAt(++cut));
      const qName = xml.slice(i + 1, cut);
      if (qName === '') fail('tên thẻ trống', i);
      const raw = cut < close ? xml.slice(cut, close) : '';
      let scope = scopes[scopes.length - 1]!;
      if (raw.includes('xmlns')) {
        const map = new Map<string, string>();
        ATTR.lastIndex = 0;
        for (let p = 0; ; ) {
          ATTR.lastIndex = p;
          const a = ATTR.exec(raw);
          if (!a) break;
          p = ATTR.lastIndex;
          const q = a[1]!;
          if (q === 'xmlns' || q.startsWith('xmlns:')) map.set(q === 'xmlns' ? '' : q.slice(6), decode(a[2] ?? a[3] ?? '', i));
        }
        if (map.size > 0) scope = { map, parent: scope };
      }
      const [prefix, local] = splitName(qName);
      const el = new ElementNode(qName, local, raw, scope);
      try {
        el.namespaceURI = lookup(scope, prefix ?? '');
      } catch (e) {
        fail((e as Error).message, i);
      }
      const parent = stack[stack.length - 1];
      if (parent) parent.append(el);
      else if (root) fail('có hơn một phần tử gốc', i);
      else root = el;
      if (!selfClosing) {
        if (stack.length >= MAX_DEPTH) fail(`phần tử lồng quá ${MAX_DEPTH} tầng`, i);
        stack.push(el);
        scopes.push(scope);
      }
      i = end + 1;
    }
  }
  if (stack.length > 0) fail(`thẻ <${stack[stack.length - 1]!.qName}> không đóng`, n);
  if (!root) fail('không có phần tử gốc', 0);
  return root!;
}
