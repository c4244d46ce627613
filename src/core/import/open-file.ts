// One door for a document that arrives as a file — the picker, drag and drop, "Open with", the
// share sheet, the command line: a Word file (.docx), plain text (.txt) or the app's own JSON (.json)
// becomes a draft and its import notes, or one Vietnamese sentence saying why it cannot.
import { parseVanBan } from '../model/parse.ts';
import type { VanBan } from '../model/van-ban.ts';
import { readAppCopy } from './docx/app-copy.ts';
import { placeChuThich, type ChuThichNhap } from './chu-thich-place.ts';
import { DocxError, parseXml, readDocx, type DocxFootnote, type XmlParser } from './docx/index.ts';
import { importItems, importVanBan, type ImportOptions } from './import-van-ban.ts';
import { ImportLimitError } from './limits.ts';
import type { MucNhap } from './nguon.ts';

/** Larger than this is not a document someone drafts; refused before it is read. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export type FileKind = 'docx' | 'txt' | 'json';

export interface OpenedFile {
  kind: FileKind;
  /** The draft; for a file the app exported, its own copy, exactly as it was exported. */
  vanBan: VanBan;
  /** What the import read differently, left out or could not place, for the user to see. */
  notes: string[];
  /**
   * Set when the file is one the app exported and its text was changed in Word since: the draft read
   * from what the file now shows. The app asks which to keep (ui/common/EditedInWordDialog.svelte):
   * "Dùng nội dung đã sửa trong Word" takes this, "Dùng bản gốc của ứng dụng" takes `vanBan`.
   */
  editedInWord?: { vanBan: VanBan; notes: string[] };
}

/** Why a file cannot be opened, in one Vietnamese sentence meant for the user. */
export class OpenFileError extends Error {}

export interface OpenFileOptions extends ImportOptions {
  /** The XML parser for .docx (the reader's own by default). */
  xml?: XmlParser;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** What the file is: by its name first, by its first bytes when the name says nothing we know. */
export function fileKind(name: string, bytes: Uint8Array): FileKind | null {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (ext === 'docx' || ext === 'doc') return 'docx';
  if (ext === 'txt') return 'txt';
  if (ext === 'json') return 'json';
  if (startsWith(bytes, ZIP) || startsWith(bytes, OLE)) return 'docx';
  return null;
}

function decodeText(bytes: Uint8Array, name: string): string {
  // Notepad on Windows may still save UTF-16 with a byte-order mark.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new OpenFileError(`Tệp «${name}» không phải văn bản UTF-8 (hãy lưu lại với bảng mã UTF-8).`);
  }
}

function fromJson(text: string, name: string): OpenedFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new OpenFileError(`Tệp «${name}» không phải JSON hợp lệ: ${(e as Error).message}.`);
  }
  const r = parseVanBan(data);
  if (!r.ok) {
    const more = r.errors.length > 5 ? `; và ${r.errors.length - 5} lỗi khác` : '';
    throw new OpenFileError(`Tệp «${name}» không phải văn bản hợp lệ — ${r.errors.slice(0, 5).join('; ')}${more}.`);
  }
  return { kind: 'json', vanBan: r.value, notes: [] };
}

/** A footnote of the reader with the words around its mark, for placeChuThich. */
function footnoteNhap(items: readonly MucNhap[], f: DocxFootnote): ChuThichNhap {
  const item = items[f.item];
  const text = typeof item === 'string' ? item : (f.cell && item?.hang[f.cell.row]?.[f.cell.index]?.text) || '';
  return { before: text.slice(0, f.offset), after: text.slice(f.offset), inCell: f.cell !== undefined, noiDung: f.text };
}

/** The draft as the Word file shows it: the reader's items through the classifier. */
function fromWord(bytes: Uint8Array, xml: XmlParser, options: ImportOptions): { vanBan: VanBan; notes: string[] } {
  const doc = readDocx(bytes, xml);
  const r = importItems(doc.items, options);
  const placed = placeChuThich(r.vanBan, doc.footnotes.map((f) => footnoteNhap(doc.items, f)));
  const unplaced = placed.unplaced.map((f) => `Chú thích «${f.noiDung.replace(/\n/g, ' ')}» (sau «${f.before.slice(-30)}») không nằm trong nội dung chính: giữ ở đây, hãy thêm lại nếu cần`);
  return { vanBan: placed.vanBan, notes: [...doc.notes, ...r.notes, ...unplaced] };
}

export function openFile(bytes: Uint8Array, name: string, options: OpenFileOptions = {}): OpenedFile {
  if (bytes.length === 0) throw new OpenFileError(`Tệp «${name}» trống: không có nội dung để mở.`);
  if (bytes.length > MAX_FILE_BYTES) {
    throw new OpenFileError(`Tệp «${name}» quá lớn (${(bytes.length / 1048576).toFixed(1)} MB; tối đa ${MAX_FILE_BYTES / 1048576} MB).`);
  }
  const kind = fileKind(name, bytes);
  if (kind === null) throw new OpenFileError(`Không mở được «${name}»: chỉ nhận tệp Word (.docx), văn bản thuần (.txt) hoặc tệp .json của ứng dụng.`);
  try {
    if (kind === 'docx') {
      const xml = options.xml ?? parseXml;
      const own = readAppCopy(bytes, xml);
      if (own.found && own.vanBan && own.unchanged) return { kind, vanBan: own.vanBan, notes: [] };
      const shown = fromWord(bytes, xml, options);
      if (own.found && own.vanBan) return { kind, vanBan: own.vanBan, notes: [], editedInWord: shown };
      if (own.found) shown.notes.unshift(own.note);
      return { kind, ...shown };
    }
    const text = decodeText(bytes, name);
    if (kind === 'json') return fromJson(text, name);
    if (text.trim() === '') throw new OpenFileError(`Tệp «${name}» trống: không có nội dung để mở.`);
    return { kind, ...importVanBan(text, options) };
  } catch (e) {
    if (e instanceof OpenFileError) throw e;
    // The reader's and the import's own sentences name what is wrong; the file's name goes first.
    if (e instanceof DocxError || e instanceof ImportLimitError) {
      const said = /[.…]$/.test(e.message) ? e.message : `${e.message}.`;
      throw new OpenFileError(`Tệp «${name}»: ${said}`, { cause: e });
    }
    throw e;
  }
}
