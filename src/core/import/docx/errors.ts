// Every way a file can fail to open as a .docx, each with one Vietnamese sentence the UI and the
// CLI show as is. A thrown DocxError means nothing was read, so nothing stored may change.

export type DocxErrorKind =
  | 'empty'
  | 'too-large'
  | 'old-doc'
  | 'password'
  | 'old-office'
  | 'pdf'
  | 'not-zip'
  | 'broken-zip'
  | 'no-document'
  | 'too-many-parts'
  | 'bomb'
  | 'unsupported-zip'
  | 'doctype'
  | 'broken-xml';

export class DocxError extends Error {
  readonly kind: DocxErrorKind;

  constructor(kind: DocxErrorKind, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DocxError';
    this.kind = kind;
  }
}

/** Megabytes with one decimal, Vietnamese style ("60,0 MB"). */
export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}
