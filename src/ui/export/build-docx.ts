// The .docx of the document on screen. The writer (and the docx library behind it) is a chunk of
// its own, precached for offline use; the editor loads it while the user reads (`preloadDocxWriter`)
// so that "Xuất DOCX" does not wait for it to download and compile.
import { exportFileName } from '../../core/file-name.ts';
import type { VanBan } from '../../core/model/van-ban.ts';

export interface BuiltFile {
  file: File;
  name: string;
}

let writer: Promise<typeof import('../../export/docx-writer.ts')> | null = null;

/** Loads the writer chunk once; a failed load is tried again on the next call. */
function loadWriter(): Promise<typeof import('../../export/docx-writer.ts')> {
  writer ??= import('../../export/docx-writer.ts').catch((e: unknown) => {
    writer = null;
    throw e;
  });
  return writer;
}

/** Loads the writer and builds the package template of the document's font size, ready for "Xuất DOCX". */
export async function preloadDocxWriter(v: Pick<VanBan, 'coChu'>): Promise<void> {
  await (await loadWriter()).prepareExport(v.coChu);
}

export async function buildDocx(input: VanBan): Promise<BuiltFile> {
  // The same door as storage: NFC, trimmed, validated; a value the schema refuses is reported.
  // The schemas load with it, not with the list (the first screen's budget has no room for them).
  const [{ parseVanBan }, { exportDocx, DOCX_MIME }] = await Promise.all([import('../../core/model/parse.ts'), loadWriter()]);
  const parsed = parseVanBan(input);
  if (!parsed.ok) throw new Error(`văn bản chưa hợp lệ: ${parsed.errors.join('; ')}`);
  const bytes = await exportDocx(parsed.value);
  const name = exportFileName(parsed.value);
  return { file: new File([bytes as Uint8Array<ArrayBuffer>], name, { type: DOCX_MIME }), name };
}
