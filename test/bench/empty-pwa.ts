// The floor under the start-up figures: an installable page with nothing in it, served and measured
// exactly as the app is. What a visit costs before any of our code runs (a new renderer, the
// navigation, the service worker's start) shows up here, so the app's own share is the difference.
// It answers the app's ready mark and has what the benchmark clicks ("Bỏ qua", the list with "Mẫu").
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PAGE = `<!doctype html>
<html lang="vi"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Trang trống</title>
<h1>Soạn văn bản</h1>
<button onclick="document.querySelector('ul').hidden = false">Bỏ qua</button>
<ul aria-label="Danh sách văn bản" hidden><li>Mẫu</li></ul>
<script>
  navigator.serviceWorker?.register('/sw.js');
  // The app marks itself ready after a frame is drawn; so does the floor.
  requestAnimationFrame(() => setTimeout(() => {
    performance.mark('soan:ready');
    document.documentElement.dataset.ready = 'true';
  }));
</script>
`;

// Caches the page on install and answers navigations from the cache, online or not.
const WORKER = `
self.addEventListener('install', (e) => e.waitUntil(caches.open('trang').then((c) => c.add('/')).then(() => self.skipWaiting())));
self.addEventListener('activate', (e) => e.waitUntil(self.clients.claim()));
self.addEventListener('fetch', (e) => { if (e.request.mode === 'navigate') e.respondWith(caches.match('/')); });
`;

/** Writes the empty app into a new temporary folder and returns the folder. */
export function writeEmptyPwa(): string {
  const dir = mkdtempSync(join(tmpdir(), 'soan-bench-empty-'));
  writeFileSync(join(dir, 'index.html'), PAGE);
  writeFileSync(join(dir, 'sw.js'), WORKER);
  return dir;
}
