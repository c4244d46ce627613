import { describe, expect, it } from 'vitest';
import { GROUP_PAUSE_MS, History } from '../../../src/ui/state/editor-history.ts';

function clock() {
  let t = 0;
  return { now: () => t, tick: (ms: number) => (t += ms) };
}

describe('undo history', () => {
  it('undoes and redoes steps in order, and a new change clears redo', () => {
    const h = new History<string>();
    h.record('a');
    h.record('b');
    expect(h.undo('c')).toBe('b');
    expect(h.undo('b')).toBe('a');
    expect(h.undo('a')).toBeNull();
    expect(h.redo('a')).toBe('b');
    h.record('b');
    expect(h.canRedo).toBe(false);
    expect(h.redo('x')).toBeNull();
  });

  it('joins keystrokes in one field into one step until a pause or another field', () => {
    const c = clock();
    const h = new History<string>(c.now);
    h.record('', 'trichYeu');
    c.tick(200);
    h.record('C', 'trichYeu');
    c.tick(200);
    h.record('Cô', 'trichYeu');
    expect(h.undo('Côn')).toBe('');
    expect(h.canUndo).toBe(false);

    h.record('', 'trichYeu');
    c.tick(GROUP_PAUSE_MS + 1);
    h.record('Một', 'trichYeu');
    c.tick(100);
    h.record('Một hai', 'so');
    expect(h.undo('Một hai 3')).toBe('Một hai');
    expect(h.undo('Một hai')).toBe('Một');
    expect(h.undo('Một')).toBe('');
  });

  it('keeps structural changes (null key) as steps of their own, and breaks a group after undo', () => {
    const c = clock();
    const h = new History<number>(c.now);
    h.record(1, null);
    h.record(2, null);
    expect(h.undo(3)).toBe(2);
    h.record(2, 'x');
    h.record(3, 'x');
    expect(h.undo(4)).toBe(2);
  });
});
