// List fields (Kính gửi, Nơi nhận, Căn cứ) edited as one item per line of a text box.

/** Items of the text box: blank lines dropped; a typed leading dash is the layout's, not the item's. */
export function linesToItems(text: string): string[] {
  return text
    .split(/\r\n?|\n/)
    .map((l) => l.replace(/^\s*[-–—•]\s*/, ''))
    .filter((l) => l.trim() !== '');
}

export function sameItems(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
