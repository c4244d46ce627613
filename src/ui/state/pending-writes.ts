// Every write the list-side screens start goes through `write()`: it is awaited, its failure is shown
// in the alert region, and an update waits for it before the page reloads and closing the tab asks
// first while it runs (save-guard).
import { guardUnsaved } from './save-guard.ts';
import { errorMessage, notices } from './notices.svelte.ts';

const pending = new Set<Promise<unknown>>();

/** Resolves once every write started so far has finished (whether it succeeded or not). */
export async function settled(): Promise<void> {
  while (pending.size > 0) await Promise.allSettled([...pending]);
}

// A failed write has been shown already and left nothing half-done, so settling is enough here.
guardUnsaved({ flush: settled, unsaved: () => pending.size > 0 });

/**
 * Run one storage write. Registered before its first await, so an update pressed in the same task
 * still waits for it. Resolves to the result, or to undefined after showing `failure: reason`.
 */
export function write<T>(failure: string, work: () => Promise<T>): Promise<T | undefined> {
  const p = (async () => {
    try {
      return await work();
    } catch (e) {
      notices.fail(`${failure}: ${errorMessage(e)}`);
      return undefined;
    }
  })();
  pending.add(p);
  void p.finally(() => pending.delete(p));
  return p;
}
