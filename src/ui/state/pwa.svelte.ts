// What the shell shows about the app itself: network, new version, install. Components only read
// this and call its methods.
import type { UpdateController } from '../../pwa/update-controller.ts';
import { whenAppReady } from '../ready.ts';
import { flushAll } from './save-guard.ts';

/** Chromium's install event; not in lib.dom. */
interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
  readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

function isStandalone(): boolean {
  const nav = navigator as Navigator & { standalone?: boolean };
  return nav.standalone === true || window.matchMedia('(display-mode: standalone)').matches;
}

/** iPhone and iPad (which reports itself as a Mac but has touch): no install prompt, only "Add to Home Screen". */
function isIos(): boolean {
  return /iphone|ipad|ipod/i.test(navigator.userAgent) || (navigator.platform === 'MacIntel' && navigator.maxTouchPoints > 1);
}

class PwaState {
  online = $state(true);
  /** Announced once, after the first install: the app now opens with no network. */
  offlineReady = $state(false);
  needRefresh = $state(false);
  updating = $state(false);
  error = $state<string | null>(null);
  canInstall = $state(false);
  showIosHint = $state(false);

  #controller: UpdateController | null = null;
  #installEvent: BeforeInstallPromptEvent | null = null;

  start(): void {
    this.online = navigator.onLine;
    window.addEventListener('online', () => (this.online = true));
    window.addEventListener('offline', () => (this.online = false));
    window.addEventListener('beforeinstallprompt', (e) => {
      // Keep Chromium's mini-infobar away; our own button offers the install when the user wants it.
      e.preventDefault();
      this.#installEvent = e as BeforeInstallPromptEvent;
      this.canInstall = true;
    });
    window.addEventListener('appinstalled', () => {
      this.#installEvent = null;
      this.canInstall = false;
    });
    this.showIosHint = isIos() && !isStandalone();
    // The worker's install downloads every asset; on a first visit that would compete with the
    // first screen for a slow phone's CPU, so it waits until the app is usable — and so does the code
    // that registers it (workbox-window), which the first screen does not need.
    void whenAppReady().then(() => this.#register());
  }

  async #register(): Promise<void> {
    let register: typeof import('../../pwa/register.ts');
    try {
      register = await import('../../pwa/register.ts');
    } catch (e) {
      this.error = `Không bật được chế độ dùng khi không có mạng: ${String(e)}`;
      return;
    }
    // The registration in a task after the module's evaluation: together they were one of the last
    // long tasks of a first visit (35 ms in an unthrottled Lighthouse trace).
    await new Promise((resolve) => setTimeout(resolve, 0));
    // An update reloads the page only after any write in progress has finished: the editors'
    // autosave and the list's writes (src/ui/state/pending-writes.ts) register their flush with the save guard.
    register.setBeforeReload(flushAll);
    this.#controller = register.registerServiceWorker({
      needRefresh: () => (this.needRefresh = true),
      offlineReady: () => (this.offlineReady = true),
      error: (message) => (this.error = message),
    });
  }

  async acceptUpdate(): Promise<void> {
    if (!this.#controller || this.updating) return;
    this.error = null;
    this.updating = true;
    // On success the page reloads; we only get back here when saving failed.
    if (!(await this.#controller.accept())) this.updating = false;
  }

  dismissUpdate(): void {
    // The waiting version still takes over on the next start, after every tab is closed.
    this.needRefresh = false;
  }

  async install(): Promise<void> {
    const event = this.#installEvent;
    if (!event) return;
    this.#installEvent = null;
    this.canInstall = false;
    await event.prompt();
    await event.userChoice;
  }
}

export const pwa = new PwaState();
