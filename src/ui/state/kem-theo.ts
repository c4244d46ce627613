// Edits of the attached documents (văn bản kèm theo, phụ lục). The text of their bodies is edited
// as plain text, one block per line with its marker, so a regulation can be pasted in whole; their
// tables are grids of their own (kem-theo-segments.ts), never passed through text.
import { importBody } from '../../core/import/import-body.ts';
import { LIMITS, type KemTheo, type KieuKemTheo, type Khoi, type KhoiVanBan } from '../../core/model/van-ban.ts';
import { blockLine, blockMarkers } from '../../core/numbering.ts';

/**
 * Text blocks as a text box shows them: "Điều 1. …", "a) …", one block per line. A box of part of
 * the body is given that part's markers, as numbered in the whole body.
 */
export function kemTheoText(blocks: readonly KhoiVanBan[], markers: readonly string[] = blockMarkers(blocks)): string {
  return blocks.map((b, i) => blockLine(markers[i]!, b.text)).join('\n');
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
