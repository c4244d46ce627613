// The one storage connection of this tab, opened at start-up; screens wait on `ready()`.
import { databaseExists, openStorage, type Storage } from '../../storage/index.ts';
import { errorMessage } from './notices.svelte.ts';
import { upgradeElsewhere } from './upgrade-elsewhere.svelte.ts';

/** True only in the browser tests' builds (vite.config.ts): storage then takes their fault switches. */
declare const __SOAN_TEST_HOOKS__: boolean;

async function open(onBlocked: () => void): Promise<Storage> {
  const hooks = __SOAN_TEST_HOOKS__ ? (await import('../test-hooks.ts')).storageTestOptions() : {};
  const storage = await openStorage({ ...hooks, onBlocked });
  upgradeElsewhere.watch(storage);
  return storage;
}

class AppStorage {
  /** Set when the database could not be opened (private mode, storage disabled, a newer version…). */
  error = $state('');
  /** This (newer) version waits for another tab to save and let go of the older database. */
  blocked = $state(false);
  #storage: Promise<Storage> | null = null;
  #newDevice: Promise<boolean> | null = null;

  /**
   * True when this device has no database yet and nothing has opened one: a first visit, whose setup
   * screen then shows without creating it (the setup's end does). Asked only of a page no service
   * worker controls: listing the databases cost a returning user's start about 150 ms at 4×.
   */
  newDevice(): Promise<boolean> {
    this.#newDevice ??=
      navigator.serviceWorker?.controller || this.#storage || typeof indexedDB === 'undefined'
        ? Promise.resolve(false)
        : databaseExists(indexedDB).then((exists) => exists === false && this.#storage === null);
    return this.#newDevice;
  }

  ready(): Promise<Storage> {
    this.#storage ??= open(() => (this.blocked = true)).catch((e: unknown) => {
      this.error = `Không mở được kho văn bản trên máy này: ${errorMessage(e)}`;
      throw e;
    });
    return this.#storage;
  }
}

export const appStorage = new AppStorage();
