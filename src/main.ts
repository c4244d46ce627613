import { mount } from 'svelte';
import App from './ui/App.svelte';
import { pwa } from './ui/state/pwa.svelte.ts';
import { router } from './ui/state/router.svelte.ts';
import './ui/app.css';

const target = document.getElementById('app');
if (!target) throw new Error('#app missing from index.html');
// pwa.start() registers the service worker once the app is usable, and with it the save guard that
// an update waits for (src/ui/state/save-guard.ts).
router.start();
pwa.start();
export default mount(App, { target });
