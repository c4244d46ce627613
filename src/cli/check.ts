// `npm run check -- <input.txt|input.json>`: the format checker (Kiểm tra thể thức) on a document
// file. Prints what the import normalised, then each finding; exit 1 while an error remains.
import { pathToFileURL } from 'node:url';
import { checkVanBan, hasErrors, type Finding } from '../core/checker/index.ts';
import { CliError, readDocument } from './read-document.ts';

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

const USAGE = 'Cách dùng: npm run check -- <tệp .txt hoặc .json>';
const SEVERITY: Record<Finding['severity'], string> = { error: 'lỗi', warning: 'cảnh báo' };

function formatFinding(f: Finding): string {
  return `[${SEVERITY[f.severity]}] ${f.ruleId} (${f.path.join('.')}): ${f.message}`;
}

export async function runCheck(args: string[], io: CliIo): Promise<number> {
  if (args.length !== 1) {
    io.err(USAGE);
    return 1;
  }
  try {
    const { vanBan, notes } = await readDocument(args[0]!);
    for (const n of notes) io.out(`Ghi chú nhập: ${n}`);
    const findings = checkVanBan(vanBan);
    for (const f of findings) io.out(formatFinding(f));
    const errors = findings.filter((f) => f.severity === 'error').length;
    io.out(findings.length === 0 ? 'Không thấy lỗi thể thức.' : `${errors} lỗi, ${findings.length - errors} cảnh báo.`);
    return hasErrors(findings) ? 1 : 0;
  } catch (e) {
    io.err(e instanceof CliError ? `Lỗi: ${e.message}` : `Lỗi không mong đợi: ${(e as Error).message ?? String(e)}`);
    return 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await runCheck(process.argv.slice(2), { out: console.log, err: console.error });
}
