// Creating a document from pasted text (the "Dán văn bản" dialog), then opening it. Kept apart from
// new-document.svelte.ts so the list, which shows the dialog, does not load the templates.
import { createdMessage } from './import-notes.ts';
import { notices } from './notices.svelte.ts';
import { write } from './pending-writes.ts';
import { router } from './router.svelte.ts';
import { appStorage } from './app-storage.svelte.ts';

export interface PasteResult {
  ok: boolean;
  /** Why nothing was created, for the dialog's own alert (the page behind a modal dialog is inert). */
  error?: string;
}

/**
 * A new draft from a whole pasted document (core import), opened in the editor. `html`: the
 * clipboard's HTML when the box holds exactly what was pasted and that had a table (Word, Excel):
 * read as data (core htmlItems), it keeps merged cells that the plain text's TABs lose.
 */
export async function createFromPaste(text: string, html = ''): Promise<PasteResult> {
  if (!text.trim()) return { ok: false, error: 'Hãy dán nội dung văn bản vào ô trước.' };
  const created = await write('Không tạo được văn bản từ nội dung dán', async () => {
    const storage = await appStorage.ready();
    // The importer is a chunk of its own: most visits never paste.
    const { htmlItems, importItems, importVanBan } = await import('../../core/import/index.ts');
    return storage.documents.createFromImport(text, (t) => (html ? importItems(htmlItems(html)) : importVanBan(t)));
  });
  if (!created) {
    // Said inside the dialog instead: one announcement, from the part of the page that is not inert.
    const error = notices.error;
    notices.clear();
    return { ok: false, error };
  }
  notices.say(createdMessage('nội dung dán', created.notes));
  router.go({ name: 'editor', id: created.record.id });
  return { ok: true };
}
