// Typed text goes into the document after the key is painted, read from the box when applied, and
// anything that needs the document first takes in what is pending: no key is lost or reordered.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LATEST_MS, TypingSoon } from '../../../src/ui/state/typing-soon.ts';

/** Runs `use` with animation frames that come only when the test calls them. */
function withFrames(use: (frames: FrameRequestCallback[]) => void): void {
  const frames: FrameRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => frames.push(f));
  vi.stubGlobal('cancelAnimationFrame', () => undefined);
  try {
    use(frames);
  } finally {
    vi.unstubAllGlobals();
  }
}

const box = (value: string) => ({ value, selectionStart: value.length as number | null });

describe('TypingSoon', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('applies once after the frame, with the text the box holds then', () => {
    const apply = vi.fn();
    const t = new TypingSoon();
    const b = box('a');
    t.typed(b, apply);
    b.value = 'ab';
    t.typed(b, apply);
    b.value = 'abc';
    b.selectionStart = 1;
    expect(apply).not.toHaveBeenCalled();
    expect(t.pending).toBe(true);
    vi.advanceTimersByTime(0);
    expect(apply).toHaveBeenCalledTimes(1);
    expect(apply).toHaveBeenCalledWith('abc', 1);
    expect(t.pending).toBe(false);
    vi.runAllTimers();
    expect(apply).toHaveBeenCalledTimes(1);
  });

  it('settle applies at once, and nothing is left for the timers', () => {
    const apply = vi.fn();
    const t = new TypingSoon();
    t.typed(box('xin chào'), apply);
    expect(t.settle()).toBe(true);
    expect(apply).toHaveBeenCalledWith('xin chào', 8);
    expect(t.settle()).toBe(false);
    vi.runAllTimers();
    expect(apply).toHaveBeenCalledTimes(1);
  });

  it('typing in a second box first applies the first, in order', () => {
    const seen: string[] = [];
    const t = new TypingSoon();
    t.typed(box('một'), (v) => seen.push(`1:${v}`));
    t.typed(box('hai'), (v) => seen.push(`2:${v}`));
    expect(seen).toEqual(['1:một']);
    vi.advanceTimersByTime(0);
    expect(seen).toEqual(['1:một', '2:hai']);
  });

  it('a box with no caret applies its text with the caret at the end', () => {
    const apply = vi.fn();
    const t = new TypingSoon();
    t.typed({ value: 'abc', selectionStart: null }, apply);
    t.settle();
    expect(apply).toHaveBeenCalledWith('abc', 3);
  });

  it('applies within LATEST_MS even when no frame comes (a hidden tab)', () => {
    withFrames((frames) => {
      const apply = vi.fn();
      const t = new TypingSoon();
      t.typed(box('a'), apply);
      vi.advanceTimersByTime(LATEST_MS - 1);
      expect(apply).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(apply).toHaveBeenCalledTimes(1);
      // The frame that comes late finds nothing pending.
      frames[0]!(0);
      vi.runAllTimers();
      expect(apply).toHaveBeenCalledTimes(1);
    });
  });

  it('after a frame the text goes in on the next task, not inside the frame', () => {
    withFrames((frames) => {
      const apply = vi.fn();
      const t = new TypingSoon();
      t.typed(box('a'), apply);
      frames[0]!(0);
      expect(apply).not.toHaveBeenCalled();
      vi.advanceTimersByTime(0);
      expect(apply).toHaveBeenCalledTimes(1);
    });
  });
});
