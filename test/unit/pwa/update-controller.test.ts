// The update flow's one promise: the page reloads only after the app's save has finished, and not at all
// when it fails.
import { describe, expect, it } from 'vitest';
import {
  SAVE_FAILED,
  saveFailedMessage,
  UpdateController,
  type ServiceWorkerHandle,
  type SwEvent,
} from '../../../src/pwa/update-controller.ts';

type Type = 'waiting' | 'controlling' | 'activated';

function fakeWorkbox() {
  const listeners = new Map<Type, ((e: SwEvent) => void)[]>();
  const log: string[] = [];
  const sw: ServiceWorkerHandle = {
    addEventListener: (type, fn) => listeners.set(type, [...(listeners.get(type) ?? []), fn]),
    messageSkipWaiting: () => log.push('skipWaiting'),
    update: async () => {
      log.push('update');
    },
  };
  const fire = (type: Type, e: SwEvent = {}) => listeners.get(type)?.forEach((fn) => fn(e));
  return { sw, fire, log };
}

function deferred() {
  let resolve!: () => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

function setup(beforeReload: () => Promise<void>) {
  const wb = fakeWorkbox();
  const seen = { needRefresh: 0, offlineReady: 0, errors: [] as string[] };
  const controller = new UpdateController({
    sw: wb.sw,
    beforeReload: async () => {
      wb.log.push('save');
      await beforeReload();
      wb.log.push('saved');
    },
    reload: () => wb.log.push('reload'),
    events: {
      needRefresh: () => seen.needRefresh++,
      offlineReady: () => seen.offlineReady++,
      error: (m) => seen.errors.push(m),
    },
  });
  return { controller, ...wb, seen };
}

describe('UpdateController', () => {
  it('reports a waiting version and the first install, not an update activating', () => {
    const t = setup(async () => {});
    t.fire('waiting');
    t.fire('activated', { isUpdate: false });
    t.fire('activated', { isUpdate: true });
    t.fire('activated', { isExternal: true });
    expect(t.seen).toEqual({ needRefresh: 1, offlineReady: 1, errors: [] });
  });

  it('asks the waiting worker to take over only after the save settles', async () => {
    const save = deferred();
    const t = setup(() => save.promise);
    const accepted = t.controller.accept();
    await tick();
    expect(t.log).toEqual(['save']);
    save.resolve();
    expect(await accepted).toBe(true);
    expect(t.log).toEqual(['save', 'saved', 'skipWaiting']);
  });

  it('saves again when the new worker takes control, then reloads', async () => {
    const t = setup(async () => {});
    await t.controller.accept();
    t.fire('controlling');
    await tick();
    expect(t.log).toEqual(['save', 'saved', 'skipWaiting', 'save', 'saved', 'reload']);
  });

  it('never reloads while a save is pending, even when another tab activated the update', async () => {
    const save = deferred();
    const t = setup(() => save.promise);
    t.fire('controlling', { isExternal: true });
    await tick();
    expect(t.log).not.toContain('reload');
    save.resolve();
    await tick();
    expect(t.log.at(-1)).toBe('reload');
  });

  it('keeps the page and tells the user why when saving fails', async () => {
    const t = setup(async () => {
      throw new Error('Bộ nhớ của trình duyệt đã đầy.');
    });
    expect(await t.controller.accept()).toBe(false);
    t.fire('controlling');
    await tick();
    expect(t.log).not.toContain('skipWaiting');
    expect(t.log).not.toContain('reload');
    expect(t.seen.errors).toHaveLength(2);
    for (const m of t.seen.errors) {
      expect(m.startsWith(SAVE_FAILED)).toBe(true);
      expect(m).toContain('Bộ nhớ của trình duyệt đã đầy.');
    }
    expect(SAVE_FAILED).toBe('Chưa lưu được văn bản — chưa cập nhật.');
  });

  it('another tab took the page over while the save failed: offered again, and "Cập nhật" reloads once saved', async () => {
    let fail = true;
    const t = setup(async () => {
      if (fail) throw new Error('quota');
    });
    t.fire('controlling', { isExternal: true });
    await tick();
    expect(t.log).not.toContain('reload');
    expect(t.seen.needRefresh).toBe(1);
    expect(t.seen.errors).toEqual([saveFailedMessage(new Error('quota'))]);
    // Still failing: nothing happens.
    expect(await t.controller.accept()).toBe(false);
    expect(t.log).not.toContain('reload');
    fail = false;
    expect(await t.controller.accept()).toBe(true);
    // The new worker is active already: no skipWaiting to ask for, only the reload.
    expect(t.log).not.toContain('skipWaiting');
    expect(t.log.at(-1)).toBe('reload');
    expect(t.log.filter((l) => l === 'reload')).toHaveLength(1);
  });

  it('ignores a second press while the first is under way', async () => {
    const save = deferred();
    const t = setup(() => save.promise);
    const first = t.controller.accept();
    expect(await t.controller.accept()).toBe(false);
    save.resolve();
    expect(await first).toBe(true);
    expect(t.log.filter((l) => l === 'skipWaiting')).toHaveLength(1);
  });

  it('treats a failed update check (offline) as normal', async () => {
    const t = setup(async () => {});
    t.sw.update = async () => {
      throw new TypeError('Failed to fetch');
    };
    await expect(t.controller.check()).resolves.toBeUndefined();
  });
});
