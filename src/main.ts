import { mount } from 'svelte';
import App from './ui/App.svelte';
import { pwa } from './ui/state/pwa.svelte.ts';
import { setBeforeReload } from './pwa/register.ts';
import { router } from './ui/state/router.svelte.ts';
import { flushAll } from './ui/state/save-guard.ts';
import './ui/app.css';

const target = document.getElementById('app');
if (!target) throw new Error('#app missing from index.html');
// An update reloads the page only after any write in progress has finished: the editors' autosave
// and the list's writes (src/ui/state/pending-writes.ts) register their flush with the save guard.
setBeforeReload(flushAll);
router.start();
pwa.start();
export default mount(App, { target });
