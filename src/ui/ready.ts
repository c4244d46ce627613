// The "app is usable" signal: a data-ready attribute on <html> plus a performance mark whose time counts
// from navigation start (the e2e tests and test/bench/pwa.bench.ts wait for it), and a promise for
// work that should not compete with the first screen (registering the service worker).
export const READY_MARK = 'soan:ready';

let resolveReady: () => void = () => {};
const ready = new Promise<void>((resolve) => (resolveReady = resolve));

export function markAppReady(): void {
  if (document.documentElement.dataset['ready'] === 'true') return;
  performance.mark(READY_MARK);
  document.documentElement.dataset['ready'] = 'true';
  resolveReady();
}

/**
 * Resolves once the app is usable, or after `fallbackMs` if it never says so (so the worker still
 * installs); each caller in a task of its own, after the one that made the app usable. Resolved as
 * microtasks of that task, the waiting work (the worker's registration, the trash's purge, the launch
 * queue, each with its chunk's loading) made it a first visit's longest task.
 */
export function whenAppReady(fallbackMs = 10_000): Promise<void> {
  return Promise.race([ready, new Promise<void>((resolve) => setTimeout(resolve, fallbackMs))]).then(
    () => new Promise<void>((resolve) => setTimeout(resolve, 0)),
  );
}
