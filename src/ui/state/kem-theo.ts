// Edits of the attached documents (văn bản kèm theo, phụ lục). Their bodies are edited as plain
// text, one block per line with its marker, so a regulation can be pasted in whole.
import { importBody } from '../../core/import/import-body.ts';
import { LIMITS, type Bang, type KemTheo, type KieuKemTheo, type Khoi } from '../../core/model/van-ban.ts';
import { blockLine, blockMarkers } from '../../core/numbering.ts';
import { cellGrid } from '../../core/table/grid.ts';

/**
 * A table as the plain text it could be pasted as: caption, unit line, TAB rows, notes. The box has
 * no table editor (yet): a merged cell shows as its text and empty cells, a line break in a cell as
 * a space, and the rows are read back as a table when the box is edited.
 */
function tableText(bang: Bang): string {
  const grid = cellGrid(bang.hang.map((h) => h.o));
  const rows = bang.hang.map((_, r) =>
    Array.from({ length: grid.columns }, (_, c) => {
      const own = grid.owner(r, c);
      return own && own.hang === r && own.cot === c ? own.cell.text.replace(/\s*\n\s*/g, ' ') : '';
    }).join('\t'),
  );
  return [bang.tieuDe, bang.donViTinh, ...rows, ...bang.ghiChu].filter((t) => t !== '').join('\n');
}

/**
 * The body as the textarea shows it: "Điều 1. …", "a) …", one block per line; a table as TAB rows.
 * A text box of part of the body is given that part's markers, as numbered in the whole body.
 */
export function kemTheoText(blocks: readonly Khoi[], markers: readonly string[] = blockMarkers(blocks)): string {
  return blocks.map((b, i) => (b.capDo === 'bang' ? tableText(b.bang) : blockLine(markers[i]!, b.text))).join('\n');
}

/** The typed lines read back: markers typed as text give the levels. */
export function kemTheoBlocks(text: string): Khoi[] {
  return importBody(text);
}

/** The content of a block without its editor id. */
const content = (k: Khoi) => (k.capDo === 'bang' ? JSON.stringify(k.bang) : k.text);

/** Same levels and texts (a table: the same table), in order: ids do not count. */
export function sameBlocks(a: readonly Khoi[], b: readonly Khoi[]): boolean {
  return a.length === b.length && a.every((x, i) => x.capDo === b[i]!.capDo && content(x) === content(b[i]!));
}

export function addKemTheo(list: readonly KemTheo[], kieu: KieuKemTheo): KemTheo[] {
  if (list.length >= LIMITS.kemTheo) return [...list];
  return [...list, { kieu, ten: kieu === 'ban-hanh' ? 'Quy chế' : '', trichYeu: '', noiDung: [] }];
}

export function removeKemTheo(list: readonly KemTheo[], index: number): KemTheo[] {
  return list.filter((_, i) => i !== index);
}

export function patchKemTheo(list: readonly KemTheo[], index: number, patch: Partial<KemTheo>): KemTheo[] {
  return list.map((k, i) => (i === index ? { ...k, ...patch } : k));
}
