// Imported by the generated service worker (vite.config.ts: workbox.importScripts, built to
// /share-target.js as a classic script): answers the share sheet's POST to SHARE_ACTION before
// Workbox's routes, which serve GET only. See share-target.ts for the whole way of a shared file.
import { receiveShare, SHARE_ACTION, SHARE_CACHE } from './share-target.ts';

/** The service worker's fetch event, typed here: the project's TypeScript lib is the DOM's. */
interface FetchEventLike extends Event {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}

const worker = self as unknown as { addEventListener(type: 'fetch', listener: (event: FetchEventLike) => void): void };

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'POST' || url.origin !== self.location.origin || url.pathname !== SHARE_ACTION) return;
  event.respondWith(
    caches.open(SHARE_CACHE).then((cache) => receiveShare(request, cache, () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`)),
  );
});
