// "Open with Soạn văn bản" (desktop Chrome and Edge, the installed app; manifest file_handlers): the
// browser hands the chosen files to `window.launchQueue`, which keeps them until a consumer is set, so
// this loads after the first screen like the rest of the app's extras. Each file opens as "Mở tệp" does.
import type { IncomingFile } from './open-file.ts';

/** What `launchQueue` hands over (WICG File Handling); typed here, the DOM lib does not have it yet. */
export interface LaunchParams {
  readonly files: readonly { getFile(): Promise<IncomingFile> }[];
}
export interface LaunchQueue {
  setConsumer(consumer: (params: LaunchParams) => unknown): void;
}

/**
 * Takes every launch's files from `queue` (none where the browser has no launchQueue) and opens them
 * one after another with `open`; a file that cannot be read from the launch is said (`fail`), not
 * dropped. Returns the consumer's work for each launch so far (for the tests), or null without a queue.
 */
export function consumeLaunches(
  queue: LaunchQueue | undefined,
  open: (file: IncomingFile) => Promise<unknown>,
  fail: (message: string) => void,
): Promise<void>[] | null {
  if (!queue) return null;
  const runs: Promise<void>[] = [];
  // Launches follow one another too: each file's draft opens after the one before it.
  let last: Promise<void> = Promise.resolve();
  queue.setConsumer((params) => {
    last = last.then(async () => {
      for (const handle of params.files) {
        let file: IncomingFile;
        try {
          file = await handle.getFile();
        } catch (e) {
          fail(`Không đọc được tệp được mở bằng ứng dụng: ${e instanceof Error ? e.message : String(e)}`);
          continue;
        }
        await open(file);
      }
    });
    runs.push(last);
    return last;
  });
  return runs;
}
