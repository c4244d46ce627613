// A save's parts yield to the page between them, except while the page is going away.
import { afterEach, describe, expect, it } from 'vitest';
import { hurrySaves, nextSaveTask } from '../../../src/storage/save-tasks.ts';

const g = globalThis as { scheduler?: { yield?: () => Promise<void> } };

describe('save tasks', () => {
  afterEach(() => {
    delete g.scheduler;
    hurrySaves(false);
  });

  it('goes on at once where the platform cannot yield (Node, older browsers)', async () => {
    let done = false;
    void nextSaveTask().then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(true);
  });

  it('waits for the platform’s next task, and a page going away lets every waiting part go at once', async () => {
    const held: (() => void)[] = [];
    g.scheduler = { yield: () => new Promise<void>((r) => held.push(r)) };
    const order: string[] = [];
    void nextSaveTask().then(() => order.push('a'));
    void nextSaveTask().then(() => order.push('b'));
    await Promise.resolve();
    expect(order).toEqual([]);
    held[0]!();
    await new Promise((r) => setTimeout(r, 0));
    expect(order).toEqual(['a']);
    hurrySaves(true);
    await new Promise((r) => setTimeout(r, 0));
    expect(order).toEqual(['a', 'b']);
    // While it goes, a new part does not wait at all; once the page is back, parts yield again.
    void nextSaveTask().then(() => order.push('c'));
    await Promise.resolve();
    expect(order).toEqual(['a', 'b', 'c']);
    hurrySaves(false);
    void nextSaveTask().then(() => order.push('d'));
    await new Promise((r) => setTimeout(r, 0));
    expect(order).toEqual(['a', 'b', 'c']);
    held.at(-1)!();
    await new Promise((r) => setTimeout(r, 0));
    expect(order).toEqual(['a', 'b', 'c', 'd']);
  });
});
