// The outline drawn in runs of blocks. Each run is a box the browser may skip while it is off
// screen (content-visibility in editor.css): a 100-page body has a thousand text boxes, each a
// layer of its own, and walking them all on every frame made a keystroke cost grow with the
// document. Runs, not single blocks, because the browser watches each skippable box, and a
// thousand watched boxes cost as much again.

/** Blocks per run: a few screens of a phone. */
export const CHUNK_SIZE = 40;

export interface Chunk<B> {
  /** Index of the run's first block in the body. */
  start: number;
  blocks: B[];
}

/**
 * The body cut into runs. A run whose blocks are the same objects as in `previous` is handed back
 * as it was, so typing in one block redraws one run.
 */
export function chunkBlocks<B>(blocks: readonly B[], previous: readonly Chunk<B>[] = [], size = CHUNK_SIZE): Chunk<B>[] {
  const out: Chunk<B>[] = [];
  for (let start = 0, k = 0; start < blocks.length; start += size, k++) {
    const slice = blocks.slice(start, start + size);
    const old = previous[k];
    const same = old !== undefined && old.start === start && old.blocks.length === slice.length && old.blocks.every((b, j) => b === slice[j]);
    out.push(same ? old : { start, blocks: slice });
  }
  return out;
}
