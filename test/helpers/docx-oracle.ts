// Two counts of a Word file's words that share no code with the reader, to check it keeps them all
// and reads none twice: LibreOffice's own text export (list numbers included; text boxes, footnotes
// and floating tables left out), and the w:t text of the document and footnote parts picked out with
// regular expressions (mc:Fallback copies, deletions and field instructions removed; no list numbers).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import type { DocxDoc } from '../../src/core/import/docx/index.ts';

export function hasSoffice(): boolean {
  try {
    execFileSync('which', ['soffice'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** LibreOffice's plain-text export of each file, in one soffice call; keyed by file path. */
export function libreOfficeTexts(files: readonly string[]): Map<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'soan-lo-txt-'));
  try {
    const profile = pathToFileURL(join(dir, 'profile')).href;
    execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', dir, ...files], {
      stdio: 'ignore',
      timeout: 300_000,
    });
    return new Map(files.map((f) => [f, readFileSync(join(dir, basename(f).replace(/\.docx$/, '.txt')), 'utf8')]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (_, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : (ENTITIES[e] ?? ''),
  );

/** The text of a part's w:t elements, a new line at each paragraph, a space at each tab or break. */
function partText(xml: string): string {
  const kept = xml
    .replace(/<mc:Fallback>[\s\S]*?<\/mc:Fallback>/g, '')
    .replace(/<w:del\b[^>]*>[\s\S]*?<\/w:del>/g, '')
    .replace(/<w:instrText\b[^>]*>[\s\S]*?<\/w:instrText>/g, '')
    .replace(/<w:footnote [^>]*w:type="(separator|continuationSeparator|continuationNotice)"[\s\S]*?<\/w:footnote>/g, '');
  let out = '';
  for (const m of kept.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:p[\s>]|<\/w:p>|<w:(?:tab|br|cr)\b[^>]*\/>/g)) {
    out += m[1] !== undefined ? decode(m[1]) : /^<w:(tab|br|cr)\b/.test(m[0]) ? ' ' : '\n';
  }
  return out;
}

/** The w:t text of word/document.xml and the footnote and endnote parts. */
export function rawDocxText(bytes: Uint8Array): string {
  const zip = unzipSync(bytes, { filter: (f) => /^word\/(document|footnotes|endnotes)\.xml$/.test(f.name) });
  return Object.values(zip)
    .map((data) => partText(strFromU8(data)))
    .join('\n');
}

/** Words as letters and digits, lower case, NFC. */
export function words(text: string): string[] {
  return text.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

export function bag(ws: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of ws) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}

/** Share of `oracle`'s words (counted with repeats) that `mine` also has. */
export function recall(mine: readonly string[], oracle: readonly string[]): number {
  const have = bag(mine);
  let kept = 0;
  for (const [w, n] of bag(oracle)) kept += Math.min(n, have.get(w) ?? 0);
  return oracle.length === 0 ? 1 : kept / oracle.length;
}

/** Words `mine` has more often than any oracle: text read twice, or invented. */
export function surplus(mine: readonly string[], ...oracles: (readonly string[])[]): string[] {
  const bags = oracles.map(bag);
  const out: string[] = [];
  for (const [w, n] of bag(mine)) {
    const most = Math.max(...bags.map((b) => b.get(w) ?? 0));
    if (n > most) out.push(`${w}×${n - most}`);
  }
  return out;
}

/** The words the reader found: paragraphs, table cells and footnotes, in order. */
export function docxWords(d: DocxDoc): string[] {
  const out: string[] = [];
  for (const m of d.items) {
    if (typeof m === 'string') out.push(...words(m));
    else for (const row of m.hang) for (const o of row) out.push(...words(o.text));
  }
  for (const f of d.footnotes) out.push(...words(f.text));
  return out;
}
