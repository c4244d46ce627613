// The editor's boxes whose text the document could not take (past a limit, a malformed number or
// date): the text stays on screen and counts as unsaved, and a copy goes to the rescue store (within
// a second, and at once when the page is hidden or the editor closes), so that even a tab closed
// anyway, or a crash, leaves it to be offered back at the next start.
import type { HeldText, Rescue } from '../../storage/index.ts';
import { errorMessage, notices } from './notices.svelte.ts';

const RESCUE_DELAY_MS = 1_000;

export class HeldBoxes {
  items = $state.raw<ReadonlyMap<string, HeldText>>(new Map());
  #closing = false;
  #timer: ReturnType<typeof setTimeout> | null = null;
  /** A rescue record of ours exists, so an empty set must clear it. */
  #written = false;

  constructor(private readonly target: () => { rescue: Rescue; docId: string } | null) {}

  get size(): number {
    return this.items.size;
  }

  get list(): HeldText[] {
    return [...this.items.values()];
  }

  /** A box reports its text held (or taken again, with null). */
  set(fieldId: string, held: HeldText | null): void {
    // Once the editor closes, boxes unmount: that takes them off the screen, not their text away.
    if (this.#closing) return;
    const before = this.items.get(fieldId);
    if (!held && !before) return;
    if (held && before && held.text === before.text && held.problem === before.problem) return;
    const next = new Map(this.items);
    if (held) next.set(fieldId, held);
    else next.delete(fieldId);
    this.items = next;
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.writeRescue(), RESCUE_DELAY_MS);
  }

  /** The editor closes: keep what is held from here on, and store it now. */
  close(): Promise<void> {
    this.#closing = true;
    return this.writeRescue();
  }

  /** Store the held texts in the rescue store (or clear ours when none is left). */
  async writeRescue(): Promise<void> {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
    const t = this.target();
    if (!t || (this.items.size === 0 && !this.#written)) return;
    try {
      if (this.items.size > 0) {
        await t.rescue.keep(t.docId, { held: this.list });
        this.#written = true;
      } else {
        await t.rescue.drop(t.docId, 'held');
        this.#written = false;
      }
    } catch (e) {
      notices.fail(`Chưa giữ được bản dự phòng của ô chưa lưu được (nội dung vẫn còn trên màn hình): ${errorMessage(e)}`);
    }
  }
}
