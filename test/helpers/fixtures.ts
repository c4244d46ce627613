// The fixtures (copies in test/fixtures, so a bare clone can run the tests) read as the app would receive them.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const FIXTURES_DIR = process.env.SOAN_FIXTURES_DIR ?? resolve(here, '../fixtures');

export const FIXTURE_NAMES = ['bao-cao-133-BC-UBND', 'ke-hoach-13-KH-UBND'] as const;
export type FixtureName = (typeof FIXTURE_NAMES)[number];

function raw(name: FixtureName): string {
  return readFileSync(resolve(FIXTURES_DIR, `${name}.txt`), 'utf8');
}

const PART = /^\[([a-z-]+)\]\s*$/;

/** The document's text: notes ("#") and part markers ("[noi-dung]") dropped, one paragraph a line. */
export function fixtureLines(name: FixtureName): string[] {
  return raw(name)
    .split(/\r?\n/)
    .filter((l) => !l.startsWith('#') && !PART.test(l) && l.trim() !== '');
}

export function fixtureText(name: FixtureName): string {
  return fixtureLines(name).join('\n');
}

/** Lines grouped by the part the annotation names, e.g. parts['kinh-gui']. */
export function fixtureParts(name: FixtureName): Record<string, string[]> {
  const parts: Record<string, string[]> = {};
  let current = '';
  for (const l of raw(name).split(/\r?\n/)) {
    const m = PART.exec(l);
    if (m) {
      current = m[1]!;
      parts[current] = [];
    } else if (current && !l.startsWith('#') && l.trim() !== '') {
      parts[current]!.push(l);
    }
  }
  return parts;
}
