// Every failure the storage layer can report, each carrying a message the UI can show as is.
// The UI must never have to guess whether a write happened: a thrown StorageError means it did not.

export type StorageErrorKind = 'validation' | 'quota' | 'write' | 'not-found' | 'backup';

export class StorageError extends Error {
  readonly kind: StorageErrorKind;
  /** One Vietnamese sentence per problem; `message` joins them. */
  readonly details: readonly string[];

  constructor(kind: StorageErrorKind, message: string, details: readonly string[] = [message], options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StorageError';
    this.kind = kind;
    this.details = details;
  }
}

/** The document failed the core schema; nothing was written. */
export class ValidationError extends StorageError {
  constructor(details: readonly string[]) {
    super('validation', `Văn bản chưa hợp lệ nên chưa được lưu: ${details.join('; ')}`, details);
    this.name = 'ValidationError';
  }
}

/** The browser refused the write for lack of space; the text is still in memory. */
export class QuotaError extends StorageError {
  constructor(cause?: unknown) {
    super(
      'quota',
      'Bộ nhớ của trình duyệt đã đầy nên văn bản chưa được lưu (nội dung vẫn còn trên màn hình). ' +
        'Hãy xuất tệp sao lưu, dọn thùng rác hoặc giải phóng dung lượng máy rồi bấm "Thử lại".',
      undefined,
      { cause },
    );
    this.name = 'QuotaError';
  }
}

export class NotFoundError extends StorageError {
  constructor(what: string) {
    super('not-found', `Không tìm thấy ${what} (có thể đã bị xoá ở một thẻ khác).`);
    this.name = 'NotFoundError';
  }
}

/** A backup file was refused before anything was written. */
export class BackupError extends StorageError {
  constructor(message: string, details: readonly string[] = [message]) {
    super('backup', message, details);
    this.name = 'BackupError';
  }
}

function errorName(e: unknown): string {
  return typeof e === 'object' && e !== null && 'name' in e ? String((e as { name: unknown }).name) : '';
}

function isQuotaError(e: unknown): boolean {
  // Dexie wraps the DOMException but keeps its name; some engines nest it as `inner`.
  for (let cur: unknown = e, depth = 0; cur && depth < 4; depth++) {
    const name = errorName(cur);
    if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
    cur = (cur as { inner?: unknown; cause?: unknown }).inner ?? (cur as { cause?: unknown }).cause;
  }
  return false;
}

/** Turn whatever IndexedDB or Dexie threw into something the UI can show. */
export function toStorageError(e: unknown): StorageError {
  if (e instanceof StorageError) return e;
  if (isQuotaError(e)) return new QuotaError(e);
  const reason = e instanceof Error ? e.message : String(e);
  return new StorageError(
    'write',
    `Không lưu được vào bộ nhớ của trình duyệt (${reason}). Nội dung vẫn còn trên màn hình; hãy thử lại.`,
    undefined,
    { cause: e },
  );
}
