// A document that arrives as a file — "Mở tệp", a file dropped on the list, "Open with", the share
// sheet — becomes a new draft and opens in the editor. Loaded on first use with the reader behind it
// (core openFile): the list's first load has no room for either.
import { openFile, OpenFileError, type OpenedFile } from '../../core/import/open-file.ts';
import { SHARE_CACHE, takeShared } from '../../pwa/share-target.ts';
import { appStorage } from './app-storage.svelte.ts';
import { createdMessage } from './import-notes.ts';
import { errorMessage, notices } from './notices.svelte.ts';
import { write } from './pending-writes.ts';
import { router } from './router.svelte.ts';

/** A file as the picker, a drop, `launchQueue` or the share target hands it over. */
export interface IncomingFile {
  name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** The file read into a draft and its notes, or null after saying in the alert why it cannot be. */
async function read(file: IncomingFile): Promise<OpenedFile | null> {
  try {
    return openFile(new Uint8Array(await file.arrayBuffer()), file.name);
  } catch (e) {
    // The reader's refusals are one sentence naming the file; anything else is still said, never lost.
    notices.fail(e instanceof OpenFileError ? e.message : `Không mở được tệp «${file.name}»: ${errorMessage(e)}`);
    return null;
  }
}

/**
 * One of our own files edited in Word since: the user picks the text as Word shows it or the app's
 * exact copy. Cancelled, nothing is opened (null).
 */
async function chooseDraft(opened: OpenedFile, fileName: string): Promise<Pick<OpenedFile, 'vanBan' | 'notes'> | null> {
  if (!opened.editedInWord) return opened;
  const { askEditedInWord } = await import('./ask-edited-in-word.ts');
  const choice = await askEditedInWord(fileName);
  if (choice === 'word') return opened.editedInWord;
  if (choice === 'app') return opened;
  notices.say(`Chưa mở tệp «${fileName}».`);
  return null;
}

/**
 * Reads `file`, stores it as a new draft with its "Trước khi nhập" version and opens it in the
 * editor, its import notes kept at the top of the editor until closed. A file that cannot be read changes nothing.
 * Resolves to the new document's id, or null when nothing was created (the alert says why).
 */
export async function openAsDraft(file: IncomingFile): Promise<string | null> {
  const fromFile = await read(file);
  if (!fromFile) return null;
  const opened = await chooseDraft(fromFile, file.name);
  if (!opened) return null;
  const record = await write(`Không lưu được văn bản mở từ tệp «${file.name}»`, async () =>
    (await appStorage.ready()).documents.createFromFile(opened.vanBan, opened.notes),
  );
  if (!record) return null;
  notices.say(createdMessage(`tệp «${file.name}»`, opened.notes));
  router.go({ name: 'editor', id: record.id });
  return record.id;
}

/**
 * The file the share sheet handed to the service worker (src/pwa/share-target.ts): taken out of
 * Cache Storage (the copy goes) and opened as a new draft. Without it, back to the list, saying why.
 */
export async function openShared(key: string): Promise<string | null> {
  let file: IncomingFile | null;
  try {
    file = await takeShared(await caches.open(SHARE_CACHE), key);
  } catch (e) {
    notices.fail(`Không đọc được tệp được chia sẻ: ${errorMessage(e)}`);
    file = null;
  }
  if (!file && !notices.error) notices.fail('Không còn tệp được chia sẻ để mở (có thể đã mở rồi). Hãy chia sẻ lại tệp vào ứng dụng.');
  const id = file ? await openAsDraft(file) : null;
  if (!id) router.go({ name: 'list' });
  return id;
}
