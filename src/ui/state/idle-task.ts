// Work that must not sit on the input path (the checker over a whole document): it runs once the
// user has paused for `delayMs`, in the browser's idle time, and never twice for one pause. `flush`
// runs it at once when a caller needs the result now (an export asks for the error count).
type IdleHandle = { kind: 'idle' | 'timeout'; id: number };

export class IdleTask {
  #timer: ReturnType<typeof setTimeout> | undefined;
  #idle: IdleHandle | null = null;
  #pending = false;

  constructor(
    private readonly run: () => void,
    private readonly delayMs: number,
  ) {}

  get pending(): boolean {
    return this.#pending;
  }

  /** Another change: start the pause over. */
  schedule(): void {
    this.#pending = true;
    this.#cancelTimers();
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#idle = whenIdle(() => {
        this.#idle = null;
        this.flush();
      });
    }, this.delayMs);
  }

  /** Runs now if a run is due. */
  flush(): void {
    if (!this.#pending) return;
    this.#pending = false;
    this.#cancelTimers();
    this.run();
  }

  cancel(): void {
    this.#pending = false;
    this.#cancelTimers();
  }

  #cancelTimers(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#idle) cancelIdle(this.#idle);
    this.#idle = null;
  }
}

function whenIdle(fn: () => void): IdleHandle {
  // Safari has no requestIdleCallback; a macrotask after the pause is the next best thing.
  if (typeof requestIdleCallback === 'function') return { kind: 'idle', id: requestIdleCallback(fn, { timeout: 1_000 }) };
  return { kind: 'timeout', id: setTimeout(fn, 0) as unknown as number };
}

function cancelIdle(h: IdleHandle): void {
  if (h.kind === 'idle') cancelIdleCallback(h.id);
  else clearTimeout(h.id);
}
