// What the reader left out or changed in a draft made from a file or a paste ("Bỏ 1 hình ảnh …",
// "Số: «134-12» không phải là số …"), kept for this session and shown at the top of that document's
// editor until the user closes it. A report that goes after 8 s is too short to read on a phone, and
// then the notes were gone.

export interface KeptNotes {
  /** Where the draft came from, as the panel's heading says it: "tệp «x.docx»", "nội dung dán". */
  from: string;
  notes: readonly string[];
}

class ImportNotes {
  #byDoc = $state<Record<string, KeptNotes>>({});

  /** Keeps a new draft's notes (none: nothing to show). */
  keep(docId: string, from: string, notes: readonly string[]): void {
    if (notes.length > 0) this.#byDoc = { ...this.#byDoc, [docId]: { from, notes: [...notes] } };
  }

  of(docId: string): KeptNotes | undefined {
    return this.#byDoc[docId];
  }

  /** "Đóng ghi chú": gone for this document. */
  dismiss(docId: string): void {
    const { [docId]: _gone, ...rest } = this.#byDoc;
    this.#byDoc = rest;
  }
}

export const importNotes = new ImportNotes();

/** The report after a draft is made: the notes themselves wait in the editor. */
export function createdMessage(from: string, notes: readonly string[]): string {
  const more = notes.length > 0 ? ` Có ${notes.length} ghi chú khi đọc văn bản, xem ở đầu trang soạn thảo.` : '';
  return `Đã tạo văn bản mới từ ${from}.${more}`;
}
