import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Bang } from '../../../src/core/model/van-ban.ts';
import { newTable } from '../../../src/ui/state/editor-outline.ts';
import { pastedCells, pasteIntoCell } from '../../../src/ui/state/table-paste.ts';

const clipboard = (name: string) => readFileSync(join(process.cwd(), 'test/fixtures/tables/clipboard', name), 'utf8');

describe('cells pasted into a table cell', () => {
  it('reads TAB rows from plain text; text without a TAB is no cells', () => {
    expect(pastedCells('', 'a\tb\r\nc\td\r\n')).toEqual([['a', 'b'], ['c', 'd']]);
    expect(pastedCells('', 'một dòng\nhai dòng')).toBeNull();
    expect(pastedCells('<p>không có bảng</p>', 'chữ')).toBeNull();
  });

  it('reads a clipboard HTML table as data, each cell at its grid column (merged places empty)', () => {
    expect(pastedCells('<table><tr><td colspan="2">Chi</td><td>x</td></tr><tr><td>a</td><td>&lt;b&gt;</td><td>c</td></tr></table>', 'ignored')).toEqual([
      ['Chi', '', 'x'],
      ['a', '<b>', 'c'],
    ]);
    for (const name of ['excel.html', 'word.html', 'sheets.html', 'libreoffice-writer.html']) {
      const rows = pastedCells(clipboard(name), '')!;
      expect(rows.length, name).toBeGreaterThan(1);
      expect(rows.flat().join(' '), name).not.toMatch(/<\/?(td|tr|table)/i);
    }
  });

  it('fills the table from the cell, or names the limit and changes nothing', () => {
    const bang: Bang = newTable(2, 2, 1);
    const filled = pasteIntoCell(bang, { r: 1, c: 1 }, [['x', 'y'], ['z']]);
    expect(typeof filled).not.toBe('string');
    expect((filled as Bang).hang.map((h) => h.o.map((o) => o.text))).toEqual([['', '', ''], ['', 'x', 'y'], ['', 'z', '']]);
    const wide = pasteIntoCell(bang, { r: 0, c: 0 }, [Array.from({ length: 10_000 }, () => 'c')]);
    expect(wide).toMatch(/^Chưa dán: .*10\.000 cột, một bảng tối đa 30 cột/);
    const long = pasteIntoCell(bang, { r: 0, c: 0 }, [['a', 'x'.repeat(5_000_000)]]);
    expect(long).toMatch(/ô ở hàng 1, cột 2 dài 5\.000\.000 ký tự, một ô tối đa 2\.000 ký tự/);
    expect(pasteIntoCell(bang, { r: 0, c: 25 }, [Array.from({ length: 10 }, () => 'c')])).toMatch(/quá 30 cột/);
    expect(bang).toEqual(newTable(2, 2, 1));
  });
});
