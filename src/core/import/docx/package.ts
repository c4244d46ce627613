// The parts of a Word package the reader needs, found the way Word finds them: the main document
// through the package relationships, the other parts through the document's relationships.
import { DocxError } from './errors.ts';
import { children, parsePart, type XElement, type XmlParser } from './xml.ts';
import { openZip, type ZipPackage } from './zip.ts';

export interface WordPackage {
  /** Name of the main document part (almost always word/document.xml). */
  documentName: string;
  document: XElement;
  styles?: XElement;
  numbering?: XElement;
  footnotes?: XElement;
  endnotes?: XElement;
  comments?: XElement;
  /** Page headers and footers, with their part names. */
  headersFooters: { name: string; root: XElement }[];
}

interface Rel {
  type: string;
  target: string;
}

const utf8 = new TextDecoder('utf-8');

/** A part's text: UTF-8 as Word writes it, or UTF-16 when the part starts with its byte-order mark. */
function decodePart(data: Uint8Array): string {
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data);
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data);
  return utf8.decode(data);
}

/** "word/document.xml" + "../media/x.png" → "media/x.png"; "/word/a.xml" stays absolute. */
function resolveTarget(source: string, target: string): string {
  const base = target.startsWith('/') ? [] : source.split('/').slice(0, -1);
  for (const seg of target.replace(/^\//, '').split('/')) {
    if (seg === '..') base.pop();
    else if (seg !== '.' && seg !== '') base.push(seg);
  }
  return base.join('/');
}

function relsName(part: string): string {
  const i = part.lastIndexOf('/');
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

/** A package's parts by name, parsed on demand, and their relationships (internal targets, resolved). */
interface Parts {
  zip: ZipPackage;
  text(name: string): string | undefined;
  part(name: string): XElement | undefined;
  rels(source: string): Rel[];
}

function openParts(bytes: Uint8Array, xml: XmlParser): Parts {
  const zip = openZip(bytes);
  const text = (name: string): string | undefined => {
    const data = zip.read(name);
    return data && decodePart(data);
  };
  const part = (name: string): XElement | undefined => {
    const t = text(name);
    return t === undefined ? undefined : parsePart(xml, name, t);
  };
  const rels = (source: string): Rel[] => {
    const root = part(relsName(source));
    if (!root) return [];
    const out: Rel[] = [];
    for (const r of children(root)) {
      if (r.localName !== 'Relationship' || r.getAttribute('TargetMode') === 'External') continue;
      const target = r.getAttribute('Target');
      if (target) out.push({ type: r.getAttribute('Type') ?? '', target: resolveTarget(source, target) });
    }
    return out;
  };
  return { zip, text, part, rels };
}

const mainName = (p: Parts) => p.rels('').find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'word/document.xml';

/** What the app's copy check needs: the custom XML parts' raw texts and the raw text of the main document and its footnotes. */
export interface CustomXmlParts {
  /** Each custom XML item's text, the document's own relationships first, then any other customXml/item*.xml. */
  items: string[];
  /** Read on demand: only a file that holds the app's copy needs them (document.xml may be 1 MB). */
  document(): string | undefined;
  footnotes(): string | undefined;
}

export function readCustomXmlParts(bytes: Uint8Array, xml: XmlParser): CustomXmlParts {
  const p = openParts(bytes, xml);
  const main = mainName(p);
  const docRels = p.rels(main);
  const names = docRels.filter((r) => r.type.endsWith('/customXml')).map((r) => r.target);
  // An editor may keep the items but renumber or drop the relationship: look for them by name too.
  for (const n of p.zip.names) if (/^customXml\/item\d+\.xml$/i.test(n) && !names.some((x) => x.toLowerCase() === n.toLowerCase())) names.push(n);
  const items: string[] = [];
  for (const n of names) {
    const t = p.text(n);
    if (t !== undefined) items.push(t);
  }
  const footnotes = docRels.find((r) => r.type.endsWith('/footnotes'));
  return { items, document: () => p.text(main), footnotes: () => (footnotes ? p.text(footnotes.target) : undefined) };
}

export function readPackage(bytes: Uint8Array, xml: XmlParser): WordPackage {
  const parts = openParts(bytes, xml);
  const { zip, part, rels } = parts;
  const main = mainName(parts);
  const document = hasPart(zip, main) ? part(main) : undefined;
  if (!document) throw new DocxError('no-document', 'Tệp nén này không phải văn bản Word (.docx): thiếu phần word/document.xml.');
  const docRels = rels(main);
  const byType = (suffix: string) => docRels.filter((r) => r.type.endsWith(`/${suffix}`));
  const one = (suffix: string) => {
    const r = byType(suffix)[0];
    return r ? part(r.target) : undefined;
  };
  const headersFooters: WordPackage['headersFooters'] = [];
  for (const r of [...byType('header'), ...byType('footer')]) {
    const root = part(r.target);
    if (root) headersFooters.push({ name: r.target, root });
  }
  const pkg: WordPackage = { documentName: main, document, headersFooters };
  const styles = one('styles');
  const numbering = one('numbering');
  const footnotes = one('footnotes');
  const endnotes = one('endnotes');
  const comments = one('comments');
  if (styles) pkg.styles = styles;
  if (numbering) pkg.numbering = numbering;
  if (footnotes) pkg.footnotes = footnotes;
  if (endnotes) pkg.endnotes = endnotes;
  if (comments) pkg.comments = comments;
  return pkg;
}

function hasPart(zip: ZipPackage, name: string): boolean {
  const key = name.toLowerCase();
  return zip.names.some((n) => n.toLowerCase() === key);
}
