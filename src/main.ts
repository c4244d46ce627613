import { mount } from 'svelte';
import App from './ui/App.svelte';
import { pwa } from './ui/state/pwa.svelte.ts';
import { setBeforeReload } from './pwa/register.ts';
import { router } from './ui/state/router.svelte.ts';
import { flushAll, warnBeforeUnload } from './ui/state/save-guard.ts';
import './ui/app.css';

const target = document.getElementById('app');
if (!target) throw new Error('#app missing from index.html');
// An update reloads the page only after every write has finished and succeeded, and the tab asks
// before closing while one has not: the editors' autosave and the list's writes
// (src/ui/state/pending-writes.ts) register with the save guard.
setBeforeReload(flushAll);
warnBeforeUnload(window);
router.start();
pwa.start();
export default mount(App, { target });
