// List and search, newest first, paged. Only Dexie calls inside, so `liveQuery(() => query(...))`
// re-runs when any tab writes the documents table.
import type { LoaiVanBan } from '../core/decree/document-types.ts';
import type { SoanDb } from './db.ts';
import { toSummary, type DocumentStatus, type DocumentSummary } from './records.ts';
import { queryTokens } from './search-index.ts';

export interface DocumentQuery {
  /** Diacritics-insensitive; every word must be found, the last may be unfinished. */
  text?: string;
  year?: number;
  loai?: LoaiVanBan;
  status?: DocumentStatus;
  /** List the trash instead of live documents. */
  trash?: boolean;
  offset?: number;
  /** Page size, 1–200; 20 by default. */
  limit?: number;
}

export interface DocumentPage {
  items: DocumentSummary[];
  /** How many documents match in all pages. */
  total: number;
  offset: number;
  limit: number;
}

export const DEFAULT_PAGE_SIZE = 20;

export async function queryDocuments(db: SoanDb, q: DocumentQuery = {}): Promise<DocumentPage> {
  const inTrash = q.trash ? 1 : 0;
  const limit = Math.max(1, Math.min(200, Math.floor(q.limit ?? DEFAULT_PAGE_SIZE)));
  const offset = Math.max(0, Math.floor(q.offset ?? 0));
  const newest = () => db.documents.where('[inTrash+updatedAt]').between([inTrash, -Infinity], [inTrash, Infinity], true, true);

  // Each criterion yields the ids it admits, read from index keys only (no record is loaded).
  const admits: Promise<string[]>[] = [];
  if (q.year !== undefined) admits.push(db.documents.where('year').equals(q.year).primaryKeys());
  if (q.loai !== undefined) admits.push(db.documents.where('loai').equals(q.loai).primaryKeys());
  if (q.status !== undefined) admits.push(db.documents.where('status').equals(q.status).primaryKeys());
  const tokens = queryTokens(q.text ?? '');
  for (const w of tokens.exact) admits.push(db.documents.where('words').equals(w).primaryKeys());
  if (tokens.prefix) admits.push(db.documents.where('words').startsWith(tokens.prefix).primaryKeys());

  if (admits.length === 0) {
    const [total, records] = await Promise.all([newest().count(), newest().reverse().offset(offset).limit(limit).toArray()]);
    return { items: records.map(toSummary), total, offset, limit };
  }

  const sets = (await Promise.all(admits)).map((ids) => new Set(ids)).sort((a, b) => a.size - b.size);
  if (sets[0]!.size === 0) return { items: [], total: 0, offset, limit };
  // Walk the newest-first order (keys only) and keep what every criterion admits.
  const ordered = await newest().primaryKeys();
  const matched: string[] = [];
  for (let i = ordered.length - 1; i >= 0; i--) {
    const id = ordered[i]!;
    if (sets.every((s) => s.has(id))) matched.push(id);
  }
  const page = matched.slice(offset, offset + limit);
  const records = await db.documents.bulkGet(page);
  return {
    items: records.flatMap((r) => (r ? [toSummary(r)] : [])),
    total: matched.length,
    offset,
    limit,
  };
}

/** Years that have documents, newest first (for the year filter). */
export async function documentYears(db: SoanDb): Promise<number[]> {
  return ((await db.documents.orderBy('year').uniqueKeys()) as number[]).reverse();
}
