// The "app is usable" signal the e2e tests and test/bench/pwa.bench.ts wait for: a data-ready attribute
// on <html> plus a performance mark, whose time counts from navigation start.
export const READY_MARK = 'soan:ready';

export function markAppReady(): void {
  if (document.documentElement.dataset['ready'] === 'true') return;
  performance.mark(READY_MARK);
  document.documentElement.dataset['ready'] = 'true';
}
