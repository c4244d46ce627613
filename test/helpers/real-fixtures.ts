// The collections of real documents (../shared/fixtures/real-text, real-docx) live beside the
// repository, not in it: CI has them, a bare clone does not. Suites over them run when they are there
// and are skipped with a one-line reason when they are not.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
export const SHARED_FIXTURES_DIR = process.env.SOAN_SHARED_FIXTURES_DIR ?? resolve(here, '../../../shared/fixtures');
export const REAL_TEXT_DIR = resolve(SHARED_FIXTURES_DIR, 'real-text');
export const REAL_DOCX_DIR = resolve(SHARED_FIXTURES_DIR, 'real-docx');

export type RealCollection = 'real-text' | 'real-docx';

function dirOf(collection: RealCollection): string {
  return collection === 'real-text' ? REAL_TEXT_DIR : REAL_DOCX_DIR;
}

export function hasReal(collection: RealCollection): boolean {
  return existsSync(dirOf(collection));
}

/** The collection's documents (not its README), sorted by name; [] when the folder is absent. */
export function realFiles(collection: RealCollection, ext: '.txt' | '.docx'): string[] {
  if (!hasReal(collection)) return [];
  return readdirSync(dirOf(collection))
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => resolve(dirOf(collection), f));
}

/** `describe` over a real collection; when it is absent the suite is skipped and its name says why. */
export function describeReal(collection: RealCollection, name: string, fn: () => void): void {
  if (hasReal(collection)) describe(name, fn);
  else describe.skip(`${name} — skipped: ../shared/fixtures/${collection} is not beside the repository`, fn);
}

/** A real-text document's lines as in its file (index 0 is line 1, the "# Source" note). */
export function realTextFileLines(name: string): string[] {
  return readFileSync(resolve(REAL_TEXT_DIR, name), 'utf8').split(/\r?\n/);
}

/** A real-text document as a user pastes it: its "#" note line dropped, nothing else changed. */
export function realText(name: string): string {
  return realTextFileLines(name)
    .filter((l) => !l.startsWith('#'))
    .join('\n');
}
