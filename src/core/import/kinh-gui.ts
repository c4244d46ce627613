// Kính gửi (ô 9a, the addressees): "Kính gửi: Bộ Nội vụ" on one line, or "Kính gửi:" followed by
// one "- …;" line per addressee, the last ending with ".".
import { endsLikeSentence, kinhGuiRest } from './line-kinds.ts';
import { splitMarker } from './marker.ts';

function dashItem(line: string): string | null {
  const { capDo, text } = splitMarker(line);
  return capDo === 'gach' ? text : null;
}

/** Null when the line at `start` is not a Kính gửi line. Punctuation of each item stays as typed. */
export function readKinhGui(lines: readonly string[], start: number): { kinhGui: string[]; next: number } | null {
  const first = lines[start];
  const rest = first === undefined ? null : kinhGuiRest(first);
  if (rest === null) return null;
  let i = start + 1;
  const items: string[] = [];
  if (rest.length > 0) {
    const item = dashItem(rest);
    items.push(item ?? rest);
    // A one-line "Kính gửi: Bộ Nội vụ" ends there; "Kính gửi: - A;" opens a list.
    if (item === null || !rest.endsWith(';')) return { kinhGui: items, next: i };
  } else if (i < lines.length && dashItem(lines[i]!) === null) {
    // "Kính gửi:" with the only addressee on the next line, without a dash.
    const only = lines[i]!;
    if (only.length <= 150 && !only.endsWith(':') && splitMarker(only).capDo === 'doan') {
      return { kinhGui: [only], next: i + 1 };
    }
    return { kinhGui: [], next: i };
  }
  // Dash items follow until one ends the list with "." (or anything but ";").
  while (i < lines.length) {
    const item = dashItem(lines[i]!);
    if (item === null) break;
    items.push(item);
    i += 1;
    if (endsLikeSentence(item) && !item.endsWith(';')) break;
  }
  return { kinhGui: items, next: i };
}
