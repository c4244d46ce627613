// A keystroke in a text box reaches the document after the browser has painted it. The box already
// shows what was typed; replacing the document, the outline's reactions and autosave's bookkeeping
// can wait one frame, so the paint that answers the key (what INP measures) carries none of it. The
// text is read from the box when it is applied, so keys typed meanwhile are never lost; anything
// that reads or changes the document applies the pending text first (`settle`).

/** What is read of the box when the typing is applied. */
export interface TypedBox {
  readonly value: string;
  readonly selectionStart: number | null;
}

type Apply = (text: string, caret: number) => void;

/** What a text box needs of it: hand over a key, and take in what is pending before another edit. */
export interface TypingDoor {
  soon(box: TypedBox, apply: Apply): void;
  /** Returns whether there was pending text. */
  settle(): boolean;
}

/** The longest the text may wait when frames do not come (a hidden tab draws none). */
export const LATEST_MS = 100;

export class TypingSoon {
  #box: TypedBox | null = null;
  #apply: Apply | null = null;
  #frame: number | null = null;
  #timers: ReturnType<typeof setTimeout>[] = [];

  /** True while typed text is not in the document yet. */
  get pending(): boolean {
    return this.#box !== null;
  }

  /** A key was typed in `box`; `apply` puts the box's text into the document. */
  typed(box: TypedBox, apply: Apply): void {
    // Another box: what was typed in the first goes in now, in the order it was typed.
    if (this.#box && this.#box !== box) this.settle();
    this.#box = box;
    this.#apply = apply;
    if (this.#timers.length === 0) this.#schedule();
  }

  /** Applies the pending text now; returns whether there was any. */
  settle(): boolean {
    const box = this.#box;
    const apply = this.#apply;
    if (!box || !apply) return false;
    this.#box = null;
    this.#apply = null;
    this.#cancel();
    apply(box.value, box.selectionStart ?? box.value.length);
    return true;
  }

  #schedule(): void {
    const run = () => this.settle();
    // A timer set from an animation frame fires once that frame is painted.
    if (typeof requestAnimationFrame === 'function') this.#frame = requestAnimationFrame(() => this.#timers.push(setTimeout(run, 0)));
    else this.#timers.push(setTimeout(run, 0));
    this.#timers.push(setTimeout(run, LATEST_MS));
  }

  #cancel(): void {
    if (this.#frame !== null) cancelAnimationFrame(this.#frame);
    this.#frame = null;
    for (const t of this.#timers) clearTimeout(t);
    this.#timers = [];
  }
}
