// The preview's flow is planned again after every pause in the typing, which gives every item a
// new object even where nothing changed. Interning hands back the previous object for an item equal
// to one of the last pass, so the pages redraw and measure only what changed: typing in one block of
// a 100-page document touches that block's paragraph, not the other thousand. Items are compared by
// content, so this holds for any kind of item the plan draws (paragraph, rule, table, page break).

export class Interner<T extends object> {
  /** Last pass's objects by content, in flow order (equal items are separate objects). */
  #previous = new Map<string, T[]>();

  intern(items: readonly T[]): T[] {
    const next = new Map<string, T[]>();
    const out = items.map((item) => {
      const key = JSON.stringify(item);
      const same = this.#previous.get(key)?.shift();
      const kept = same ?? item;
      const list = next.get(key);
      if (list) list.push(kept);
      else next.set(key, [kept]);
      return kept;
    });
    this.#previous = next;
    return out;
  }
}
