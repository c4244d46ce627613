// Documents attached to the main one in copied text: an issued regulation (Mẫu 1.3), which repeats
// the agency and national-title header, or an appendix opening "Phụ lục I" (Mẫu 2.1). Each is cut
// off the end of the text and read on its own; lines the layout prints itself (the header, the
// "(Ban hành kèm theo …)" line, the repeated signer) go to the notes, so nothing is lost.
import type { KemTheo } from '../model/van-ban.ts';
import { lowerVi } from '../text/normalize.ts';
import { importBody } from './import-body.ts';
import { isQuocHieu, isTieuNgu, isUpperLine, quyenHanLine } from './line-kinds.ts';

const PHU_LUC = /^(?:Phụ lục|PHỤ LỤC)(?:\s+(?:[IVXLC]+|\d{1,3}))?\s*[.:]?$/u;
const KEM_THEO_LINE = /^\((?:Ban hành )?[Kk]èm theo\b.*\)$/u;

export interface TachKemTheo {
  /** The main document's lines. */
  chinh: string[];
  kemTheo: KemTheo[];
  notes: string[];
}

/** Where an attachment starts: its header's first line, or the "Phụ lục" line. */
function attachmentStarts(lines: readonly string[]): number[] {
  const starts: number[] = [];
  const firstQuocHieu = lines.findIndex(isQuocHieu);
  lines.forEach((line, i) => {
    if (i > 0 && PHU_LUC.test(line)) starts.push(i);
    else if (isQuocHieu(line) && firstQuocHieu >= 0 && i > firstQuocHieu + 2) {
      // The agency lines of the repeated header stand just above the national title.
      let s = i;
      while (s > 0 && isUpperLine(lines[s - 1]!) && !quyenHanLine(lines[s - 1]!)) s--;
      starts.push(s);
    }
  });
  return starts;
}

/** "QUY CHẾ" → "Quy chế": the model keeps the type name as written in running text. */
function sentenceCase(s: string): string {
  const lower = lowerVi(s);
  return lower.charAt(0).toLocaleUpperCase('vi-VN') + lower.slice(1);
}

/** A signer block at the end (authority, titles, name): the layout repeats the main document's. */
function trailingSigner(lines: readonly string[]): number {
  let i = lines.length;
  if (i > 0 && !isUpperLine(lines[i - 1]!) && lines[i - 1]!.length <= 60 && !/[.;:]$/.test(lines[i - 1]!)) i--;
  const nameAt = i;
  while (i > 0 && isUpperLine(lines[i - 1]!)) i--;
  // Only a block that has title lines and starts with an authority or a title counts.
  return i < nameAt && (quyenHanLine(lines[i]!) !== null || nameAt - i <= 3) ? i : lines.length;
}

function readAttachment(lines: readonly string[], notes: string[]): KemTheo {
  let i = 0;
  const skip = (why: string) => notes.push(`Dòng «${lines[i]}» ${why}`);
  if (PHU_LUC.test(lines[0]!)) {
    skip('do bố cục tự in (phụ lục được đánh số tự động)');
    i++;
    const ten = lines[i] && isUpperLine(lines[i]!) ? lines[i++]! : '';
    if (lines[i] && KEM_THEO_LINE.test(lines[i]!)) (skip('do bố cục tự in từ số, ngày của văn bản'), i++);
    return { kieu: 'phu-luc', ten: ten ? sentenceCase(ten) : '', trichYeu: '', noiDung: importBody(withoutEndMark(lines.slice(i)).join('\n')) };
  }
  // Header of an issued regulation: agency lines, national title and motto.
  while (i < lines.length && (isUpperLine(lines[i]!) || isTieuNgu(lines[i]!)) && !isQuocHieu(lines[i]!)) (skip('(đầu văn bản kèm theo) do bố cục tự in'), i++);
  while (i < lines.length && (isQuocHieu(lines[i]!) || isTieuNgu(lines[i]!))) (skip('do bố cục tự in'), i++);
  const ten = lines[i] && isUpperLine(lines[i]!) ? lines[i++]! : '';
  const trichYeu: string[] = [];
  while (i < lines.length && !KEM_THEO_LINE.test(lines[i]!) && trichYeu.length < 2 && !isUpperLine(lines[i]!)) trichYeu.push(lines[i++]!);
  if (lines[i] && KEM_THEO_LINE.test(lines[i]!)) (skip('do bố cục tự in từ số, ngày của văn bản'), i++);
  const end = trailingSigner(lines.slice(i)) + i;
  for (const l of lines.slice(end)) notes.push(`Dòng «${l}» của khối chữ ký văn bản kèm theo: bố cục in lại người ký của văn bản chính`);
  const body = withoutEndMark(lines.slice(i, end));
  return { kieu: 'ban-hanh', ten: ten ? sentenceCase(ten) : '', trichYeu: trichYeu.join(' '), noiDung: importBody(body.join('\n')) };
}

/** The layout puts "./." after an attachment's last paragraph itself. */
function withoutEndMark(body: string[]): string[] {
  const out = [...body];
  const last = out.length - 1;
  if (last >= 0) out[last] = out[last]!.replace(/\s*\.\/\.\s*$/, '');
  return out;
}

/** Cuts the attached documents off the end of the text. */
export function tachKemTheo(lines: readonly string[]): TachKemTheo {
  const starts = attachmentStarts(lines);
  const notes: string[] = [];
  if (starts.length === 0) return { chinh: [...lines], kemTheo: [], notes };
  const bounds = [...starts, lines.length];
  const kemTheo = starts.map((s, k) => readAttachment(lines.slice(s, bounds[k + 1]), notes));
  return { chinh: lines.slice(0, starts[0]), kemTheo, notes };
}
