// Operations on the body outline, as pure functions: each returns the new block list and where the
// caret should go, so the editor can apply them, undo them and test them without a browser.
// A table block (capDo "bang") has no text and no level: the text operations pass it by, a level
// is never given to it, and text is never joined into it (it is edited in its grid, editor-table.ts).
import { joinChuThich, shiftChuThich, splitChuThich } from '../../core/chu-thich.ts';
import { LIMITS, measureText, type Bang, type CapDo, type Khoi, type KhoiBang, type KhoiVanBan } from '../../core/model/van-ban.ts';
import type { LoaiVanBan } from '../../core/decree/document-types.ts';
import { CAP_DO_ORDER } from '../../core/numbering.ts';

/** An outline block with the id the editor keys its rows on. */
export type Block = Khoi & { id: string };
/** A paragraph of the outline (a block with text and a level). */
export type ParaBlock = KhoiVanBan & { id: string };
/** A table of the outline. */
export type TableBlock = KhoiBang & { id: string };

export function isTableBlock(b: Block): b is TableBlock {
  return b.capDo === 'bang';
}

/** A paragraph with these parts; footnotes only when there are some (the model leaves them out otherwise). */
function para(id: string, capDo: CapDo, text: string, chuThich?: KhoiVanBan['chuThich']): ParaBlock {
  return chuThich && chuThich.length ? { id, capDo, text, chuThich } : { id, capDo, text };
}

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

/** A paragraph's new text; its footnotes keep their places among the words. A table is left alone. */
export function setText(blocks: readonly Block[], id: string, text: string): Block[] {
  return blocks.map((b) => {
    if (b.id !== id || isTableBlock(b) || b.text === text) return b;
    return para(b.id, b.capDo, text, shiftChuThich(b.text, text, b.chuThich));
  });
}

/** The level a new paragraph beside block i takes: the nearest paragraph's above (a table has none). */
function levelNear(blocks: readonly Block[], i: number): CapDo {
  for (let k = i; k >= 0; k--) {
    const b = blocks[k];
    if (b && !isTableBlock(b)) return b.capDo;
  }
  return 'doan';
}

/**
 * A text cut around the selection from–to: the footnotes before it, and those after it placed in the
 * text that follows; one inside the selection is not lost but goes to the start of what follows.
 */
function cutNotes(notes: KhoiVanBan['chuThich'], from: number, to: number): [KhoiVanBan['chuThich'], KhoiVanBan['chuThich']] {
  const [head] = splitChuThich(notes, from);
  const tail = notes?.filter((n) => n.viTri > from).map((n) => ({ ...n, viTri: Math.max(0, n.viTri - to) }));
  return [head, tail?.length ? tail : undefined];
}

/**
 * Enter: the text after the caret starts a new block at the same level, the footnotes going with
 * their words. On a table, Enter makes an empty paragraph under it (the way out of a table at the end).
 */
export function splitBlock(blocks: readonly Block[], id: string, from: number, to = from): OutlineEdit {
  const i = indexOf(blocks, id);
  const b = blocks[i];
  if (!b) return { blocks: [...blocks], focus: null };
  if (isTableBlock(b)) return addBlockAfter(blocks, id);
  const [headNotes, tailNotes] = cutNotes(b.chuThich, from, to);
  const head = para(b.id, b.capDo, b.text.slice(0, from), headNotes);
  const tail = para(newBlockId(), b.capDo, b.text.slice(to), tailNotes);
  return { blocks: [...blocks.slice(0, i), head, tail, ...blocks.slice(i + 1)], focus: { id: tail.id, at: 0 } };
}

/** A new empty block after `id` (or at the end), at its level (after a table, the level above it). */
export function addBlockAfter(blocks: readonly Block[], id: string | null, capDo?: CapDo): OutlineEdit {
  const i = id === null ? blocks.length - 1 : indexOf(blocks, id);
  const level = capDo ?? levelNear(blocks, i);
  const added: Block = { id: newBlockId(), capDo: level, text: '' };
  return { blocks: [...blocks.slice(0, i + 1), added, ...blocks.slice(i + 1)], focus: { id: added.id, at: 0 } };
}

/** A new table after `id` (or at the end): `rows` × `columns` empty cells, the first `header` rows headers. */
export function newTable(rows = 3, columns = 3, header = 1): Bang {
  return {
    tieuDe: '',
    donViTinh: '',
    soHangTieuDe: Math.min(header, rows, LIMITS.headerRows),
    hang: Array.from({ length: rows }, () => ({ o: Array.from({ length: columns }, () => ({ text: '', gopCot: 1, gopHang: 1 })) })),
    canLe: [],
    doRong: [],
    ghiChu: [],
  };
}

