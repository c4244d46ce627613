// The shapes kept in IndexedDB. A document record wraps the core `VanBan` with what storage needs
// (identity, status, timestamps, revision counter) and a few fields derived from it for indexing.
import type { LoaiVanBan } from '../core/decree/document-types.ts';
import type { VanBan } from '../core/model/van-ban.ts';

export type DocumentStatus = 'draft' | 'final';
export const DOCUMENT_STATUSES = ['draft', 'final'] as const;

/** What a document is, independent of how it is indexed: this is what a backup carries. */
export interface StoredDocument {
  id: string;
  vanBan: VanBan;
  status: DocumentStatus;
  /** Milliseconds since the epoch. */
  createdAt: number;
  updatedAt: number;
  /** Bumped on every write; a save must name the rev it started from (optimistic concurrency). */
  rev: number;
  /** Set while the document is in the trash. */
  deletedAt?: number;
  /** Id of the document this one was split off from by a save conflict. */
  conflictOf?: string;
  /**
   * Import notes of a draft made from a file or a paste: what the reader left out or changed, shown
   * at the top of its editor until the user closes them. Not the document's text: no rev, no backup.
   */
  ghiChuNhap?: string[];
}

/** Fields recomputed from `vanBan` and `deletedAt` on every write; never trusted from outside. */
export interface DerivedFields {
  /** 0 or 1 rather than a boolean, because IndexedDB cannot index booleans. */
  inTrash: 0 | 1;
  year: number;
  loai: LoaiVanBan;
  /** Distinct diacritics-folded words of the searchable text (multi-entry index). */
  words: string[];
}

export type DocumentRecord = StoredDocument & DerivedFields;

/** A row of the document list: enough to render it without loading the body. */
export interface DocumentSummary {
  id: string;
  loai: LoaiVanBan;
  /** The printed type name of a "khac" document; '' otherwise (and for saves from before it). */
  tenLoai: string;
  trichYeu: string;
  so: string;
  maCoQuan: string;
  ngayBanHanh: VanBan['ngayBanHanh'];
  status: DocumentStatus;
  createdAt: number;
  updatedAt: number;
  rev: number;
  deletedAt?: number;
  conflictOf?: string;
}

export type RevisionReason = 'edit' | 'export' | 'import' | 'restore';
export const REVISION_REASONS = ['edit', 'export', 'import', 'restore'] as const;

/** A snapshot of a document's content at one moment. */
export interface RevisionRecord {
  id: string;
  docId: string;
  /** When the snapshot was taken. */
  at: number;
  reason: RevisionReason;
  /** The document's rev when the snapshot was taken. */
  rev: number;
  vanBan: VanBan;
}

/** A box's text the document could not take (over a limit, malformed): the field, the text, and why. */
export interface HeldText {
  label: string;
  text: string;
  problem: string;
}

/**
 * Text that could not be saved, kept exactly as it was and never validated (it failed validation):
 * the next start offers it back. One record per document; each part is written and cleared by its owner.
 */
export interface RescueRecord {
  docId: string;
  /** When it was last written. */
  at: number;
  /** The editor's content whose save the schema refused (autosave), and why. */
  refused?: { vanBan: unknown; reason: string };
  /** Boxes whose text the editor could not take into the document (the editor). */
  held?: HeldText[];
}

export interface SettingRecord {
  key: string;
  value: unknown;
  updatedAt: number;
}

export function toSummary(r: StoredDocument): DocumentSummary {
  const s: DocumentSummary = {
    id: r.id,
    loai: r.vanBan.loai,
    tenLoai: r.vanBan.tenLoai ?? '',
    trichYeu: r.vanBan.trichYeu,
    so: r.vanBan.so,
    maCoQuan: r.vanBan.maCoQuan,
    ngayBanHanh: r.vanBan.ngayBanHanh,
    status: r.status,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    rev: r.rev,
  };
  if (r.deletedAt !== undefined) s.deletedAt = r.deletedAt;
  if (r.conflictOf !== undefined) s.conflictOf = r.conflictOf;
  return s;
}

export function newId(): string {
  return crypto.randomUUID();
}
