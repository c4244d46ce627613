import { mount } from 'svelte';
import App from './ui/App.svelte';
import { pwa } from './ui/state/pwa.svelte.ts';
import './ui/app.css';

const target = document.getElementById('app');
if (!target) throw new Error('#app missing from index.html');
pwa.start();
export default mount(App, { target });
