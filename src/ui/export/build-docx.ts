// The .docx of the document on screen. The writer (and the docx library behind it) is a chunk of
// its own, loaded on the first export and precached for offline use.
import { parseVanBan } from '../../core/model/parse.ts';
import { exportFileName } from '../../core/file-name.ts';
import type { VanBan } from '../../core/model/van-ban.ts';

export interface BuiltFile {
  file: File;
  name: string;
}

export async function buildDocx(input: VanBan): Promise<BuiltFile> {
  // The same door as storage: NFC, trimmed, validated; a value the schema refuses is reported.
  const parsed = parseVanBan(input);
  if (!parsed.ok) throw new Error(`văn bản chưa hợp lệ: ${parsed.errors.join('; ')}`);
  const { exportDocx, DOCX_MIME } = await import('../../export/docx-writer.ts');
  const bytes = await exportDocx(parsed.value);
  const name = exportFileName(parsed.value);
  return { file: new File([bytes as Uint8Array<ArrayBuffer>], name, { type: DOCX_MIME }), name };
}
