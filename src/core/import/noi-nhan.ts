// Nơi nhận (ô 9b, the distribution list): "Nơi nhận:" then one "- …;" line per recipient,
// the last being "- Lưu: VT, …." Items are stored without the dash.
import { endsLikeSentence, isUpperLine, noiNhanRest, quyenHanLine } from './line-kinds.ts';
import { splitMarker } from './marker.ts';

function dashItem(line: string): string | null {
  const { capDo, text } = splitMarker(line);
  return capDo === 'gach' ? text : null;
}

/**
 * Null when `start` is not the "Nơi nhận:" label. A line without a dash continues the item above it
 * when that item has not ended ("- Thường trực Đảng ủy," / "HĐND xã;"), as a PDF copy wraps it.
 */
export function readNoiNhan(lines: readonly string[], start: number): { noiNhan: string[]; next: number } | null {
  const label = lines[start];
  const rest = label === undefined ? null : noiNhanRest(label);
  if (rest === null) return null;
  const items: string[] = rest.length > 0 ? [dashItem(rest) ?? rest] : [];
  let i = start + 1;
  while (i < lines.length) {
    const line = lines[i]!;
    const item = dashItem(line);
    if (item !== null) {
      items.push(item);
    } else {
      const last = items[items.length - 1];
      const wraps =
        last !== undefined &&
        !endsLikeSentence(last) &&
        !isUpperLine(line) &&
        quyenHanLine(line) === null &&
        noiNhanRest(line) === null;
      if (!wraps) break;
      items[items.length - 1] = `${last} ${line}`;
    }
    i += 1;
  }
  return { noiNhan: items, next: i };
}
