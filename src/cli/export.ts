// `npm run export -- <input.txt|input.json> <output.docx>`: a document file to a Decree 30 .docx.
// On any failure: one Vietnamese message, exit code 1, no stack trace and no partial output file.
import { rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, extname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { exportDocx } from '../export/docx-writer.ts';
import { CliError, readDocument } from './read-document.ts';

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

const USAGE = 'Cách dùng: npm run export -- <tệp vào .txt hoặc .json> <tệp ra .docx>';

async function checkOutput(output: string): Promise<void> {
  if (extname(output).toLowerCase() !== '.docx') throw new CliError(`Tệp ra «${output}» phải có đuôi .docx.`);
  try {
    if (!(await stat(dirname(output))).isDirectory()) throw new Error();
  } catch {
    throw new CliError(`Thư mục của tệp ra «${output}» không tồn tại.`);
  }
}

/** Writes beside the target and renames, so a failure never leaves half a file under the real name. */
async function writeAtomically(output: string, bytes: Uint8Array): Promise<void> {
  const tmp = `${output}.${process.pid}.tmp`;
  try {
    await writeFile(tmp, bytes);
    await rename(tmp, output);
  } catch (e) {
    await rm(tmp, { force: true });
    throw new CliError(`Không ghi được tệp «${output}»: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}.`);
  }
}

export async function runExport(args: string[], io: CliIo): Promise<number> {
  if (args.length !== 2) {
    io.err(USAGE);
    return 1;
  }
  const [input, output] = args as [string, string];
  try {
    await checkOutput(output);
    const { vanBan, notes } = await readDocument(input);
    for (const n of notes) io.err(`Ghi chú: ${n}`);
    await writeAtomically(output, await exportDocx(vanBan));
    io.out(`Đã xuất ${output}`);
    return 0;
  } catch (e) {
    io.err(e instanceof CliError ? `Lỗi: ${e.message}` : `Lỗi không mong đợi: ${(e as Error).message ?? String(e)}`);
    return 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await runExport(process.argv.slice(2), { out: console.log, err: console.error });
}
