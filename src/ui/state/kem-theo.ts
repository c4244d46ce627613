// Edits of the attached documents (văn bản kèm theo, phụ lục). Their bodies are edited as plain
// text, one block per line with its marker, so a regulation can be pasted in whole.
import { importBody } from '../../core/import/import-body.ts';
import { LIMITS, type KemTheo, type KieuKemTheo, type Khoi } from '../../core/model/van-ban.ts';
import { blockLine, blockMarkers } from '../../core/numbering.ts';

/** The body as the textarea shows it: "Điều 1. …", "a) …", one block per line. */
export function kemTheoText(blocks: readonly Khoi[]): string {
  const markers = blockMarkers(blocks);
  return blocks.map((b, i) => blockLine(markers[i]!, b.text)).join('\n');
}

/** The typed lines read back: markers typed as text give the levels. */
export function kemTheoBlocks(text: string): Khoi[] {
  return importBody(text);
}

/** Same levels and texts, in order: ids and the rest do not count. */
export function sameBlocks(a: readonly Khoi[], b: readonly Khoi[]): boolean {
  return a.length === b.length && a.every((x, i) => x.capDo === b[i]!.capDo && x.text === b[i]!.text);
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