/** "Chèn bảng": a 3 × 3 table with one header row after `id` (or at the end); the caret goes into it. */
export function insertTable(blocks: readonly Block[], id: string | null, bang: Bang = newTable()): OutlineEdit {
  const i = id === null ? blocks.length - 1 : indexOf(blocks, id);
  const added: TableBlock = { id: newBlockId(), capDo: 'bang', bang };
  return { blocks: [...blocks.slice(0, i + 1), added, ...blocks.slice(i + 1)], focus: { id: added.id, at: 0 } };
}

/** A table's new content (an edit in its grid); other blocks are left as they are. */
export function setTable(blocks: readonly Block[], id: string, bang: Bang): Block[] {
  return blocks.map((b) => (b.id === id && isTableBlock(b) ? { ...b, bang } : b));
}

/** Where the caret goes at the end of a block: a paragraph's last character, a table's start. */
function endOf(b: Block): Caret {
  return { id: b.id, at: isTableBlock(b) ? 0 : b.text.length };
}

/** Delete a block; the caret goes to the end of the one above (or the start of the one below). */
export function removeBlock(blocks: readonly Block[], id: string): OutlineEdit {
  const i = indexOf(blocks, id);
  if (i < 0) return { blocks: [...blocks], focus: null };
  const rest = [...blocks.slice(0, i), ...blocks.slice(i + 1)];
  const prev = rest[i - 1];
  const next = rest[i];
  const focus = prev ? endOf(prev) : next ? { id: next.id, at: 0 } : null;
  return { blocks: rest, focus };
}

/**
 * Backspace at the start of a block: an empty block goes; a block with text joins the one above,
 * the caret at the seam, footnotes with their words. The first block has nothing above it and stays.
 * Text never joins a table: under a table the caret goes to the table and nothing changes (a table
 * is deleted with its own button), and a table itself is not removed by a key.
 */
export function backspaceAtStart(blocks: readonly Block[], id: string): OutlineEdit | null {
  const i = indexOf(blocks, id);
  const b = blocks[i];
  if (!b || isTableBlock(b)) return null;
  if (b.text === '' && !b.chuThich?.length) return blocks.length > 1 || i > 0 ? removeBlock(blocks, id) : null;
  const prev = blocks[i - 1];
  if (!prev) return null;
  if (isTableBlock(prev)) return { blocks: [...blocks], focus: endOf(prev) };
  const joined = para(prev.id, prev.capDo, prev.text + b.text, joinChuThich(prev.chuThich, prev.text.length, b.chuThich));
  return { blocks: [...blocks.slice(0, i - 1), joined, ...blocks.slice(i + 1)], focus: { id: prev.id, at: prev.text.length } };
}

/**
 * Types whose body is cut into articles (Điều 1., Điều 2.…) and chapters; elsewhere these are no levels
 * to Tab through. "khac" too: the texts it holds (thông tư, điều lệ) are mostly articles.
 */
const DIEU_TYPES: ReadonlySet<LoaiVanBan> = new Set(['quyet-dinh', 'nghi-quyet', 'quy-che', 'quy-dinh', 'khac']);

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
    if (b.id !== id || isTableBlock(b)) return b;
    const full = CAP_DO_ORDER.indexOf(b.capDo);
    let k = order.indexOf(b.capDo);
    if (k < 0) k = order.findIndex((c) => CAP_DO_ORDER.indexOf(c) > full) - (delta > 0 ? 1 : 0);
    k = Math.min(order.length - 1, Math.max(0, k + delta));
    return { ...b, capDo: order[k]! };
  });
}

