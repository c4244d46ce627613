// List and search, newest first, paged. Only Dexie calls inside, so `liveQuery(() => query(...))`
// re-runs when any tab writes the documents table.
//
// Two plans, chosen per query from index counts (cheap: no record is read):
// - a selective criterion (few documents have the rare word, the year…): read those ids from
//   the index, load just those records and check the other criteria on them;
// - only broad criteria (every report says "tuyên truyền"): walk the newest documents and stop
//   when the page is full; reading every id of a word that 10 000 documents share costs more
//   than reading the 20 records that make the page. If the walk finds too few within its budget,
//   the ids of every criterion are intersected instead.
import type { Collection } from 'dexie';
import type { LoaiVanBan } from '../core/decree/document-types.ts';
import type { SoanDb } from './db.ts';
import { toSummary, type DocumentRecord, type DocumentStatus, type DocumentSummary } from './records.ts';
import { queryTokens } from './search-index.ts';

export interface DocumentQuery {
  year?: number;
  loai?: LoaiVanBan;
  status?: DocumentStatus;
  /** List the trash instead of live documents. */
  trash?: boolean;
  offset?: number;
  /** Page size, 1–200; 20 by default. */
  limit?: number;
}

export interface SearchQuery extends DocumentQuery {
  /** Diacritics-insensitive; every word must be found, the last may be unfinished. */
  text?: string;
}

export interface SearchPage {
  items: DocumentSummary[];
  /**
   * How many documents match in all pages; null when counting them would cost more than the
   * page itself (a broad search) — `countDocuments(query)` gives it then.
   */
  total: number | null;
  /** Whether a next page exists. */
  hasMore: boolean;
  offset: number;
  limit: number;
}

/** A list without search text always knows its total. */
export interface DocumentPage extends SearchPage {
  total: number;
}

export const DEFAULT_PAGE_SIZE = 20;
/** A criterion matching at most this many documents is read by id. */
export const SELECTIVE_MAX = 300;
/** How many of the newest documents a broad search reads before it intersects ids instead. */
export const WALK_BUDGET = 200;

interface Criterion {
  count(): Promise<number>;
  ids(): Promise<string[]>;
  test(r: DocumentRecord): boolean;
}

function criteria(db: SoanDb, q: SearchQuery): Criterion[] {
  const out: Criterion[] = [];
  const eq = (index: string, value: string | number, test: (r: DocumentRecord) => boolean): Criterion => ({
    count: () => db.documents.where(index).equals(value).count(),
    ids: () => db.documents.where(index).equals(value).primaryKeys(),
    test,
  });
  if (q.year !== undefined) out.push(eq('year', q.year, (r) => r.year === q.year));
  if (q.loai !== undefined) out.push(eq('loai', q.loai, (r) => r.loai === q.loai));
  if (q.status !== undefined) out.push(eq('status', q.status, (r) => r.status === q.status));
  const tokens = queryTokens(q.text ?? '');
  for (const w of tokens.exact) out.push(eq('words', w, (r) => r.words.includes(w)));
  const prefix = tokens.prefix;
  if (prefix) {
    out.push({
      // A document has several words with the prefix; the index holds one entry for each.
      count: () => db.documents.where('words').startsWith(prefix).count(),
      ids: async () => [...new Set(await db.documents.where('words').startsWith(prefix).primaryKeys())],
      test: (r) => r.words.some((w) => w.startsWith(prefix)),
    });
  }
  return out;
}

function newestFirst(r: DocumentRecord[]): DocumentRecord[] {
  return r.sort((a, b) => b.updatedAt - a.updatedAt || (a.id < b.id ? 1 : -1));
}

function page(matches: DocumentRecord[], total: number | null, hasMore: boolean, offset: number, limit: number): SearchPage {
  return { items: matches.slice(offset, offset + limit).map(toSummary), total, hasMore, offset, limit };
}

/** The list, newest first: filters only, exact total. */
export async function listDocuments(db: SoanDb, q: DocumentQuery = {}): Promise<DocumentPage> {
  const { text: _ignored, ...filters } = q as SearchQuery;
  return (await queryDocuments(db, filters, true)) as DocumentPage;
}

/** Search with filters; a broad search's total may be left null (see SearchPage). */
export function searchDocuments(db: SoanDb, q: SearchQuery): Promise<SearchPage> {
  return queryDocuments(db, q, false);
}

