// What a screen needs to take a file in — the picker's types and a call that loads the reading on
// demand (state/open-file.ts, and the reader behind it, stay out of the first load).
import type { IncomingFile } from './open-file.ts';
import { errorMessage, notices } from './notices.svelte.ts';

/** The picker's choice: Word, plain text, the app's own JSON. */
export const FILE_TYPES = '.docx,.txt,.json';

/** Opens `file` as a new draft (see openAsDraft); a chunk that fails to load is said, not lost. */
export function openLater(file: IncomingFile): Promise<string | null> {
  return import('./open-file.ts')
    .then((m) => m.openAsDraft(file))
    .catch((e: unknown) => {
      notices.fail(`Không mở được tệp «${file.name}»: ${errorMessage(e)}`);
      return null;
    });
}

/** Keys already taken: the route may be seen twice (a re-render, Back), the file is opened once. */
const sharedTaken = new Set<string>();

/** The file the share sheet left with the service worker under `key`, as a new draft. */
export function openSharedLater(key: string): Promise<string | null> {
  if (sharedTaken.has(key)) return Promise.resolve(null);
  sharedTaken.add(key);
  return import('./open-file.ts')
    .then((m) => m.openShared(key))
    .catch((e: unknown) => {
      notices.fail(`Không mở được tệp được chia sẻ: ${errorMessage(e)}`);
      return null;
    });
}

/** A file input's `change`: opens the chosen file, and clears the input so the same file can come again. */
export function picked(e: Event & { currentTarget: HTMLInputElement }): void {
  const file = e.currentTarget.files?.[0];
  e.currentTarget.value = '';
  if (file) void openLater(file);
}
