// Only in the builds the browser tests make (SOAN_TEST_HOOKS=1, see vite.config.ts and
// test/helpers/build.ts): switches a test reaches through `window.__soanTest` to make storage fail as
// a full disk does, so it can show that nothing typed is lost. A production build contains none of
// this: the flag is the constant false there and the import of this file is dropped with it.
import type { StorageOptions } from '../storage/index.ts';

export interface SoanTestHooks {
  /** While true every IndexedDB write fails with QuotaExceededError, as on a full disk. */
  fillDisk(full: boolean): void;
}

declare global {
  interface Window {
    __soanTest?: SoanTestHooks;
  }
}

export function storageTestOptions(): Pick<StorageOptions, 'simulateWriteFault'> {
  let full = false;
  window.__soanTest = { fillDisk: (f) => void (full = f) };
  return {
    simulateWriteFault: () => (full ? new DOMException('Simulated by the browser tests: the quota has been exceeded.', 'QuotaExceededError') : null),
  };
}
