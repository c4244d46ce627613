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
  /** Each block's computed marker ("1.", "a)") and the number of its first footnote. */
  markers: string[];
  noteStarts: number[];
}

/** What the body's numbering gives each block, by index in the body. */
export interface BlockLabels {
  markers: readonly string[];
  noteStarts: readonly number[];
}

const NO_LABELS: BlockLabels = { markers: [], noteStarts: [] };

const sameList = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The body cut into runs, each with its blocks' markers and footnote numbers. A run whose blocks
 * are the same objects as in `previous`, with the same labels, is handed back as it was: typing in
 * one block redraws one run, and no block of another run even looks at what changed.
 */
export function chunkBlocks<B>(blocks: readonly B[], previous: readonly Chunk<B>[] = [], size = CHUNK_SIZE, labels: BlockLabels = NO_LABELS): Chunk<B>[] {
  const out: Chunk<B>[] = [];
  for (let start = 0, k = 0; start < blocks.length; start += size, k++) {
    const slice = blocks.slice(start, start + size);
    const markers = labels.markers.slice(start, start + size);
    const noteStarts = labels.noteStarts.slice(start, start + size);
    const old = previous[k];
    const same = old !== undefined && old.start === start && sameList(old.blocks, slice) && sameList(old.markers, markers) && sameList(old.noteStarts, noteStarts);
    out.push(same ? old : { start, blocks: slice, markers, noteStarts });
  }
  return out;
}
