// Operations on the body outline, as pure functions: each returns the new block list and where the
// caret should go, so the editor can apply them, undo them and test them without a browser.
import { LIMITS, measureText, type CapDo, type Khoi } from '../../core/model/van-ban.ts';
import type { LoaiVanBan } from '../../core/decree/document-types.ts';
import { CAP_DO_ORDER } from '../../core/numbering.ts';

/** An outline block with the id the editor keys its rows on. */
export type Block = Khoi & { id: string };

export interface Caret {
  id: string;
  /** Offset in the block's text. */
  at: number;
}

export interface OutlineEdit {
  blocks: Block[];
  focus: Caret | null;
}

export function newBlockId(): string {
  return crypto.randomUUID();
}

/** Ids for blocks that came without one (an import, an old document); duplicates get fresh ones. */
export function withIds(blocks: readonly Khoi[]): Block[] {
  const seen = new Set<string>();
  return blocks.map((b) => {
    const id = b.id && !seen.has(b.id) ? b.id : newBlockId();
    seen.add(id);
    return b.id === id ? (b as Block) : { ...b, id };
  });
}

function indexOf(blocks: readonly Block[], id: string): number {
  return blocks.findIndex((b) => b.id === id);
}

export function setText(blocks: readonly Block[], id: string, text: string): Block[] {
  return blocks.map((b) => (b.id === id ? { ...b, text } : b));
}

/** Enter: the text after the caret starts a new block at the same level. */
export function splitBlock(blocks: readonly Block[], id: string, from: number, to = from): OutlineEdit {
  const i = indexOf(blocks, id);
  const b = blocks[i];
  if (!b) return { blocks: [...blocks], focus: null };
  const head = { ...b, text: b.text.slice(0, from) };
  const tail: Block = { id: newBlockId(), capDo: b.capDo, text: b.text.slice(to) };
  return { blocks: [...blocks.slice(0, i), head, tail, ...blocks.slice(i + 1)], focus: { id: tail.id, at: 0 } };
}

/** A new empty block after `id` (or at the end), at its level. */
export function addBlockAfter(blocks: readonly Block[], id: string | null, capDo?: CapDo): OutlineEdit {
  const i = id === null ? blocks.length - 1 : indexOf(blocks, id);
  const level = capDo ?? blocks[i]?.capDo ?? 'doan';
  const added: Block = { id: newBlockId(), capDo: level, text: '' };
  return { blocks: [...blocks.slice(0, i + 1), added, ...blocks.slice(i + 1)], focus: { id: added.id, at: 0 } };
}

/** Delete a block; the caret goes to the end of the one above (or the start of the one below). */
export function removeBlock(blocks: readonly Block[], id: string): OutlineEdit {
  const i = indexOf(blocks, id);
  if (i < 0) return { blocks: [...blocks], focus: null };
  const rest = [...blocks.slice(0, i), ...blocks.slice(i + 1)];
  const prev = rest[i - 1];
  const next = rest[i];
  const focus = prev ? { id: prev.id, at: prev.text.length } : next ? { id: next.id, at: 0 } : null;
  return { blocks: rest, focus };
}

/**
 * Backspace at the start of a block: an empty block goes; a block with text joins the one above,
 * the caret at the seam. The first block has nothing above it and stays.
 */
export function backspaceAtStart(blocks: readonly Block[], id: string): OutlineEdit | null {
  const i = indexOf(blocks, id);
  const b = blocks[i];
  if (!b) return null;
  if (b.text === '') return blocks.length > 1 || i > 0 ? removeBlock(blocks, id) : null;
  const prev = blocks[i - 1];
  if (!prev) return null;
  const joined = { ...prev, text: prev.text + b.text };
  return { blocks: [...blocks.slice(0, i - 1), joined, ...blocks.slice(i + 1)], focus: { id: prev.id, at: prev.text.length } };
}

/** Types whose body is cut into articles (Điều 1., Điều 2.…) and chapters; elsewhere these are no levels to Tab through. */
const DIEU_TYPES: ReadonlySet<LoaiVanBan> = new Set(['quyet-dinh', 'nghi-quyet', 'quy-che', 'quy-dinh']);

/** The levels a block of this document type can take, outermost first. */
export function levelsFor(loai: LoaiVanBan): readonly CapDo[] {
  return DIEU_TYPES.has(loai) ? CAP_DO_ORDER : CAP_DO_ORDER.filter((c) => c !== 'dieu' && c !== 'chuong');
}

/**
 * Tab (+1) moves a block one level deeper, Shift+Tab (-1) one level out, along `order`; the ends
 * stay put. A block at a level outside `order` moves to its nearest neighbour inside it.
 */
