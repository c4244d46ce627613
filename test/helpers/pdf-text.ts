// The text of a PDF (what a printout says), read with poppler's pdftotext.
import { execFileSync } from 'node:child_process';

export const PDFTOTEXT_MISSING =
  'pdftotext not found. This browser test reads the printed PDF back: on Debian run `apt-get install -y poppler-utils`. ' +
  'To skip the browser tests on purpose, set SKIP_E2E=1.';

export function pdfText(pdf: Uint8Array): string {
  try {
    return execFileSync('pdftotext', ['-', '-'], { input: pdf, timeout: 60_000 }).toString('utf8').normalize('NFC');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(PDFTOTEXT_MISSING);
    throw e;
  }
}

/** Pages in the file, counted from its page objects. */
export function pdfPageCount(pdf: Uint8Array): number {
  return (Buffer.from(pdf).toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

/** Each page's size in points, [width, height], in the file's order (landscape pages are wider). */
export function pdfPageSizes(pdf: Uint8Array): [number, number][] {
  return [...Buffer.from(pdf).toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
}
