// Trích yếu (the one-line summary under the type name). Word wraps a long one onto a second line,
// so up to three short lines that read as a title, not as a sentence, are joined with a space.
import { duThaoMark, endsLikeSentence, hasEndMark, isCanCu, isSectionHeading, isUpperLine, kinhGuiRest, noiNhanRest, quyenHanLine } from './line-kinds.ts';
import { splitMarker } from './marker.ts';

const MAX_LINES = 3;
const MAX_LENGTH = 300;

function readsAsTitle(line: string): boolean {
  return (
    line.length <= 250 &&
    !endsLikeSentence(line) &&
    !hasEndMark(line) &&
    !isUpperLine(line) &&
    !isCanCu(line) &&
    // A draft mark under the type name is a flag of the document, not part of its summary.
    duThaoMark(line) === undefined &&
    !isSectionHeading(line) &&
    kinhGuiRest(line) === null &&
    noiNhanRest(line) === null &&
    quyenHanLine(line) === null &&
    splitMarker(line).capDo === 'doan'
  );
}

export function readTrichYeu(lines: readonly string[], start: number): { trichYeu: string; next: number } {
  const parts: string[] = [];
  let i = start;
  while (i < lines.length && parts.length < MAX_LINES && readsAsTitle(lines[i]!)) {
    const joined = [...parts, lines[i]!].join(' ');
    if (joined.length > MAX_LENGTH) break;
    parts.push(lines[i]!);
    i += 1;
  }
  return { trichYeu: parts.join(' '), next: i };
}