/** A paragraph's level; a table takes none. */
export function setLevel(blocks: readonly Block[], id: string, capDo: CapDo): Block[] {
  return blocks.map((b) => (b.id === id && !isTableBlock(b) ? { ...b, capDo } : b));
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
 * processor. A block that had no text before the caret takes the first pasted line's level. A pasted
 * table is never joined to text: text before it stays a paragraph of its own, text after it goes to
 * a paragraph under it. Pasted into a table block (not into one of its cells), the blocks go under it.
 * The block's footnotes stay with their words.
 */
export function pasteBlocks(blocks: readonly Block[], id: string, from: number, to: number, pasted: readonly Khoi[]): OutlineEdit {
  const i = indexOf(blocks, id);
  const b = blocks[i];
  if (!b || pasted.length === 0) return { blocks: [...blocks], focus: null };
  const fresh = withIds(pasted.map((p): Khoi => (p.capDo === 'bang' ? { capDo: 'bang', bang: p.bang } : { capDo: p.capDo, text: p.text })));
  if (isTableBlock(b)) {
    const last = fresh[fresh.length - 1]!;
    return { blocks: [...blocks.slice(0, i + 1), ...fresh, ...blocks.slice(i + 1)], focus: endOf(last) };
  }
  const before = b.text.slice(0, from);
  const after = b.text.slice(to);
  const [headNotes, tailNotes] = cutNotes(b.chuThich, from, to);
  const merged: Block[] = [...fresh];
  const first = merged[0]!;
  if (isTableBlock(first)) {
    // The text before the caret (or the empty block pasted into) keeps its place above the table.
    if (before !== '' || headNotes) merged.unshift(para(b.id, b.capDo, before, headNotes));
    else merged[0] = { ...first, id: b.id };
  } else {
    merged[0] = before === '' && !headNotes ? { ...first, id: b.id } : para(b.id, b.capDo, before + first.text, headNotes);
  }
  const last = merged[merged.length - 1]!;
  let focus: Caret;
  if (isTableBlock(last)) {
    if (after !== '' || tailNotes) {
      const tail = para(newBlockId(), levelNear(merged, merged.length - 1), after, tailNotes);
      merged.push(tail);
      focus = { id: tail.id, at: 0 };
    } else focus = endOf(last);
  } else {
    const caret = last.text.length;
    const shifted = tailNotes?.map((n) => ({ ...n, viTri: n.viTri + caret }));
    const lastNotes = last.id === b.id ? joinChuThich(last.chuThich, 0, shifted) : shifted;
    merged[merged.length - 1] = para(last.id, last.capDo, last.text + after, lastNotes);
    focus = { id: last.id, at: caret };
  }
  return { blocks: [...blocks.slice(0, i), ...merged, ...blocks.slice(i + 1)], focus };
}

// ---- footnotes (chú thích) of a paragraph ----------------------------------------------------

/** A footnote at `at` in a paragraph's text (empty, to be typed); footnotes stay in text order. Null past the limit. */
export function addChuThich(blocks: readonly Block[], id: string, at: number): { blocks: Block[]; index: number } | null {
  const b = blocks.find((x) => x.id === id);
  if (!b || isTableBlock(b)) return null;
  const list = b.chuThich ?? [];
  if (list.length >= LIMITS.footnotes) return null;
  const viTri = Math.min(Math.max(0, at), b.text.length);
  const index = list.filter((n) => n.viTri <= viTri).length;
  const next = [...list.slice(0, index), { viTri, noiDung: '' }, ...list.slice(index)];
  return { blocks: blocks.map((x) => (x === b ? para(b.id, b.capDo, b.text, next) : x)), index };
}

/** A paragraph's footnote k: its new text, or (null) removed. */
export function editChuThich(blocks: readonly Block[], id: string, k: number, noiDung: string | null): Block[] {
  return blocks.map((b) => {
    if (b.id !== id || isTableBlock(b) || !b.chuThich?.[k]) return b;
    const next = noiDung === null ? b.chuThich.filter((_, i) => i !== k) : b.chuThich.map((n, i) => (i === k ? { ...n, noiDung } : n));
    return para(b.id, b.capDo, b.text, next);
  });
}

/** How many footnotes a block has (a table: those of all its cells); numbers run on through the document. */
export function chuThichCount(b: Khoi): number {
  if (b.capDo !== 'bang') return b.chuThich?.length ?? 0;
  let n = 0;
  for (const h of b.bang.hang) for (const o of h.o) n += o.chuThich?.length ?? 0;
  return n;
}

/** The words just before a footnote's place, so the user sees where it stands in the text. */
export function chuThichContext(text: string, viTri: number): string {
  const before = text.slice(Math.max(0, viTri - 24), viTri).trimStart();
  return viTri === 0 ? 'đầu đoạn' : `sau «${viTri > 24 ? '…' : ''}${before}»`;
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
    // A table's cells have their own limit, held in the cell's box (editor-table.ts).
    if (isTableBlock(b) || !measureText('paragraph', b.text).over) return [b];
    const pieces = cutAtSpaces(b.text, LIMITS.paragraph);
    added += pieces.length - 1;
    // A footnote goes with the first piece that reaches its place (one at a cut space ends the piece before).
    const pieceOf = (viTri: number) => {
      const k = pieces.findIndex((p) => p.start + p.text.length >= viTri);
      return k < 0 ? pieces.length - 1 : k;
    };
    const out = pieces.map((p, i): Block => {
      const notes = b.chuThich?.filter((n) => pieceOf(n.viTri) === i).map((n) => ({ ...n, viTri: Math.min(Math.max(0, n.viTri - p.start), p.text.length) }));
      return para(i === 0 ? b.id : newBlockId(), i === 0 ? b.capDo : 'doan', p.text, notes);
    });
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

