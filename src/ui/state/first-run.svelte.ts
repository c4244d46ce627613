// Start-up: open storage and, on the very first run, put the sample report ("Mẫu") on the device and
// send the user to the organisation profile. Both facts are remembered in settings, separately, so
// closing the tab during setup neither loses the setup nor adds the sample twice.
import { SETTING_KEYS, type Storage } from '../../storage/index.ts';
import { appStorage } from './app-storage.svelte.ts';
import { inOneTabAtATime } from './tab-lock.ts';
import { errorMessage, notices } from './notices.svelte.ts';
import { router } from './router.svelte.ts';
import { documentList } from './document-list.svelte.ts';
import { write } from './pending-writes.ts';
import { whenAppReady } from '../ready.ts';

export const FIRST_RUN_KEYS = {
  done: SETTING_KEYS.firstRunDone,
  sampleId: SETTING_KEYS.sampleDocumentId,
} as const;

class Startup {
  /** 'ready' once the screens can show; 'failed' when storage could not be opened. */
  phase = $state<'starting' | 'ready' | 'failed'>('starting');
  /** True until the profile setup has been saved or skipped. */
  firstRun = $state(false);
  sampleId = $state<string | null>(null);
  /** True while the first run stores the sample, after the first screen showed. */
  samplePending = $state(false);
  /**
   * False while a new device's setup shows without the database (see newDevice in app-storage): other
   * screens wait for `openStorage()` then.
   */
  storageOpen = $state(false);
  #storage: Storage | null = null;
  /** The sample waits for the setup screen to be left (saved or skipped). */
  #sampleAfterSetup = false;

  /** The open storage; screens other than the setup render only once it is open. */
  get storage(): Storage {
    if (!this.#storage) throw new Error('storage used before start-up finished');
    return this.#storage;
  }

  async boot(): Promise<void> {
    try {
      // Storage started opening with the page (main.ts); what follows waits for the shell's frame.
      await new Promise((resolve) => setTimeout(resolve, 0));
      const first = router.route.name;
      if ((first === 'list' || first === 'setup') && (await appStorage.newDevice())) {
        this.#startOnNewDevice();
        return;
      }
      const storage = await appStorage.ready();
      this.#opened(storage);
      // The list's rows are read together with the settings, not after the list screen is drawn.
      const [done, sampleId, firstPage] = await Promise.all([
        storage.settings.get<boolean>(FIRST_RUN_KEYS.done),
        storage.settings.get<string>(FIRST_RUN_KEYS.sampleId),
        router.route.name === 'list' ? documentList.readFirstPage(storage) : undefined,
      ]);
      this.sampleId = sampleId ?? null;
      this.firstRun = done !== true;
      if (this.firstRun && router.route.name === 'list') router.replace({ name: 'setup' });
      // Not for a new user: by the time the setup is left, the sample has made it out of date.
      else if (router.route.name === 'list') documentList.seed(firstPage);
      this.phase = 'ready';
      // The sample is stored when the setup screen is left, or once another first screen is usable
      // (the list shows it as soon as it is there). Storing it loads the schemas, a long task on a
      // phone: a new user's first screen must stay quick to answer (Lighthouse's blocking time on a
      // first visit: 1060 ms with the sample stored right after the setup screen showed).
      // Not there yet after the first run (a tab closed while it was being stored): stored now.
      if (!sampleId) {
        this.samplePending = true;
        if (router.route.name === 'setup') this.#sampleAfterSetup = true;
        else void whenAppReady().then(() => this.#addSample());
      }
      // The trash promises 30 days; what is older goes once the first screen is usable: its write
      // transaction, started first, made the list's read wait for it.
      void whenAppReady().then(() => write('Không dọn được thùng rác', () => storage.documents.purgeTrash()));
    } catch (e) {
      this.#failed(e);
    }
  }

  #failed(e: unknown): void {
    notices.fail(appStorage.error || `Không mở được kho văn bản trên máy này: ${errorMessage(e)}`);
    this.phase = 'failed';
  }

  /**
   * No database on this device: nothing to read, so the setup screen shows at once, and the database
   * is created when the setup is left (or when another screen is asked for). Nothing is in the trash.
   */
  #startOnNewDevice(): void {
    this.firstRun = true;
    this.sampleId = null;
    this.samplePending = true;
    this.#sampleAfterSetup = true;
    if (router.route.name === 'list') router.replace({ name: 'setup' });
    this.phase = 'ready';
  }

  #opened(storage: Storage): void {
    this.#storage = storage;
    this.storageOpen = true;
  }

  /** Opens storage for a screen that needs it when the start left it closed (a new device's setup). */
  async openStorage(): Promise<void> {
    if (this.#storage) return;
    try {
      this.#opened(await appStorage.ready());
    } catch (e) {
      this.#failed(e);
    }
  }

  async #addSample(): Promise<void> {
    this.sampleId = await addSampleOnce().catch((e: unknown) => {
      // Without the sample the app still works; say so and carry on.
      notices.fail(`Không thêm được văn bản mẫu: ${errorMessage(e)}`);
      return null;
    });
    this.samplePending = false;
  }

  /** Stores the sample now if it waits for the setup screen to be left (the list is shown anyway). */
  sampleNow(): void {
    if (!this.#sampleAfterSetup) return;
    this.#sampleAfterSetup = false;
    void this.#addSample();
  }

  /** The profile was saved or skipped: from now on the app opens on the list. */
  async finishSetup(): Promise<void> {
    const storage = await appStorage.ready();
    this.#opened(storage);
    await storage.settings.set(FIRST_RUN_KEYS.done, true);
    this.firstRun = false;
    // Not awaited: the list comes at once and shows the sample when it is in. A tab closed before
    // then stores it on its next start (no sample id yet).
    this.sampleNow();
  }
}

/** Two tabs opened together on a new device must not both add the sample: the second finds it. */
function addSampleOnce(): Promise<string> {
  return inOneTabAtATime('soan-van-ban:mau', async () => {
    const storage = await appStorage.ready();
    return (await storage.settings.get<string>(FIRST_RUN_KEYS.sampleId)) ?? addSample();
  });
}

async function addSample(): Promise<string> {
  const storage = await appStorage.ready();
  // The sample is read by the importer, a chunk of its own that only the first run needs.
  const { mauBaoCao } = await import('../../core/samples/mau-bao-cao.ts');
  // Through the import path so the sample keeps its own number and date (a template would clear them).
  const { record } = await storage.documents.createFromImport('', () => ({ vanBan: mauBaoCao(), notes: [] }));
  await storage.settings.set(FIRST_RUN_KEYS.sampleId, record.id);
  return record.id;
}

export const startup = new Startup();