async function queryDocuments(db: SoanDb, q: SearchQuery, exactTotal: boolean): Promise<SearchPage> {
  const inTrash = q.trash ? 1 : 0;
  const limit = Math.max(1, Math.min(200, Math.floor(q.limit ?? DEFAULT_PAGE_SIZE)));
  const offset = Math.max(0, Math.floor(q.offset ?? 0));
  const newest = () => db.documents.where('[inTrash+updatedAt]').between([inTrash, -Infinity], [inTrash, Infinity], true, true);
  const cs = criteria(db, q);

  if (cs.length === 0) {
    const [total, records] = await Promise.all([newest().count(), newest().reverse().offset(offset).limit(limit).toArray()]);
    return { items: records.map(toSummary), total, hasMore: offset + limit < total, offset, limit };
  }

  const counts = await Promise.all(cs.map((c) => c.count()));
  const smallest = counts.indexOf(Math.min(...counts));
  if (counts[smallest] === 0) return page([], 0, false, offset, limit);
  const matches = (r: DocumentRecord | undefined): r is DocumentRecord => !!r && r.inTrash === inTrash && cs.every((c) => c.test(r));

  if (counts[smallest]! <= SELECTIVE_MAX) {
    const found = newestFirst((await db.documents.bulkGet(await cs[smallest]!.ids())).filter(matches));
    return page(found, found.length, offset + limit < found.length, offset, limit);
  }

  if (exactTotal) return narrowByIds(db, cs, counts, matches, newest, offset, limit);
  // Broad: the newest documents probably match; one more than the page tells whether more exist.
  const want = offset + limit + 1;
  const budget = WALK_BUDGET + offset;
  let scanned = 0;
  let hits = 0;
  const walked = await newest()
    .reverse()
    .until((r) => {
      scanned++;
      if (matches(r)) hits++;
      return hits >= want || scanned >= budget;
    }, true)
    .toArray();
  const found = walked.filter(matches);
  const stoppedEarly = hits >= want || scanned >= budget;
  if (found.length >= want) return page(found, null, true, offset, limit);
  if (!stoppedEarly) return page(found, found.length, false, offset, limit);
  return narrowByIds(db, cs, counts, matches, newest, offset, limit);
}

/** Candidates this few are loaded and checked; more are ordered by index keys instead. */
const LOAD_MAX = 1_000;

/**
 * Intersect ids of the narrowest criteria only until few candidates remain, then check the rest
 * on the records: a word every document has never needs its 10 000 ids read.
 */
async function narrowByIds(
  db: SoanDb,
  cs: Criterion[],
  counts: number[],
  matches: (r: DocumentRecord | undefined) => r is DocumentRecord,
  newest: () => Collection<DocumentRecord, string>,
  offset: number,
  limit: number,
): Promise<SearchPage> {
  const order = cs.map((_, i) => i).sort((a, b) => counts[a]! - counts[b]!);
  let candidates = new Set(await cs[order[0]!]!.ids());
  for (const i of order.slice(1)) {
    if (candidates.size <= SELECTIVE_MAX) break;
    const ids = new Set(await cs[i]!.ids());
    candidates = new Set([...candidates].filter((id) => ids.has(id)));
  }
  if (candidates.size > LOAD_MAX) return intersect(db, cs, newest, offset, limit);
  const found = newestFirst((await db.documents.bulkGet([...candidates])).filter(matches));
  return page(found, found.length, offset + limit < found.length, offset, limit);
}

/** Exact and independent of how common the words are: ids of every criterion, intersected. */
async function intersect(db: SoanDb, cs: Criterion[], newest: () => Collection<DocumentRecord, string>, offset: number, limit: number): Promise<SearchPage> {
  const ids = await matchingIds(cs, newest);
  const records = (await db.documents.bulkGet(ids.slice(offset, offset + limit))).filter((r): r is DocumentRecord => !!r);
  return { items: records.map(toSummary), total: ids.length, hasMore: offset + limit < ids.length, offset, limit };
}

async function matchingIds(cs: Criterion[], newest: () => Collection<DocumentRecord, string>): Promise<string[]> {
  const sets = (await Promise.all(cs.map(async (c) => new Set(await c.ids())))).sort((a, b) => a.size - b.size);
  const ordered = await newest().primaryKeys();
  const out: string[] = [];
  for (let i = ordered.length - 1; i >= 0; i--) {
    const id = ordered[i]!;
    if (sets.every((s) => s.has(id))) out.push(id);
  }
  return out;
}

/** The exact number of matches, for a broad search whose page left `total` null. */
export async function countDocuments(db: SoanDb, q: SearchQuery = {}): Promise<number> {
  const inTrash = q.trash ? 1 : 0;
  const newest = () => db.documents.where('[inTrash+updatedAt]').between([inTrash, -Infinity], [inTrash, Infinity], true, true);
  const cs = criteria(db, q);
  if (cs.length === 0) return newest().count();
  return (await matchingIds(cs, newest)).length;
}

/** Years that have documents, newest first (for the year filter). */
export async function documentYears(db: SoanDb): Promise<number[]> {
  return ((await db.documents.orderBy('year').uniqueKeys()) as number[]).reverse();
}
