// Documents attached to the main one in copied text: an issued regulation (Mẫu 1.3), which repeats
// the agency and national-title header, or an appendix opening "Phụ lục I" (Mẫu 2.1). Each is cut
// off the end of the text and read on its own; lines the layout prints itself (the header, the
// "(Ban hành kèm theo …)" line, the repeated signer) go to the notes, so nothing is lost.
import type { KemTheo, Khoi } from '../model/van-ban.ts';
import { lowerVi } from '../text/normalize.ts';
import { importBodyItems } from './import-body.ts';
import { isQuocHieu, isTieuNgu, isUpperLine, quyenHanLine } from './line-kinds.ts';
import { lineView, tablesIn } from './line-view.ts';
import { splitMarker } from './marker.ts';
import type { MucNhap } from './nguon.ts';
import { joinHeadingTitles } from './noi-dung.ts';

const PHU_LUC = /^(?:Phụ lục|PHỤ LỤC)(?:\s+(?:[IVXLC]+|\d{1,3}))?\s*[.:]?$/u;
const KEM_THEO_START = /^\((?:Ban hành )?[Kk]èm theo\b/u;
/** Lines a long "(Kèm theo Quyết định số … ngày …" / "của Chủ tịch …)" may take in a copy. */
const KEM_THEO_MAX_LINES = 3;
/** Lines a title or a summary in capitals may take ("ĐỀ CƯƠNG BÁO CÁO …" / "CÔNG TÁC …"). */
const TITLE_MAX_LINES = 3;

/**
 * The "(Kèm theo …)" / "(Ban hành kèm theo …)" reference line at `i`, which a copy may wrap onto
 * the next lines until its ")": the index after it, or `i` when there is none.
 */
function kemTheoLineEnd(lines: readonly string[], i: number): number {
  if (!lines[i] || !KEM_THEO_START.test(lines[i]!)) return i;
  for (let k = i; k < lines.length && k < i + KEM_THEO_MAX_LINES; k++) if (lines[k]!.endsWith(')')) return k + 1;
  return i;
}

/** A line of a title in capitals: upper case and not an outline item ("I. CÔNG TÁC …" starts the body). */
const isTitleLine = (line: string | undefined): line is string => line !== undefined && isUpperLine(line) && splitMarker(line).capDo === 'doan';

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
  // A name is short, not a sentence, and not an outline item ("Điều 14. Vận động …" ends a regulation).
  const last = lines[i - 1];
  if (last !== undefined && !isUpperLine(last) && last.length <= 60 && !/[.;:]$/.test(last) && splitMarker(last).capDo === 'doan') i--;
  const nameAt = i;
  while (i > 0 && isTitleLine(lines[i - 1])) i--;
  // Only a block that has title lines and starts with an authority or a title counts.
  return i < nameAt && (quyenHanLine(lines[i]!) !== null || nameAt - i <= 3) ? i : lines.length;
}

/** The reference line the layout prints from the main document's number and date, to the notes. */
function skipKemTheoLine(lines: readonly string[], i: number, notes: string[]): number {
  const end = kemTheoLineEnd(lines, i);
  for (let k = i; k < end; k++) notes.push(`Dòng «${lines[k]}» do bố cục tự in từ số, ngày của văn bản`);
  return end;
}

/** An attachment's body: outline blocks and tables, with "Chương I" and its title lines read as one heading. */
function bodyOf(items: readonly MucNhap[]): Khoi[] {
  const blocks = importBodyItems(items);
  joinHeadingTitles(blocks);
  return blocks;
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
    const ten: string[] = [];
    while (ten.length < TITLE_MAX_LINES && isTitleLine(lines[i])) ten.push(lines[i++]!);
    i = skipKemTheoLine(lines, i, notes);
    return { kieu: 'phu-luc', ten: ten.length > 0 ? sentenceCase(ten.join(' ')) : '', trichYeu: '', noiDung: bodyOf(body(i, view.lines.length)) };
  }
  // Header of an issued regulation: agency lines, national title and motto.
  while (i < lines.length && (isUpperLine(lines[i]!) || isTieuNgu(lines[i]!)) && !isQuocHieu(lines[i]!)) (skip('(đầu văn bản kèm theo) do bố cục tự in'), i++);
  while (i < lines.length && (isQuocHieu(lines[i]!) || isTieuNgu(lines[i]!))) (skip('do bố cục tự in'), i++);
  const ten = lines[i] && isUpperLine(lines[i]!) ? lines[i++]! : '';
  // The summary runs to the reference line, in whatever case it was typed ("QUỸ KHUYẾN HỌC TỈNH …");
  // without a reference line, it is the lines in normal case under the type name.
  const ref = lines.slice(i, i + TITLE_MAX_LINES + 1).findIndex((l) => KEM_THEO_START.test(l));
  const trichYeu: string[] = [];
  if (ref >= 0) trichYeu.push(...lines.slice(i, i + ref));
  else while (i + trichYeu.length < lines.length && trichYeu.length < 2 && !isUpperLine(lines[i + trichYeu.length]!)) trichYeu.push(lines[i + trichYeu.length]!);
  i = skipKemTheoLine(lines, i + trichYeu.length, notes);
  const all = view.lines;
  const end = trailingSigner(all.slice(i)) + i;
  for (const l of all.slice(end)) notes.push(`Dòng «${l}» của khối chữ ký văn bản kèm theo: bố cục in lại người ký của văn bản chính`);
  // A table after the signer lines has no place there: it stays in the body.
  const noiDung = [...body(i, end), ...tablesIn(items.slice(view.at(end)))];
  return { kieu: 'ban-hanh', ten: ten ? sentenceCase(ten) : '', trichYeu: trichYeu.join(' '), noiDung: bodyOf(noiDung) };
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
