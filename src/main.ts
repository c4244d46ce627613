import { mount } from 'svelte';
import App from './ui/App.svelte';
import { pwa } from './ui/state/pwa.svelte.ts';
import { router } from './ui/state/router.svelte.ts';
import { appStorage } from './ui/state/app-storage.svelte.ts';
import { whenAppReady } from './ui/ready.ts';
import { warnBeforeUnload } from './ui/state/save-guard.ts';
import { openLater } from './ui/state/file-door.ts';
import type { LaunchQueue } from './ui/state/launch-files.ts';
import { errorMessage, notices } from './ui/state/notices.svelte.ts';
import './ui/app.css';

const target = document.getElementById('app');
if (!target) throw new Error('#app missing from index.html');
// The tab asks before closing while anything is unsaved: the editors' autosave and the list's writes
// (src/ui/state/pending-writes.ts) register with the save guard. pwa.start() registers the service
// worker once the app is usable, and with it the same guard, which an update waits for.
warnBeforeUnload(window);
router.start();
pwa.start();
// "Open with Soạn văn bản" (file_handlers): only where the browser has a launch queue, and loaded then,
// once the app is usable (the queue keeps a launch until a consumer is set; its chunk's fetch and
// evaluation had come in the middle of the start).
if ('launchQueue' in window) {
  const queue = (window as unknown as { launchQueue: LaunchQueue }).launchQueue;
  whenAppReady().then(() => import('./ui/state/launch-files.ts')).then(
    (m) => m.consumeLaunches(queue, openLater, (message) => notices.fail(message)),
    (e: unknown) => notices.fail(`Không nhận được tệp được mở bằng ứng dụng: ${errorMessage(e)}`),
  );
}
// Storage starts opening before the app is drawn, so IndexedDB works (off this thread) while it is;
// in a task of its own, as Dexie reads its schemas first (40 ms at 4× inside this module's evaluation).
// A failure is said by the start-up (first-run.svelte.ts), which waits on the same opening. Not on a
// device without the database: the setup screen needs none, and creating it waits for the setup's end.
setTimeout(() => {
  void appStorage.newDevice().then((isNew) => (isNew ? undefined : appStorage.ready())).catch(() => undefined);
}, 0);
// The app is drawn in a task of its own too, after this module's evaluation: one long task at start
// was two (Lighthouse's blocking time counts each one past 50 ms).
setTimeout(() => mount(App, { target }), 0);