export function shiftLevel(blocks: readonly Block[], id: string, delta: 1 | -1, order: readonly CapDo[] = CAP_DO_ORDER): Block[] {
  return blocks.map((b) => {
    if (b.id !== id) return b;
    const full = CAP_DO_ORDER.indexOf(b.capDo);
    let k = order.indexOf(b.capDo);
    if (k < 0) k = order.findIndex((c) => CAP_DO_ORDER.indexOf(c) > full) - (delta > 0 ? 1 : 0);
    k = Math.min(order.length - 1, Math.max(0, k + delta));
    return { ...b, capDo: order[k]! };
  });
}

export function setLevel(blocks: readonly Block[], id: string, capDo: CapDo): Block[] {
  return blocks.map((b) => (b.id === id ? { ...b, capDo } : b));
}

/** Swap a block with its neighbour above (-1) or below (+1). */
export function moveBlock(blocks: readonly Block[], id: string, delta: 1 | -1): Block[] {
  const i = indexOf(blocks, id);
  const j = i + delta;
  if (i < 0 || j < 0 || j >= blocks.length) return [...blocks];
  const out = [...blocks];
  [out[i], out[j]] = [out[j]!, out[i]!];
  return out;
}

/**
 * Several pasted lines, already read into blocks (core importBody): the first joins the text before
 * the selection, the last takes the text after it, the others come in between, as in a word
 * processor. A block that had no text before the caret takes the first pasted line's level.
 */
export function pasteBlocks(blocks: readonly Block[], id: string, from: number, to: number, pasted: readonly Khoi[]): OutlineEdit {
  const i = indexOf(blocks, id);
  const b = blocks[i];
  if (!b || pasted.length === 0) return { blocks: [...blocks], focus: null };
  const before = b.text.slice(0, from);
  const after = b.text.slice(to);
  const fresh = withIds(pasted.map(({ capDo, text }) => ({ capDo, text })));
  const first = fresh[0]!;
  const merged: Block[] = fresh.map((p) => ({ ...p }));
  merged[0] = before === '' ? { ...first, id: b.id } : { id: b.id, capDo: b.capDo, text: before + first.text };
  const last = merged[merged.length - 1]!;
  const caret = last.text.length;
  merged[merged.length - 1] = { ...last, text: last.text + after };
  return { blocks: [...blocks.slice(0, i), ...merged, ...blocks.slice(i + 1)], focus: { id: last.id, at: caret } };
}

/** Where a block's text is cut: at most `max` characters each, at the last space when there is one. */
function cutAtSpaces(text: string, max: number): { start: number; text: string }[] {
  const pieces: { start: number; text: string }[] = [];
  let start = 0;
  while (text.length - start > max) {
    const space = text.lastIndexOf(' ', start + max);
    const cut = space > start + max / 2 ? space : start + max;
    pieces.push({ start, text: text.slice(start, cut) });
    // The space at a cut becomes the break between two blocks.
    start = cut === space ? cut + 1 : cut;
  }
  pieces.push({ start, text: text.slice(start) });
  return pieces;
}

/**
 * A block longer than a paragraph may be (LIMITS.paragraph) continues in new plain paragraphs right
 * after it, so nothing typed or pasted is dropped and the document can still be saved. The caret
 * follows its text. `added` says how many blocks were made, for the editor to announce.
 */
export function fitLongBlocks(edit: OutlineEdit): { edit: OutlineEdit; added: number } {
  let added = 0;
  let focus = edit.focus;
  const blocks = edit.blocks.flatMap((b): Block[] => {
    if (!measureText('paragraph', b.text).over) return [b];
    const pieces = cutAtSpaces(b.text, LIMITS.paragraph);
    added += pieces.length - 1;
    const out = pieces.map((p, i): Block => ({ id: i === 0 ? b.id : newBlockId(), capDo: i === 0 ? b.capDo : 'doan', text: p.text }));
    if (focus?.id === b.id) {
      const at = focus.at;
      let i = 0;
      while (i + 1 < pieces.length && pieces[i + 1]!.start <= at) i++;
      focus = { id: out[i]!.id, at: Math.min(Math.max(0, at - pieces[i]!.start), pieces[i]!.text.length) };
    }
    return out;
  });
  return { edit: { blocks, focus }, added };
}

/** Near the limit, what the counter under a block says (null while far from it). */
export function blockLengthNote(text: string): string | null {
  const { length, max } = measureText('paragraph', text);
  if (length < max * 0.9) return null;
  return `${length.toLocaleString('vi-VN')}/${max.toLocaleString('vi-VN')} ký tự. Khi đủ ${max.toLocaleString('vi-VN')} ký tự, phần gõ tiếp sẽ sang một khối mới ngay dưới.`;
}

