// The Android share sheet ("Chia sẻ" → Soạn văn bản, from Zalo, Gmail or Files) POSTs the file to
// SHARE_ACTION (the manifest's share_target). The service worker (share-target-sw.ts) keeps it in
// Cache Storage and sends the app to SHARED_ROUTE/<key>; the app reads it from there as a new draft
// and removes the copy. All of it works offline: nothing goes to the network.
// Shared by the worker's script and the page; no DOM, no Svelte.

/** The share target's URL (manifest share_target.action); only the service worker answers it. */
export const SHARE_ACTION = '/chia-se';
/** The form field the share sheet fills with the file(s) (manifest share_target.params.files). */
export const SHARE_FIELD = 'tep';
/** Where the shared file waits for the page. */
export const SHARE_CACHE = 'soan-tep-chia-se';
/** The app's route that opens a waiting file: #/tep-chia-se/<key>. */
export const SHARED_ROUTE = 'tep-chia-se';

/** The part of Cache Storage used here (the browser's, or a stand-in in the tests). */
export interface CacheLike {
  put(request: string, response: Response): Promise<void>;
  match(request: string): Promise<Response | undefined>;
  delete(request: string): Promise<boolean>;
}

const entryUrl = (key: string) => `${SHARE_ACTION}/${encodeURIComponent(key)}`;

/**
 * The worker's answer to the share sheet's POST: the first file kept under a new key, and a redirect
 * (303, so the app is fetched with GET from the precache) to the route that opens it. A POST without
 * a file goes to the same route with an empty key, where the app says what was missing.
 */
export async function receiveShare(request: Request, cache: CacheLike, newKey: () => string): Promise<Response> {
  const origin = new URL(request.url).origin;
  let file: File | undefined;
  try {
    file = (await request.formData()).getAll(SHARE_FIELD).find((f): f is File => typeof f !== 'string');
  } catch {
    // Not multipart form data: no file to keep; the app says so on the route.
    file = undefined;
  }
  if (!file) return Response.redirect(`${origin}/#/${SHARED_ROUTE}/`, 303);
  const key = newKey();
  const headers = { 'Content-Type': file.type || 'application/octet-stream', 'X-Ten-Tep': encodeURIComponent(file.name) };
  await cache.put(entryUrl(key), new Response(file, { headers }));
  return Response.redirect(`${origin}/#/${SHARED_ROUTE}/${encodeURIComponent(key)}`, 303);
}

/** A waiting shared file, taken out of the cache (removed there), or null when there is none. */
export async function takeShared(cache: CacheLike, key: string): Promise<{ name: string; arrayBuffer(): Promise<ArrayBuffer> } | null> {
  if (!key) return null;
  const response = await cache.match(entryUrl(key));
  if (!response) return null;
  const name = decodeURIComponent(response.headers.get('X-Ten-Tep') ?? '') || 'tệp được chia sẻ';
  const bytes = await response.arrayBuffer();
  await cache.delete(entryUrl(key));
  return { name, arrayBuffer: () => Promise.resolve(bytes) };
}
