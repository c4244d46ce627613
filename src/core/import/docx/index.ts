// The .docx reader: Word's XML → the items the classifier reads. Loaded on demand in the app.
export { readDocx, type DocxDoc, type DocxFootnote, type DocxSection } from './read-docx.ts';
export { DocxError, type DocxErrorKind } from './errors.ts';
export { domXmlParser, type DomParserClass, type XmlParser } from './xml.ts';
export { parseXml } from './xml-parse.ts';
