import { describe, expect, it } from 'vitest';
import { chunkBlocks } from '../../../src/ui/editor/outline-chunks.ts';

const blocks = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `b${i}` }));

describe('outline runs', () => {
  it('cut the body into runs of the given size, every block once and in order', () => {
    const b = blocks(95);
    const chunks = chunkBlocks(b, [], 40);
    expect(chunks.map((c) => [c.start, c.blocks.length])).toEqual([[0, 40], [40, 40], [80, 15]]);
    expect(chunks.flatMap((c) => c.blocks)).toEqual(b);
    expect(chunkBlocks([], [], 40)).toEqual([]);
  });

  it('hand back the runs whose blocks did not change, so typing redraws one run', () => {
    const b = blocks(95);
    const first = chunkBlocks(b, [], 40);
    const edited = b.map((x, i) => (i === 50 ? { ...x } : x));
    const second = chunkBlocks(edited, first, 40);
    expect(second[0]).toBe(first[0]);
    expect(second[1]).not.toBe(first[1]);
    expect(second[2]).toBe(first[2]);
  });

  it('follow an inserted block into every run after it', () => {
    const b = blocks(95);
    const first = chunkBlocks(b, [], 40);
    const inserted = [...b.slice(0, 10), { id: 'new' }, ...b.slice(10)];
    const second = chunkBlocks(inserted, first, 40);
    expect(second[0]).not.toBe(first[0]);
    expect(second.flatMap((c) => c.blocks)).toEqual(inserted);
    expect(second[0]!.blocks[10]).toEqual({ id: 'new' });
  });

  it('carry each block\'s marker and first footnote number, and a run whose labels change is drawn again', () => {
    const b = blocks(95);
    const markers = b.map((_, i) => `${i + 1}.`);
    const noteStarts = b.map(() => 1);
    const first = chunkBlocks(b, [], 40, { markers, noteStarts });
    expect(first[2]!.markers).toEqual(markers.slice(80));
    expect(first[1]!.noteStarts).toHaveLength(40);
    const renumbered = markers.map((m, i) => (i === 85 ? 'a)' : m));
    const second = chunkBlocks(b, first, 40, { markers: renumbered, noteStarts });
    expect(second[0]).toBe(first[0]);
    expect(second[1]).toBe(first[1]);
    expect(second[2]).not.toBe(first[2]);
    expect(second[2]!.markers[5]).toBe('a)');
    const moreNotes = noteStarts.map((n, i) => (i >= 45 ? n + 1 : n));
    const third = chunkBlocks(b, second, 40, { markers: renumbered, noteStarts: moreNotes });
    expect(third[0]).toBe(second[0]);
    expect(third[1]).not.toBe(second[1]);
  });
});
