// The report after a draft is made from a file or a paste. Its import notes (what the reader left out
// or changed) are kept on the record and shown at the top of its editor until closed
// (editor/ImportNotesPanel.svelte): a report that goes after 8 s is too short to read on a phone.

export function createdMessage(from: string, notes: readonly string[]): string {
  const more = notes.length > 0 ? ` Có ${notes.length} ghi chú khi đọc văn bản, xem ở đầu trang soạn thảo.` : '';
  return `Đã tạo văn bản mới từ ${from}.${more}`;
}
