// Registers the service worker that vite-plugin-pwa generates, and keeps looking for new versions
// while the app stays open (officials leave it open for days).
import { Workbox } from 'workbox-window';
import { UpdateController, type UpdateEvents } from './update-controller.ts';

/** How often an open app asks for a new version. */
export const UPDATE_CHECK_MS = 60 * 60 * 1000;

let beforeReload: () => Promise<void> = async () => {};

/**
 * The app sets this to flush autosave. The update is applied only once it resolves; if it rejects the
 * page stays as it is and the user is told.
 */
export function setBeforeReload(fn: () => Promise<void>): void {
  beforeReload = fn;
}

/** Returns null where there is no service worker (dev server, old browsers, private modes). */
export function registerServiceWorker(events: UpdateEvents): UpdateController | null {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return null;
  const wb = new Workbox('/sw.js', { scope: '/' });
  const controller = new UpdateController({
    sw: wb,
    events,
    beforeReload: () => beforeReload(),
    reload: () => window.location.reload(),
  });
  // Called once the app is usable (src/ui/state/pwa.svelte.ts); Workbox also waits for the load event.
  wb.register().catch(() => events.error('Không bật được chế độ dùng khi không có mạng trên trình duyệt này.'));
  let lastCheck = Date.now();
  const check = () => {
    if (!navigator.onLine) return;
    lastCheck = Date.now();
    void controller.check();
  };
  setInterval(check, UPDATE_CHECK_MS);
  window.addEventListener('online', check);
  // Phones freeze background tabs, timers included: also look when the app comes back to the front.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible' && Date.now() - lastCheck > UPDATE_CHECK_MS) check();
  });
  return controller;
}
