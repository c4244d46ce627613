// What a file is, from its first bytes, before anything is unzipped: empty, too large, an old
// binary Word file, a password-protected .docx (Office stores those as an OLE compound file with an
// "EncryptionInfo" stream, not as a zip), a PDF, or at least something that starts like a zip.
import { DocxError, megabytes } from './errors.ts';

/** Largest file the reader opens: the same figure as the uncompressed limit of the zip. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_MAGIC = [0x50, 0x4b];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** Whether `name` occurs as UTF-16LE (how an OLE directory stores stream names). */
function hasUtf16Name(bytes: Uint8Array, name: string): boolean {
  const first = name.charCodeAt(0);
  outer: for (let i = 0; i + name.length * 2 <= bytes.length; i += 1) {
    if (bytes[i] !== first || bytes[i + 1] !== 0) continue;
    for (let k = 1; k < name.length; k += 1) if (bytes[i + 2 * k] !== name.charCodeAt(k) || bytes[i + 2 * k + 1] !== 0) continue outer;
    return true;
  }
  return false;
}

/** Throws the DocxError that names what the file is when it cannot be a .docx; returns when it may be. */
export function sniff(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new DocxError('empty', 'Tệp rỗng (0 byte): không có gì để mở.');
  if (bytes.length > MAX_FILE_BYTES) {
    throw new DocxError('too-large', `Tệp quá lớn (${megabytes(bytes.length)}): chỉ mở được tệp .docx đến ${megabytes(MAX_FILE_BYTES)}.`);
  }
  if (startsWith(bytes, OLE_MAGIC)) {
    if (hasUtf16Name(bytes, 'EncryptionInfo') || hasUtf16Name(bytes, 'EncryptedPackage')) {
      throw new DocxError(
        'password',
        'Tệp .docx có mật khẩu: hãy mở bằng Word, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ tài liệu → Mã hóa bằng mật khẩu, xóa trống) rồi lưu lại.',
      );
    }
    if (hasUtf16Name(bytes, 'WordDocument')) throw new DocxError('old-doc', 'Tệp .doc cũ: hãy mở bằng Word và lưu thành .docx.');
    throw new DocxError('old-office', 'Tệp Office cũ dạng nhị phân, không phải văn bản Word: chỉ mở được tệp .docx.');
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) {
    throw new DocxError('pdf', 'Tệp PDF, không phải .docx: hãy mở bản Word của văn bản, hoặc chép chữ từ PDF rồi dùng «Dán văn bản».');
  }
  if (!startsWith(bytes, ZIP_MAGIC)) {
    throw new DocxError('not-zip', 'Tệp không phải .docx: nội dung không phải tệp nén của Word (tệp hỏng hoặc bị đổi đuôi).');
  }
}
