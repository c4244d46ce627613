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

/** A capitals line that goes on a title: not a heading, a signer's line, an addressee or a draft mark. */
function continuesUpperTitle(line: string): boolean {
  return (
    line.length <= 250 &&
    isUpperLine(line) &&
    !isSectionHeading(line) &&
    duThaoMark(line) === undefined &&
    kinhGuiRest(line) === null &&
    quyenHanLine(line) === null &&
    splitMarker(line).capDo === 'doan'
  );
}

/** A form's labelled field ("Nội dung: Cho ý kiến …"): part of the form, not a summary of it. */
const LABELLED = /^\p{Lu}[\p{Ll}\s]{0,30}:\s/u;

/**
 * Under a type name the decree does not list: the rest of the title line and the capitals under it
 * ("ĐIỀU LỆ (SỬA ĐỔI, BỔ SUNG)" / "HIỆP HỘI …"), kept as printed; without them, a summary as under
 * any type name ("THÔNG TƯ" / "Quy định mức thu …"), unless the line there is a form's field.
 */
export function readTrichYeuKhac(lines: readonly string[], start: number, rest: string): { trichYeu: string; next: number } {
  const parts = rest ? [rest] : [];
  let i = start;
  while (i < lines.length && parts.length < MAX_LINES && continuesUpperTitle(lines[i]!)) {
    if ([...parts, lines[i]!].join(' ').length > MAX_LENGTH) break;
    parts.push(lines[i]!);
    i += 1;
  }
  if (parts.length > 0) return { trichYeu: parts.join(' '), next: i };
  if (LABELLED.test(lines[start] ?? '')) return { trichYeu: '', next: start };
  return readTrichYeu(lines, start);
}
