// Every textarea the app draws says autocomplete="off": without it Chromium copies the value of every
// text box on the page into the history state a second after each change, 50–75 ms at 4× on a
// 100-page document while the user types (see OutlineBlock.svelte). A new text box must say it too.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const UI = join(import.meta.dirname, '../../../src/ui');

function svelteFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? svelteFiles(join(dir, e.name)) : e.name.endsWith('.svelte') ? [join(dir, e.name)] : [],
  );
}

/** Each `<textarea …>` opening tag of a component, attributes and all. */
function textareaTags(source: string): string[] {
  return [...source.matchAll(/<textarea\b[^>]*>/g)].map((m) => m[0]);
}

describe('text boxes', () => {
  const files = svelteFiles(UI);
  const tags = files.flatMap((f) => textareaTags(readFileSync(f, 'utf8')).map((tag) => ({ file: f.slice(UI.length + 1), tag })));

  it('finds the app’s textareas (the body, the table cell, the fields, the paste dialog)', () => {
    expect(tags.length).toBeGreaterThanOrEqual(7);
  });

  it('every textarea keeps out of the browser’s form state: autocomplete="off"', () => {
    expect(tags.filter((t) => !/\sautocomplete="off"/.test(t.tag)).map((t) => t.file)).toEqual([]);
  });
});
