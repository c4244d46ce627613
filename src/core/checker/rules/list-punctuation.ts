// End punctuation of list items (Kính gửi, Nơi nhận): ";" after each, "." after the last.

/** Punctuation a user may leave at the end of an item instead of the right one. */
const END = /\s*[;.,:]+$/u;

export function endsWith(text: string, mark: ';' | '.'): boolean {
  return text.endsWith(mark) && !(mark === '.' && text.endsWith('./.'));
}

/** The item with its end punctuation replaced by `mark` (or with none). */
export function withEnd(text: string, mark: ';' | '.' | ''): string {
  return text.replace(END, '') + mark;
}

/** Leading list dash the layout adds itself ("- "). */
export const LEADING_DASH = /^[-–—•+]\s*/u;
