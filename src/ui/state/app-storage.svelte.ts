// The one storage connection of this tab, opened at start-up; screens wait on `ready()`.
import { openStorage, type Storage } from '../../storage/index.ts';
import { errorMessage } from './notices.svelte.ts';

/** True only in the browser tests' builds (vite.config.ts): storage then takes their fault switches. */
declare const __SOAN_TEST_HOOKS__: boolean;

async function open(): Promise<Storage> {
  return openStorage(__SOAN_TEST_HOOKS__ ? (await import('../test-hooks.ts')).storageTestOptions() : {});
}

class AppStorage {
  /** Set when the database could not be opened (private mode, storage disabled, a newer version…). */
  error = $state('');
  #storage: Promise<Storage> | null = null;

  ready(): Promise<Storage> {
    this.#storage ??= open().catch((e: unknown) => {
      this.error = `Không mở được kho văn bản trên máy này: ${errorMessage(e)}`;
      throw e;
    });
    return this.#storage;
  }
}

export const appStorage = new AppStorage();
