// The rules for replacing a running app with a new version, kept free of the DOM and of workbox-window
// so a unit test can prove the order: save first, reload last, never reload while a save is pending.

/** The part of workbox-window's Workbox this controller uses. */
export interface ServiceWorkerHandle {
  addEventListener(type: 'waiting' | 'controlling' | 'activated', listener: (event: SwEvent) => void): void;
  messageSkipWaiting(): void;
  update(): Promise<unknown>;
}
export interface SwEvent {
  /** True when a previous worker existed (an update), false on the very first install. */
  isUpdate?: boolean | undefined;
  /** True when the worker came from another tab's registration or a later update check. */
  isExternal?: boolean | undefined;
}

export interface UpdateEvents {
  /** A new version is installed and waiting for the user's "Cập nhật". */
  needRefresh(): void;
  /** The first install finished: from now on the app opens with no network. */
  offlineReady(): void;
  /** Something the user must know about, in Vietnamese. */
  error(message: string): void;
}

export interface UpdateDeps {
  sw: ServiceWorkerHandle;
  events: UpdateEvents;
  /** Must resolve only once nothing unsaved remains, and reject when something could not be saved. */
  beforeReload: () => Promise<void>;
  reload: () => void;
}

export const SAVE_FAILED = 'Chưa lưu được văn bản — chưa cập nhật.';

/** What the user reads when the update waits for a save that failed: what, why, and what to do. */
export function saveFailedMessage(e: unknown): string {
  const reason = e instanceof Error && e.message ? ` ${e.message}` : '';
  return `${SAVE_FAILED}${reason} Văn bản vẫn còn trên màn hình; khi đã lưu được, bấm «Cập nhật» lần nữa.`;
}

export class UpdateController {
  #accepting = false;
  #reloading = false;
  /** The new worker controls this page already (this tab or another accepted it): only the reload is left. */
  #taken = false;

  constructor(private readonly deps: UpdateDeps) {
    deps.sw.addEventListener('waiting', () => deps.events.needRefresh());
    deps.sw.addEventListener('activated', (e) => {
      if (!e.isUpdate && !e.isExternal) deps.events.offlineReady();
    });
    // The new worker now controls this page, whether we asked for it or another tab did. Old chunks
    // are gone from its cache, so this page must reload — but only after saving.
    deps.sw.addEventListener('controlling', () => {
      this.#taken = true;
      void this.#reloadAfterSave();
    });
  }

  /** The user pressed "Cập nhật". Resolves false when nothing happened (a save failed, or already busy). */
  async accept(): Promise<boolean> {
    if (this.#accepting || this.#reloading) return false;
    this.#accepting = true;
    if (!(await this.#save())) {
      this.#accepting = false;
      return false;
    }
    if (this.#taken) {
      // Another tab's update already took this page over while its save failed; now it is saved.
      this.deps.reload();
      return true;
    }
    // The waiting worker activates, claims this page and fires 'controlling', which reloads.
    this.deps.sw.messageSkipWaiting();
    return true;
  }

  /** Asks the server for a newer sw.js; failures (offline) are normal and silent. */
  async check(): Promise<void> {
    try {
      await this.deps.sw.update();
    } catch {
      // Offline or server down: the next periodic check will try again.
    }
  }

  async #reloadAfterSave(): Promise<void> {
    if (this.#reloading) return;
    this.#reloading = true;
    // Saved again right before reloading: the user may have typed since pressing "Cập nhật".
    if (!(await this.#save())) {
      this.#reloading = false;
      this.#accepting = false;
      // Offered again (also when the user had put it off): "Cập nhật" saves and reloads.
      this.deps.events.needRefresh();
      return;
    }
    this.deps.reload();
  }

  async #save(): Promise<boolean> {
    try {
      await this.deps.beforeReload();
      return true;
    } catch (e) {
      this.deps.events.error(saveFailedMessage(e));
      return false;
    }
  }
}
