// The parts of a save (the schema's check, the search words, the write) each go in a task of their
// own, so that a key typed meanwhile is handled between them: at 4× on a phone each part of a long
// document with tables takes tens of milliseconds. While the page is being hidden or closed there is
// no later: then each part follows the last at once, before the page stops.

interface YieldingScheduler {
  yield?: () => Promise<void>;
}

const waiting = new Set<() => void>();
let hurrying = false;

/** Resolves in a new task where the platform can yield (Chromium's scheduler.yield), else at once. */
export function nextSaveTask(): Promise<void> {
  const s = (globalThis as { scheduler?: YieldingScheduler }).scheduler;
  if (hurrying || !s?.yield) return Promise.resolve();
  return new Promise((resolve) => {
    const go = () => {
      if (waiting.delete(go)) resolve();
    };
    waiting.add(go);
    void s.yield!().then(go, go);
  });
}

/** The page is going away (true) or back (false): while it goes, saves do not wait. */
export function hurrySaves(on: boolean): void {
  hurrying = on;
  if (on) for (const go of [...waiting]) go();
}
