// Every schema the database has had, oldest first. Never edit a shipped version: add a new one
// with an upgrade function, so a browser holding old data walks forward without losing a record.
import type { Dexie, Transaction } from 'dexie';
import { deriveFields } from './search-index.ts';
import type { StoredDocument } from './records.ts';

export const DB_NAME = 'soan-van-ban';

/** Version 1: documents, organisation profiles, revisions, settings. */
export const SCHEMA_V1 = {
  documents: 'id, updatedAt, status, deletedAt',
  profiles: 'id, updatedAt',
  revisions: 'id, docId, [docId+at]',
  settings: 'key',
} as const;

/**
 * Version 2: indexes that keep the list and search fast at 10 000 documents — newest-first per
 * trash state, year, type, and a multi-entry index of folded words (see search-index.ts).
 */
export const SCHEMA_V2 = {
  documents: 'id, [inTrash+updatedAt], year, loai, status, deletedAt, *words',
} as const;

async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx
    .table('documents')
    .toCollection()
    .modify((r: StoredDocument & Record<string, unknown>) => {
      Object.assign(r, deriveFields(r));
    });
}

/**
 * Version 3, two additions made in one version because neither had shipped alone:
 * - revisions indexed with their reason, so the retention policy (retention.ts) reads a document's
 *   history as keys alone — when, why and which — without loading every stored text (IndexedDB builds
 *   the new index from the records already there);
 * - the rescue store (rescue.ts): text whose save was refused, kept unvalidated, one record per
 *   document; a new empty table.
 * No upgrade function is needed for either.
 */
export const SCHEMA_V3 = {
  revisions: 'id, docId, [docId+at], [docId+at+reason]',
  rescue: 'docId',
} as const;

export const CURRENT_DB_VERSION = 3;

export function declareVersions(db: Dexie): void {
  db.version(1).stores(SCHEMA_V1);
  db.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
  db.version(3).stores(SCHEMA_V3);
}
