// Reads a document file for the command-line tools through the app's one door for files
// (core/import/open-file.ts): a Word file (.docx), plain text (.txt) or the app's JSON (.json).
// Every failure is a CliError with one Vietnamese sentence.
import { readFile, stat } from 'node:fs/promises';
import { MAX_FILE_BYTES, OpenFileError, openFile } from '../core/import/open-file.ts';
import type { VanBan } from '../core/model/van-ban.ts';

export class CliError extends Error {}

export interface ReadResult {
  vanBan: VanBan;
  /** What the import normalised on the way in, for the user to see. */
  notes: string[];
}

export async function readDocument(file: string): Promise<ReadResult> {
  let size: number;
  try {
    const s = await stat(file);
    if (!s.isFile()) throw new CliError(`«${file}» không phải là tệp.`);
    size = s.size;
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`Không tìm thấy tệp đầu vào «${file}».`);
  }
  // Refused before it is read into memory.
  if (size > MAX_FILE_BYTES) throw new CliError(`Tệp «${file}» quá lớn (${(size / 1048576).toFixed(1)} MB; tối đa ${MAX_FILE_BYTES / 1048576} MB).`);
  try {
    const opened = openFile(new Uint8Array(await readFile(file)), file);
    // A file the app exported and someone edited since: the command line has no dialog to ask, so
    // it takes what the file shows — what its user sees in Word — and says so.
    if (opened.editedInWord) {
      return {
        vanBan: opened.editedInWord.vanBan,
        notes: ['Tệp do Soạn văn bản xuất ra nhưng đã được sửa sau đó: dùng nội dung đang hiển thị trong tệp, không dùng bản gốc của ứng dụng', ...opened.editedInWord.notes],
      };
    }
    return { vanBan: opened.vanBan, notes: opened.notes };
  } catch (e) {
    if (e instanceof OpenFileError) throw new CliError(e.message);
    throw e;
  }
}
