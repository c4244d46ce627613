// What every way in (pasted text, the outline, a .docx, the CLI) hands the one classifier: the
// document's paragraphs in reading order as lines, and its data tables as tables of cells. Readers
// turn their format into these; only the classifier builds the model.

/** One cell as a reader found it; spans as in HTML (a covered cell is not listed). */
export interface ONhap {
  text: string;
  gopCot: number;
  gopHang: number;
}

/** A data table found by a reader (TAB-separated lines, an HTML <table>, a Word w:tbl). */
export interface BangNhap {
  kind: 'bang';
  hang: ONhap[][];
  /** Header rows when the reader knows them (Word's w:tblHeader); undefined lets the classifier decide. */
  soHangTieuDe?: number;
}

/** One item handed to the classifier: a paragraph (one line of text) or a table. */
export type MucNhap = string | BangNhap;

export function isBangNhap(m: MucNhap): m is BangNhap {
  return typeof m !== 'string';
}
