// Small .docx files built in the tests (with fflate), one Word construct at a time, so the reader is
// tested on a bare clone too. Parts are written as Word writes them: the package and document
// relationships, the content types, and the namespaces Word declares on the root.
import { strToU8, zipSync } from 'fflate';

export const NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" ' +
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ' +
  'xmlns:v="urn:schemas-microsoft-com:vml" ' +
  'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"';

export interface DocxSpec {
  /** The inside of <w:body>. */
  body: string;
  /** Inside of <w:numbering>, <w:styles>, <w:footnotes>, <w:endnotes>, <w:comments>. */
  numbering?: string;
  styles?: string;
  footnotes?: string;
  endnotes?: string;
  comments?: string;
  /** Inside of each <w:hdr>. */
  headers?: string[];
  /** More entries, e.g. word/media/image1.png. */
  extra?: Record<string, Uint8Array>;
}

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export function makeDocx(spec: DocxSpec): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const rels: string[] = [];
  const part = (name: string, root: string, inner: string | undefined, type: string) => {
    if (inner === undefined) return;
    files[`word/${name}`] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:${root} ${NS}>${inner}</w:${root}>`);
    rels.push(`<Relationship Id="rId${rels.length + 1}" Type="${REL}/${type}" Target="${name}"/>`);
  };
  part('document.xml', 'document', `<w:body>${spec.body}</w:body>`, '');
  rels.length = 0;
  part('numbering.xml', 'numbering', spec.numbering, 'numbering');
  part('styles.xml', 'styles', spec.styles, 'styles');
  part('footnotes.xml', 'footnotes', spec.footnotes, 'footnotes');
  part('endnotes.xml', 'endnotes', spec.endnotes, 'endnotes');
  part('comments.xml', 'comments', spec.comments, 'comments');
  (spec.headers ?? []).forEach((h, i) => part(`header${i + 1}.xml`, 'hdr', h, 'header'));
  files['word/_rels/document.xml.rels'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
  );
  files['_rels/.rels'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  files['[Content_Types].xml'] = strToU8(
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  return zipSync({ ...files, ...spec.extra });
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A run of text. */
export const r = (text: string, rPr = '') => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;

/** A paragraph of runs (a string is one run); `pPr` is the inside of <w:pPr>. */
export const p = (content: string | string[], pPr = '') =>
  `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${Array.isArray(content) ? content.join('') : content.startsWith('<') ? content : r(content)}</w:p>`;

/** A cell: paragraphs (strings) and raw XML (starting with "<"); `tcPr` is the inside of <w:tcPr>. */
export const tc = (content: string | string[], tcPr = '') => {
  const parts = (Array.isArray(content) ? content : [content]).map((c) => (c.startsWith('<') ? c : p(c)));
  return `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${parts.join('') || '<w:p/>'}</w:tc>`;
};

/** A row of cells; `trPr` is the inside of <w:trPr>. */
export const tr = (cells: string[], trPr = '') => `<w:tr>${trPr ? `<w:trPr>${trPr}</w:trPr>` : ''}${cells.join('')}</w:tr>`;

/** A table: a row is raw <w:tr> XML or a list of cells, each cell a paragraph or a list of paragraphs. */
export const tbl = (rows: (string | (string | string[])[])[], grid: number[] = []) =>
  `<w:tbl><w:tblPr/><w:tblGrid>${grid.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>${rows
    .map((row) => (typeof row === 'string' ? row : tr(row.map((c) => tc(c)))))
    .join('')}</w:tbl>`;

/** Section properties of a page: portrait A4 or landscape. */
export const sectPr = (landscape = false) =>
  landscape ? '<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/></w:sectPr>' : '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>';
