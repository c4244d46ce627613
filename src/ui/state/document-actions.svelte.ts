// What a row of the list (or of the trash) can do. Each action awaits its write and says the result
// in the status region, or the failure in the alert region (pending-writes.ts).
import type { DocumentSummary } from '../../storage/index.ts';
import { summaryText } from '../list/row-text.ts';
import { appStorage } from './app-storage.svelte.ts';
import { errorMessage, notices } from './notices.svelte.ts';
import { write } from './pending-writes.ts';
import { router } from './router.svelte.ts';
import { undo } from './undo.svelte.ts';

type Row = Pick<DocumentSummary, 'id' | 'trichYeu'>;

const quoted = (s: Pick<Row, 'trichYeu'>) => `«${summaryText(s)}»`;


export function openDocument(id: string): void {
  undo.clear();
  router.go({ name: 'editor', id });
}

export async function duplicate(s: Row): Promise<void> {
  undo.clear();
  const copy = await write('Không nhân bản được văn bản', async () => (await appStorage.ready()).documents.duplicate(s.id));
  if (copy) notices.say(`Đã nhân bản ${quoted(s)}. Bản sao ở đầu danh sách.`);
}

export async function newPeriod(s: Row): Promise<void> {
  undo.clear();
  const next = await write('Không tạo được văn bản kỳ mới', async () => (await appStorage.ready()).documents.newPeriod(s.id));
  if (next) notices.say(`Đã tạo văn bản kỳ mới ${quoted(next.vanBan)} từ ${quoted(s)}: số và ngày để trống.`);
}

export async function moveToTrash(s: Row): Promise<void> {
  const done = await write('Không xóa được văn bản', async () => (await appStorage.ready()).documents.trash(s.id));
  if (!done) return;
  notices.say(`Đã chuyển ${quoted(s)} vào thùng rác.`);
  undo.offer(`Hoàn tác xóa ${quoted(s)}`, async () => {
    const back = await write('Không hoàn tác được', async () => (await appStorage.ready()).documents.restoreFromTrash(s.id));
    if (back) notices.say(`Đã đưa ${quoted(s)} trở lại danh sách.`);
  });
}

export async function restore(s: Row): Promise<void> {
  const back = await write('Không khôi phục được văn bản', async () => (await appStorage.ready()).documents.restoreFromTrash(s.id));
  if (back) notices.say(`Đã khôi phục ${quoted(s)} về danh sách văn bản.`);
}

export async function deleteForever(s: Row): Promise<void> {
  const gone = await write('Không xóa vĩnh viễn được văn bản', async () => {
    await (await appStorage.ready()).documents.deleteForever(s.id);
    return true;
  });
  if (gone) notices.say(`Đã xóa vĩnh viễn ${quoted(s)}.`);
}

/** The .docx straight from the list, through the editor's own export (warning, revision, same file). */
export async function exportDocx(s: Row): Promise<void> {
  undo.clear();
  let record;
  try {
    record = await (await appStorage.ready()).documents.get(s.id);
  } catch (e) {
    notices.fail(`Không xuất được tệp .docx: ${errorMessage(e)}`);
    return;
  }
  if (!record) {
    notices.fail(`Không xuất được tệp .docx: ${quoted(s)} không còn trên máy này.`);
    return;
  }
  const id = record.id;
  // The export path (and the .docx writer behind it) loads on the first export from the list.
  const { exportDocument } = await import('./export-document.ts');
  await exportDocument({ vanBan: record.vanBan, storedId: async () => id }, 'download');
}
