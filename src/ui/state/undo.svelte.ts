// The list's "Hoàn tác" after a delete: kept apart from the row actions, which load on the first tap.

/** The last delete, undoable until the next action. */
class Undo {
  label = $state('');
  #run: (() => Promise<void>) | null = null;

  offer(label: string, run: () => Promise<void>): void {
    this.label = label;
    this.#run = run;
  }

  clear(): void {
    this.label = '';
    this.#run = null;
  }

  async run(): Promise<void> {
    const run = this.#run;
    this.clear();
    await run?.();
  }
}

export const undo = new Undo();
