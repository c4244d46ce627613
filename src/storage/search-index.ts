// Diacritics-insensitive search without scanning bodies: each document keeps the distinct folded
// words of its searchable text in a multi-entry index, so a query reads index keys, not 9 KB records.
import { foldDiacritics } from '../core/text/normalize.ts';
import type { VanBan } from '../core/model/van-ban.ts';
import type { DerivedFields, DocumentRecord, StoredDocument } from './records.ts';

/** Bounds index growth for a pathological document; real ones have a few hundred distinct words. */
const MAX_WORDS_PER_DOCUMENT = 20_000;
/** Long tokens (pasted hashes, URLs) would bloat the index and nobody types them. */
const MAX_WORD_LENGTH = 40;

const SEPARATOR = /[^\p{L}\p{N}]+/u;

export function foldedWords(text: string): string[] {
  return foldDiacritics(text)
    .split(SEPARATOR)
    .filter((w) => w.length > 0 && w.length <= MAX_WORD_LENGTH);
}

/** The texts a user can search, one by one: summary, number, recipients and body (Issue 3, item 2). */
function searchableParts(v: Partial<VanBan>): string[] {
  const parts: string[] = [];
  const push = (x: unknown) => {
    if (typeof x === 'string') parts.push(x);
  };
  push(v.trichYeu);
  // A "khác" document is found by its own type name ("thong tu"); '' for every other type.
  push(v.tenLoai);
  push(v.so);
  push(v.maCoQuan);
  push(v.maDonVi);
  for (const x of Array.isArray(v.kinhGui) ? v.kinhGui : []) push(x);
  for (const x of Array.isArray(v.canCu) ? v.canCu : []) push(x);
  for (const b of Array.isArray(v.noiDung) ? v.noiDung : []) {
    push((b as { text?: unknown } | null)?.text);
    // A table is searched by its caption, unit line, cells and notes.
    const bang = (b as { bang?: { tieuDe?: unknown; donViTinh?: unknown; hang?: unknown; ghiChu?: unknown } } | null)?.bang;
    if (!bang) continue;
    push(bang.tieuDe);
    push(bang.donViTinh);
    for (const h of Array.isArray(bang.hang) ? bang.hang : []) for (const o of Array.isArray(h?.o) ? h.o : []) push(o?.text);
    for (const x of Array.isArray(bang.ghiChu) ? bang.ghiChu : []) push(x);
  }
  push(v.ketThuc);
  for (const x of Array.isArray(v.noiNhan) ? v.noiNhan : []) push(x);
  return parts;
}

/** The searchable text as one string, a part a line. */
export function searchableText(v: Partial<VanBan>): string {
  return searchableParts(v).join('\n');
}

/**
 * Folded words of recent texts. Autosave re-indexes the open document every second while the user
 * types; folding is slow on long text (Unicode regular expressions over 240 KB: ~0.3 s for 100 pages),
 * and all but one of its paragraphs are the same as a second ago, so each is folded once.
 */
const FOLDED = new Map<string, string[]>();
const FOLDED_MAX = 20_000;

function foldedWordsOf(part: string): string[] {
  let words = FOLDED.get(part);
  if (!words) {
    words = foldedWords(part);
    if (FOLDED.size >= FOLDED_MAX) FOLDED.clear();
    FOLDED.set(part, words);
  }
  return words;
}

export function documentWords(v: Partial<VanBan>): string[] {
  // Part by part (a paragraph, a cell): a line end folds to a separator anyway, so these are the same
  // words in the same order as folding the whole text at once, without building and splitting it.
  const set = new Set<string>();
  for (const part of searchableParts(v)) {
    for (const w of foldedWordsOf(part)) {
      set.add(w);
      if (set.size >= MAX_WORDS_PER_DOCUMENT) return [...set];
    }
  }
  return [...set];
}

/**
 * Derived index fields. Tolerant of records written by older code (used by schema upgrades),
 * so a document that no longer passes today's schema is still indexed rather than dropped.
 */
export function deriveFields(doc: Pick<StoredDocument, 'vanBan' | 'deletedAt' | 'createdAt'>, words?: string[]): DerivedFields {
  const v = (doc.vanBan ?? {}) as Partial<VanBan>;
  const nam = v.ngayBanHanh?.nam;
  return {
    inTrash: doc.deletedAt === undefined || doc.deletedAt === null ? 0 : 1,
    year: typeof nam === 'number' ? nam : new Date(doc.createdAt ?? 0).getFullYear(),
    loai: v.loai ?? 'cong-van',
    words: words ?? documentWords(v),
  };
}

export interface QueryTokens {
  /** Words that must appear exactly. */
  exact: string[];
  /** The word being typed, matched as a prefix; null when there is none worth a prefix scan. */
  prefix: string | null;
}

/**
 * Every word of the query must be found; the last may be unfinished ("tuyen tru" finds
 * "tuyên truyền"). A one-letter last word would match most of the index as a prefix and narrows
 * nothing, so it waits for the next keystroke; typed alone it is taken as a whole word.
 */
export function queryTokens(query: string): QueryTokens {
  const words = [...new Set(foldedWords(query))];
  if (words.length === 0) return { exact: [], prefix: null };
  if (/\s$/.test(query)) return { exact: words, prefix: null };
  const last = words[words.length - 1]!;
  if (last.length >= 2) return { exact: words.slice(0, -1), prefix: last };
  return words.length === 1 ? { exact: words, prefix: null } : { exact: words.slice(0, -1), prefix: null };
}

/** The stored-document part of a record: what backups and revisions keep, without its index fields. */
export function withoutDerived(r: DocumentRecord): StoredDocument {
  const { inTrash: _i, year: _y, loai: _l, words: _w, ...rest } = r;
  return rest;
}

/** A stored document with its index fields computed afresh. */
export function withDerived(doc: StoredDocument, words?: string[]): DocumentRecord {
  return { ...doc, ...deriveFields(doc, words) };
}
