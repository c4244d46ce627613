// Reads a document file for the command-line tools: plain text (.txt) through the import, the app's
// JSON (.json) through the schema. Every failure is a CliError with one Vietnamese sentence.
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { ImportLimitError, importVanBan } from '../core/import/index.ts';
import { parseVanBan } from '../core/model/parse.ts';
import type { VanBan } from '../core/model/van-ban.ts';

export class CliError extends Error {}

/** A document file larger than this is not a document: refuse it before reading it into memory. */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

export interface ReadResult {
  vanBan: VanBan;
  /** What the import normalised on the way in, for the user to see. */
  notes: string[];
}

async function readUtf8(file: string): Promise<string> {
  let size: number;
  try {
    const s = await stat(file);
    if (!s.isFile()) throw new CliError(`«${file}» không phải là tệp.`);
    size = s.size;
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`Không tìm thấy tệp đầu vào «${file}».`);
  }
  if (size > MAX_INPUT_BYTES) throw new CliError(`Tệp «${file}» quá lớn (${(size / 1048576).toFixed(1)} MB; tối đa 10 MB).`);
  const bytes = await readFile(file);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new CliError(`Tệp «${file}» không phải văn bản UTF-8 (hãy lưu lại với bảng mã UTF-8).`);
  }
}

export async function readDocument(file: string): Promise<ReadResult> {
  const ext = extname(file).toLowerCase();
  if (ext !== '.txt' && ext !== '.json') {
    throw new CliError(`Không đọc được «${file}»: chỉ nhận tệp .txt (văn bản thuần) hoặc .json (định dạng của ứng dụng).`);
  }
  const text = await readUtf8(file);
  if (ext === '.txt') {
    if (text.trim() === '') throw new CliError(`Tệp «${file}» trống: không có nội dung để xuất.`);
    try {
      return importVanBan(text);
    } catch (e) {
      // Over a limit of the model (a table of 10 000 columns, a 5 MB cell): the import's own sentence.
      if (e instanceof ImportLimitError) throw new CliError(`Tệp «${file}»: ${e.message}.`);
      throw e;
    }
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new CliError(`Tệp «${file}» không phải JSON hợp lệ: ${(e as Error).message}.`);
  }
  const r = parseVanBan(data);
  if (!r.ok) throw new CliError(`Tệp «${file}» không phải văn bản hợp lệ — ${r.errors.slice(0, 5).join('; ')}${r.errors.length > 5 ? `; và ${r.errors.length - 5} lỗi khác` : ''}.`);
  return { vanBan: r.value, notes: [] };
}
