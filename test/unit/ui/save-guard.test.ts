// Whatever holds unsaved work registers with the save guard: the update's flushAll() rejects while
// any of it fails, and closing the tab asks exactly while something is unsaved.
import { describe, expect, it } from 'vitest';
import { anythingUnsaved, flushAll, guardUnsaved, warnBeforeUnload } from '../../../src/ui/state/save-guard.ts';

/** Node's Event has a read-only returnValue; the browser's BeforeUnloadEvent lets it be set. */
class BeforeUnload extends Event {
  override returnValue: boolean = true;
}

function beforeUnloadTarget() {
  const target = new EventTarget();
  warnBeforeUnload(target as unknown as Window);
  return () => {
    const e = new BeforeUnload('beforeunload', { cancelable: true });
    target.dispatchEvent(e);
    return e.defaultPrevented;
  };
}

describe('save guard', () => {
  it('flushAll rejects with the failure when any registered work cannot be saved, and resolves once all can', async () => {
    let fail = true;
    const a = guardUnsaved({ flush: async () => {}, unsaved: () => false });
    const b = guardUnsaved({
      flush: async () => {
        if (fail) throw new Error('Bộ nhớ của trình duyệt đã đầy');
      },
      unsaved: () => fail,
    });
    await expect(flushAll()).rejects.toThrow('Bộ nhớ của trình duyệt đã đầy');
    fail = false;
    await expect(flushAll()).resolves.toBeUndefined();
    a();
    b();
  });

  it('the browser asks before closing only while something is unsaved', () => {
    const close = beforeUnloadTarget();
    expect(close()).toBe(false);
    let unsaved = true;
    const remove = guardUnsaved({ flush: async () => {}, unsaved: () => unsaved });
    expect(anythingUnsaved()).toBe(true);
    expect(close()).toBe(true);
    unsaved = false;
    expect(close()).toBe(false);
    unsaved = true;
    remove();
    // Gone with its screen: no longer asked about.
    expect(close()).toBe(false);
  });
});
