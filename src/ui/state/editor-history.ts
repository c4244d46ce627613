// Undo and redo over whole document states. States are immutable (the editor replaces, never
// mutates), so keeping one costs a reference, not a copy.

/** Keystrokes in one field within this pause join one undo step, as word processors do. */
export const GROUP_PAUSE_MS = 1_000;
/** Enough for a long session; the oldest steps go first. */
export const HISTORY_LIMIT = 300;

export class History<T> {
  #past: T[] = [];
  #future: T[] = [];
  #lastKey: string | null = null;
  #lastAt = -Infinity;

  constructor(private readonly now: () => number = Date.now) {}

  get canUndo(): boolean {
    return this.#past.length > 0;
  }

  get canRedo(): boolean {
    return this.#future.length > 0;
  }

  /**
   * Call before a change, with the state it replaces. `key` names what is being typed into
   * (e.g. "trichYeu"); a change with the same key soon after the last one joins its step.
   * A null key (split, delete, fix, paste…) is always a step of its own.
   */
  record(before: T, key: string | null = null): void {
    const at = this.now();
    const joins = key !== null && key === this.#lastKey && at - this.#lastAt < GROUP_PAUSE_MS;
    this.#lastKey = key;
    this.#lastAt = at;
    this.#future = [];
    if (joins) return;
    this.#past.push(before);
    if (this.#past.length > HISTORY_LIMIT) this.#past.shift();
  }

  /** The next change starts a step of its own even if it has the same key. */
  breakGroup(): void {
    this.#lastKey = null;
  }

  /** The state to go back to, or null; `current` becomes redoable. */
  undo(current: T): T | null {
    const prev = this.#past.pop();
    if (prev === undefined) return null;
    this.#future.push(current);
    this.breakGroup();
    return prev;
  }

  redo(current: T): T | null {
    const next = this.#future.pop();
    if (next === undefined) return null;
    this.#past.push(current);
    this.breakGroup();
    return next;
  }
}
