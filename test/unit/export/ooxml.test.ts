// The section properties are ours (ooxml.ts), built from layout.ts; only the page-number headers
// come from the `docx` library's package. These tests fail when a library update changes what we
// take from it, instead of a .docx silently losing its page numbers.
import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../../src/export/docx-writer.ts';
import { PAGE } from '../../../src/export/layout.ts';
import { headerRefs, sectionProperties } from '../../../src/export/ooxml.ts';
import { attr, child, els, parseXml, readDocx } from '../../helpers/docx-reader.ts';
import { fixtureVanBan } from '../../helpers/fixture-documents.ts';

const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const wrap = (xml: string) => parseXml(`<w:body xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="${R}">${xml}</w:body>`);

describe('section properties', () => {
  it('finds the header ids whatever the order of their attributes, and refuses a template without them', () => {
    expect(headerRefs('<w:sectPr><w:headerReference r:id="rId9" w:type="first"/><w:headerReference w:type="default" r:id="rId4"/></w:sectPr>')).toEqual({ default: 'rId4', first: 'rId9' });
    expect(() => headerRefs('<w:sectPr><w:headerReference w:type="default" r:id="rId4"/></w:sectPr>')).toThrow(/page-number headers/);
    expect(() => headerRefs('<w:sectPr/>')).toThrow(/page-number headers/);
  });

  it('writes the elements in the schema order, portrait and landscape', () => {
    const refs = { default: 'rId6', first: 'rId7' };
    const order = (xml: string) => Array.from(child(wrap(xml), 'sectPr')!.childNodes).map((n) => (n as unknown as Element).localName);
    expect(order(sectionProperties({ landscape: false, numbering: 'start' }, refs))).toEqual(['headerReference', 'headerReference', 'pgSz', 'pgMar', 'titlePg']);
    expect(order(sectionProperties({ landscape: false, numbering: 'restart' }, refs))).toEqual(['headerReference', 'headerReference', 'pgSz', 'pgMar', 'pgNumType', 'titlePg']);
    expect(order(sectionProperties({ landscape: true, numbering: 'continue' }, refs))).toEqual(['headerReference', 'headerReference', 'pgSz', 'pgMar']);
  });

  it('points at the package’s headers: the default one holds the PAGE field, the first-page one is empty', async () => {
    const docx = readDocx(await exportDocx(fixtureVanBan('bao-cao-133-BC-UBND')));
    const sectPr = child(child(docx.document, 'body')!, 'sectPr')!;
    expect([attr(child(sectPr, 'pgSz'), 'w'), attr(child(sectPr, 'pgMar'), 'left')]).toEqual([String(PAGE.width), String(PAGE.marginLeft)]);
    const rels = Array.from(docx.part('word/_rels/document.xml.rels').getElementsByTagName('Relationship'));
    const target = (id: string) => rels.find((r) => r.getAttribute('Id') === id)?.getAttribute('Target');
    const refs = Object.fromEntries(els(sectPr, 'headerReference').map((h) => [attr(h, 'type'), h.getAttributeNS(R, 'id')]));
    const header = (type: string) => docx.files[`word/${target(refs[type]!)}`]!;
    expect(header('default')).toMatch(/PAGE/);
    expect(header('first')).not.toMatch(/PAGE/);
  });
});
