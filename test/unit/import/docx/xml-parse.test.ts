// The reader's own XML parser against @xmldom/xmldom: the same elements, namespaces, attributes and
// text on generated documents, the same refusals of what is not well-formed.
import { DOMParser } from '@xmldom/xmldom';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { domXmlParser, type DomParserClass } from '../../../../src/core/import/docx/index.ts';
import { children, type XElement, type XNode } from '../../../../src/core/import/docx/xml.ts';
import { parseXml } from '../../../../src/core/import/docx/xml-parse.ts';

const xmldom = domXmlParser(DOMParser as unknown as DomParserClass);

interface Gen {
  prefix: 'w' | 'mc' | '';
  name: string;
  attrs: [string, string][];
  kids: (Gen | string)[];
}

const NAMESPACES = { w: 'urn:w', mc: 'urn:mc' } as const;

/** What a tree looks like through the reader's interface, attributes asked for by name. */
function shape(el: XElement, gen: Gen): unknown {
  const kids: unknown[] = [];
  let k = 0;
  for (let n: XNode | null = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1) {
      while (typeof gen.kids[k] === 'string') k += 1;
      kids.push(shape(n as XElement, gen.kids[k++] as Gen));
    } else if (n.nodeType === 3 || n.nodeType === 4) {
      // Adjacent text and CDATA read as one run of text (how a DOM splits it is not content); comments are not content.
      if (typeof kids[kids.length - 1] === 'string') kids[kids.length - 1] += n.textContent ?? '';
      else kids.push(n.textContent);
    }
  }
  const attrs = gen.attrs.map(([q, v]) => {
    const [p, local] = q.includes(':') ? q.split(':') : [null, q];
    return [q, el.getAttributeNS(p ? NAMESPACES[p as 'w'] : null, local!), el.getAttribute(q), v];
  });
  return { ns: el.namespaceURI, local: el.localName, attrs, kids, text: el.textContent };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;').replace(/é/g, '&#xE9;').replace(/ư/g, '&#432;');

function write(g: Gen, root = false): string {
  const q = g.prefix ? `${g.prefix}:${g.name}` : g.name;
  const decl = root ? ` xmlns:w="${NAMESPACES.w}" xmlns:mc="${NAMESPACES.mc}"` : '';
  const attrs = g.attrs.map(([k, v]) => ` ${k}="${esc(v)}"`).join('');
  if (g.kids.length === 0) return `<${q}${decl}${attrs}/>`;
  const inner = g.kids.map((c) => (typeof c === 'string' ? (c.startsWith('!') ? `<![CDATA[${c.slice(1)}]]>` : esc(c)) : write(c))).join('');
  return `<${q}${decl}${attrs}>${inner}<!-- chú thích --></${q}>`;
}

const text = fc.string({ unit: fc.constantFrom('a', 'ư', 'é', ' ', '&', '<', '>', '"', "'", '\t', '!', 'Đ'), maxLength: 8 });
const gen: fc.Arbitrary<Gen> = fc.letrec<{ node: Gen }>((tie) => ({
  node: fc.record({
    prefix: fc.constantFrom('w', 'mc', '') as fc.Arbitrary<Gen['prefix']>,
    name: fc.constantFrom('p', 'r', 't', 'tbl', 'Choice'),
    attrs: fc.uniqueArray(fc.tuple(fc.constantFrom('w:val', 'w:id', 'Requires', 'xml:space'), text), { selector: (a) => a[0], maxLength: 3 }),
    kids: fc.array(
      fc.oneof(
        { maxDepth: 4, depthIdentifier: 'xml' },
        { weight: 2, arbitrary: fc.oneof(text.filter((s) => s.length > 0 && !s.startsWith('!')), text.map((s) => `!${s}`)) },
        { weight: 1, arbitrary: tie('node') },
      ),
      { maxLength: 4, depthIdentifier: 'xml' },
    ),
  }),
})).node;

describe('the XML parser', () => {
  it('reads generated documents exactly as xmldom does', () => {
    fc.assert(
      fc.property(gen, (g) => {
        const xml = `<?xml version="1.0" encoding="UTF-8"?>\n${write(g, true)}`;
        expect(shape(parseXml(xml), g)).toEqual(shape(xmldom(xml), g));
      }),
      { numRuns: 300 },
    );
  });

  it('reads CDATA, character references, a default namespace and one declared deeper', () => {
    const root = parseXml('<a xmlns="urn:a"><b xmlns:x="urn:x" x:k="1">&#x1EA0;&#7840;<![CDATA[<&>]]></b><x:c xmlns:x="urn:y"/></a>');
    const [b, c] = [...children(root)];
    expect([root.namespaceURI, b!.namespaceURI, b!.getAttributeNS('urn:x', 'k'), b!.textContent, c!.namespaceURI]).toEqual(['urn:a', 'urn:a', '1', 'ẠẠ<&>', 'urn:y']);
  });

  it.each([
    ['<a><b></a>', /thẻ đóng <\/a> không khớp/],
    ['<a>', /thẻ <a> không đóng/],
    ['<a/><b/>', /hơn một phần tử gốc/],
    ['<a>&nbsp;</a>', /thực thể không xác định &nbsp;/],
    ['<a>AT&T</a>', /dấu & không hợp lệ/],
    ['<x:a/>', /tiền tố không khai báo «x»/],
    ['chữ <a/>', /chữ nằm ngoài phần tử gốc/],
    ['', /không có phần tử gốc/],
  ])('refuses %s, as xmldom does', (xml, message) => {
    expect(() => parseXml(xml)).toThrow(message);
    expect(() => xmldom(xml)).toThrow();
  });

  it('refuses elements nested deeper than Word ever nests them', () => {
    expect(() => parseXml(`${'<a>'.repeat(300)}${'</a>'.repeat(300)}`)).toThrow(/lồng quá 256 tầng/);
    expect(() => parseXml(`${'<a>'.repeat(200)}${'</a>'.repeat(200)}`)).not.toThrow();
  });

  it('turns the browser’s <parsererror> document into an error, through the same adapter', () => {
    class BrowserLike {
      parseFromString() {
        return { documentElement: parseXml('<parsererror>lỗi</parsererror>') };
      }
    }
    expect(() => domXmlParser(BrowserLike as unknown as DomParserClass)('<a>')).toThrow(/XML sai cú pháp/);
  });

  it('refuses a DOCTYPE, which xmldom would read', () => {
    expect(() => parseXml('<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>')).toThrow(/DOCTYPE/);
  });
});
