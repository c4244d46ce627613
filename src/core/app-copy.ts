// The app's own copy of a document inside every .docx it exports: the model as JSON in a versioned
// envelope (like the backup file's), in a custom XML part Word keeps but never shows
// (customXml/item1.xml), beside a hash of the text the file shows. Opening such a file gives back the
// exact draft; when the shown text no longer matches the hash, someone edited it in Word since, and
// the user chooses which to keep. Written by the export, read by the import: both use the one
// definition of "the text the file shows" below, so a file no one touched always matches.
import type { VanBan } from './model/van-ban.ts';

export const APP_COPY_APP = 'soan-van-ban';
export const APP_COPY_FORMAT = 1;
/** The root element's namespace: how the reader tells our part from any other custom XML. */
export const APP_COPY_NAMESPACE = 'urn:soan-van-ban:van-ban';
export const APP_COPY_ROOT = 'vanBanUngDung';

/** The envelope as written (the reader validates it as untrusted input, see import/app-copy-read.ts). */
export interface AppCopy {
  app: typeof APP_COPY_APP;
  format: typeof APP_COPY_FORMAT;
  /** textHash(visibleWordText(document.xml, footnotes.xml)) as exported. */
  textHash: string;
  vanBan: VanBan;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (all, e: string) => {
    if (e[0] !== '#') return ENTITIES[e.toLowerCase()] ?? all;
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : all;
  });
}

// A paragraph's end, or a text run's text. Word, LibreOffice and our writer all write the "w:" prefix.
const TOKENS = /<\/w:p>|<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g;

/**
 * The text the file shows, as one string: each paragraph's runs joined, white space collapsed, empty
 * paragraphs left out, paragraphs one a line. What an editor does without changing the words —
 * splitting runs, bookmarks, proofing marks, its own run properties — leaves it unchanged.
 * Read from the raw XML with one pattern, so the export needs no XML parser.
 */
export function visibleWordText(...parts: (string | undefined)[]): string {
  const lines: string[] = [];
  for (const xml of parts) {
    if (!xml) continue;
    let line = '';
    for (const m of xml.matchAll(TOKENS)) {
      if (m[1] === undefined) {
        const t = line.replace(/\s+/g, ' ').trim();
        if (t) lines.push(t);
        line = '';
      } else line += unescapeXml(m[1]);
    }
  }
  return lines.join('\n').normalize('NFC');
}

/**
 * A 53-bit hash of the text (cyrb53) with its length, in hex: enough to notice an edit. It is no
 * seal: someone can rewrite the JSON and the hash alike, which is why the JSON is validated as any
 * other untrusted file.
 */
export function textHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hash = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return `${text.length.toString(16)}-${hash.toString(16)}`;
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** customXml/item1.xml: the envelope's JSON as the root element's text. */
export function appCopyXml(v: VanBan, hash: string): string {
  const envelope: AppCopy = { app: APP_COPY_APP, format: APP_COPY_FORMAT, textHash: hash, vanBan: v };
  // U+FFFE and U+FFFF may not stand in XML; inside a JSON string their \u escapes mean the same.
  const json = JSON.stringify(envelope).replace(/[&<>\uFFFE\uFFFF]/g, (c) => XML_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16)}`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><${APP_COPY_ROOT} xmlns="${APP_COPY_NAMESPACE}">${json}</${APP_COPY_ROOT}>`;
}
