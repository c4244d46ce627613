// "Sao lưu" writes every document, profile and setting (and, if asked, every kept version) to one JSON
// file; "Khôi phục" merges such a file back (storage refuses a bad one whole, with a Vietnamese reason,
// and changes nothing). When the device holds newer versions of some documents, it says so and offers
// the file's versions as copies. The work itself (backup-run.ts) loads on the first tap.
import type { BackupDocument } from '../../storage/index.ts';
import { errorMessage, notices } from './notices.svelte.ts';

type Run = typeof import('./backup-run.ts');

export class BackupState {
  busy = $state(false);
  /** The last restore's documents kept here because this device's are newer, as the file has them. */
  olderInBackup = $state.raw<BackupDocument[]>([]);

  /** "Kèm lịch sử phiên bản": the file carries every kept version too (larger). */
  includeRevisions = $state(false);

  /** The work reports its own failures; a failed load of it is said here. */
  async #run(work: (run: Run) => Promise<void>): Promise<void> {
    let run: Run;
    try {
      run = await import('./backup-run.ts');
    } catch (e) {
      notices.fail(`Không mở được phần sao lưu của ứng dụng: ${errorMessage(e)}`);
      return;
    }
    await work(run);
  }

  backup(): Promise<void> {
    return this.#run((r) => r.backup(this));
  }

  restore(file: File): Promise<void> {
    return this.#run((r) => r.restore(this, file));
  }

  /** The file's versions of the documents kept here, as new drafts beside them. */
  importCopies(): Promise<void> {
    return this.#run((r) => r.importCopies(this));
  }

  dismissCopies(): void {
    this.olderInBackup = [];
  }
}

export const backup = new BackupState();
