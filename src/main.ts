import { mount } from 'svelte';
import App from './ui/App.svelte';
import { pwa } from './ui/state/pwa.svelte.ts';
import { router } from './ui/state/router.svelte.ts';
import { warnBeforeUnload } from './ui/state/save-guard.ts';
import './ui/app.css';

const target = document.getElementById('app');
if (!target) throw new Error('#app missing from index.html');
// The tab asks before closing while anything is unsaved: the editors' autosave and the list's writes
// (src/ui/state/pending-writes.ts) register with the save guard. pwa.start() registers the service
// worker once the app is usable, and with it the same guard, which an update waits for.
warnBeforeUnload(window);
router.start();
pwa.start();
export default mount(App, { target });
