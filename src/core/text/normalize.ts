// Text hygiene at the model's door: everything stored is NFC and safe to write into XML.

// Characters that XML 1.0 forbids (C0 controls other than tab/newline/CR, U+FFFE/U+FFFF),
// and lone surrogates, which cannot be encoded as UTF-8. A .docx containing them will not open.
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** NFC, no XML-forbidden characters; every kind of line end (CR LF, CR, NEL, U+2028/9) as \n. */
export function cleanText(s: string): string {
  return s.replace(/\r\n?|[\u0085\u2028\u2029]/g, '\n').replace(XML_FORBIDDEN, '').normalize('NFC');
}

/** One-line field: any run of spaces, tabs or line breaks becomes one space; ends trimmed. */
export function cleanLine(s: string): string {
  return cleanText(s).replace(/[ \t\n]+/g, ' ').trim();
}

/** Multi-line field (e.g. an issuing body's name over two lines): lines trimmed, empty ones dropped. */
export function cleanLines(s: string): string {
  return cleanText(s)
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').trim())
    .filter((l) => l.length > 0)
    .join('\n');
}

/** Upper case as Vietnamese readers expect it (the locale matters for e.g. "đ" → "Đ"). */
export function upperVi(s: string): string {
  return s.toLocaleUpperCase('vi-VN');
}

export function lowerVi(s: string): string {
  return s.toLocaleLowerCase('vi-VN');
}

/** Search key: lower case with every diacritic removed, so "tuyen truyen" finds "tuyên truyền". */
export function foldDiacritics(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLocaleLowerCase('vi-VN')
    .normalize('NFC');
}
