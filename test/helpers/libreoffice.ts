// A .docx as LibreOffice lays it out: converted to PDF with soffice, then read back line by line
// (pdftotext -bbox-layout keeps the header's two cells apart). For tests that compare the page the
// clerk will print with what the app showed.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const LIBREOFFICE_MISSING =
  'LibreOffice or pdftotext not found. This browser test compares the preview with the printed page: on Debian run ' +
  '`apt-get install -y libreoffice-writer-nogui poppler-utils fonts-liberation`. To skip the browser tests on purpose, set SKIP_E2E=1.';

function has(cmd: string): boolean {
  try {
    execFileSync('which', [cmd], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export function hasLibreOffice(): boolean {
  return has('soffice') && has('pdftotext');
}

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** The text lines of each page of the .docx as LibreOffice prints it. */
export function printedLines(docx: Uint8Array): string[][] {
  if (!hasLibreOffice()) throw new Error(LIBREOFFICE_MISSING);
  const dir = mkdtempSync(join(tmpdir(), 'soan-lo-'));
  try {
    writeFileSync(join(dir, 'van-ban.docx'), docx);
    // A private profile: a LibreOffice open elsewhere must not take the conversion over.
    const profile = pathToFileURL(join(dir, 'profile')).href;
    execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'van-ban.docx')], { stdio: 'ignore', timeout: 180_000 });
    const pdf = join(dir, 'van-ban.pdf');
    if (!existsSync(pdf)) throw new Error('LibreOffice produced no PDF');
    execFileSync('pdftotext', ['-bbox-layout', pdf, join(dir, 'van-ban.html')], { timeout: 60_000 });
    const html = readFileSync(join(dir, 'van-ban.html'), 'utf8');
    return [...html.matchAll(/<page[^>]*>([\s\S]*?)<\/page>/g)].map(([, page]) =>
      [...page!.matchAll(/<line[^>]*>([\s\S]*?)<\/line>/g)].map(([, line]) =>
        [...line!.matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map(([, w]) => decode(w!)).join(' ').normalize('NFC'),
      ),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The .docx opened and saved again as .docx by LibreOffice (`soffice --convert-to docx`), as a colleague's Writer would. */
export function resavedByLibreOffice(docx: Uint8Array): Uint8Array {
  if (!has('soffice')) throw new Error(LIBREOFFICE_MISSING);
  const dir = mkdtempSync(join(tmpdir(), 'soan-lo-'));
  try {
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'van-ban.docx'), docx);
    const profile = pathToFileURL(join(dir, 'profile')).href;
    execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'docx', '--outdir', join(dir, 'out'), join(dir, 'van-ban.docx')], { stdio: 'ignore', timeout: 180_000 });
    const out = join(dir, 'out', 'van-ban.docx');
    if (!existsSync(out)) throw new Error('LibreOffice produced no .docx');
    return new Uint8Array(readFileSync(out));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
