// Documents attached to the main one in copied text: an issued regulation (Mẫu 1.3), which repeats
// the agency and national-title header, or an appendix opening "Phụ lục I" (Mẫu 2.1). Each is cut
// off the end of the text and read on its own; lines the layout prints itself (the header, the
// "(Ban hành kèm theo …)" line, the repeated signer) go to the notes, so nothing is lost.
import type { KemTheo } from '../model/van-ban.ts';
import { lowerVi } from '../text/normalize.ts';
import { importBodyItems } from './import-body.ts';
import { isQuocHieu, isTieuNgu, isUpperLine, quyenHanLine } from './line-kinds.ts';
import { lineView, tablesIn } from './line-view.ts';
import type { MucNhap } from './nguon.ts';

const PHU_LUC = /^(?:Phụ lục|PHỤ LỤC)(?:\s+(?:[IVXLC]+|\d{1,3}))?\s*[.:]?$/u;
const KEM_THEO_LINE = /^\((?:Ban hành )?[Kk]èm theo\b.*\)$/u;

export interface TachKemTheo {
  /** The main document's lines and tables. */
  chinh: MucNhap[];
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

function readAttachment(items: readonly MucNhap[], notes: string[]): KemTheo {
  const view = lineView(items);
  // The heading lines end at the first table; the body runs from after them.
  const lines = view.lines.slice(0, view.beforeFirstTable);
  const body = (from: number, to: number) => withoutEndMark(items.slice(view.after(from), view.at(to)));
  let i = 0;
  const skip = (why: string) => notes.push(`Dòng «${lines[i]}» ${why}`);
  if (PHU_LUC.test(lines[0]!)) {
    skip('do bố cục tự in (phụ lục được đánh số tự động)');
    i++;
    const ten = lines[i] && isUpperLine(lines[i]!) ? lines[i++]! : '';
    if (lines[i] && KEM_THEO_LINE.test(lines[i]!)) (skip('do bố cục tự in từ số, ngày của văn bản'), i++);
    return { kieu: 'phu-luc', ten: ten ? sentenceCase(ten) : '', trichYeu: '', noiDung: importBodyItems(body(i, view.lines.length)) };
  }
  // Header of an issued regulation: agency lines, national title and motto.
  while (i < lines.length && (isUpperLine(lines[i]!) || isTieuNgu(lines[i]!)) && !isQuocHieu(lines[i]!)) (skip('(đầu văn bản kèm theo) do bố cục tự in'), i++);
  while (i < lines.length && (isQuocHieu(lines[i]!) || isTieuNgu(lines[i]!))) (skip('do bố cục tự in'), i++);
  const ten = lines[i] && isUpperLine(lines[i]!) ? lines[i++]! : '';
  const trichYeu: string[] = [];
  while (i < lines.length && !KEM_THEO_LINE.test(lines[i]!) && trichYeu.length < 2 && !isUpperLine(lines[i]!)) trichYeu.push(lines[i++]!);
  if (lines[i] && KEM_THEO_LINE.test(lines[i]!)) (skip('do bố cục tự in từ số, ngày của văn bản'), i++);
  const all = view.lines;
  const end = trailingSigner(all.slice(i)) + i;
  for (const l of all.slice(end)) notes.push(`Dòng «${l}» của khối chữ ký văn bản kèm theo: bố cục in lại người ký của văn bản chính`);
  // A table after the signer lines has no place there: it stays in the body.
  const noiDung = [...body(i, end), ...tablesIn(items.slice(view.at(end)))];
  return { kieu: 'ban-hanh', ten: ten ? sentenceCase(ten) : '', trichYeu: trichYeu.join(' '), noiDung: importBodyItems(noiDung) };
}

/** The layout puts "./." after an attachment's last paragraph itself. */
function withoutEndMark(body: MucNhap[]): MucNhap[] {
  const out = [...body];
  const last = out[out.length - 1];
  if (typeof last === 'string') out[out.length - 1] = last.replace(/\s*\.\/\.\s*$/, '');
  return out;
}

/** Cuts the attached documents off the end of the text; a table goes with the lines above it. */
export function tachKemTheo(items: readonly MucNhap[]): TachKemTheo {
  const view = lineView(items);
  const starts = attachmentStarts(view.lines);
  const notes: string[] = [];
  if (starts.length === 0) return { chinh: [...items], kemTheo: [], notes };
  const bounds = [...starts, view.lines.length];
  const kemTheo = starts.map((s, k) => readAttachment(items.slice(view.at(s), view.at(bounds[k + 1]!)), notes));
  return { chinh: items.slice(0, view.at(starts[0]!)), kemTheo, notes };
}
