// `npm run render -- <input.txt|.json|.docx> [output dir]`: exports (when needed) and renders the
// .docx to PDF with LibreOffice and to PNG pages with pdftoppm, to look at a page as the clerk will.
// Needs Debian's libreoffice-writer-nogui (or libreoffice-writer) and poppler-utils.
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, readdir, writeFile } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { exportDocx } from '../export/docx-writer.ts';
import { CliError, readDocument } from './read-document.ts';

function need(cmd: string, pkg: string): void {
  try {
    execFileSync('which', [cmd], { stdio: 'ignore' });
  } catch {
    throw new CliError(`Thiếu chương trình «${cmd}»: cài bằng «apt-get install -y ${pkg}».`);
  }
}

export async function render(input: string, outDir: string): Promise<string[]> {
  need('soffice', 'libreoffice-writer-nogui');
  need('pdftoppm', 'poppler-utils');
  await mkdir(outDir, { recursive: true });
  const stem = basename(input, extname(input));
  const docx = join(outDir, `${stem}.docx`);
  if (extname(input).toLowerCase() === '.docx') await copyFile(input, docx);
  else await writeFile(docx, await exportDocx((await readDocument(input)).vanBan));
  // A private profile: a LibreOffice left open elsewhere must not swallow the conversion.
  const profile = pathToFileURL(resolve(outDir, '.lo-profile')).href;
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, docx], { stdio: 'ignore', timeout: 180_000 });
  execFileSync('pdftoppm', ['-r', '80', '-png', join(outDir, `${stem}.pdf`), join(outDir, stem)], { timeout: 120_000 });
  return (await readdir(outDir)).filter((f) => f.startsWith(stem) && f.endsWith('.png')).sort().map((f) => join(outDir, f));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [input, outDir = 'test-results/render'] = process.argv.slice(2);
  if (!input) {
    console.error('Cách dùng: npm run render -- <tệp .txt | .json | .docx> [thư mục ra]');
    process.exitCode = 1;
  } else {
    try {
      const pages = await render(input, outDir);
      console.log([`PDF và ${pages.length} trang PNG trong ${outDir}:`, ...pages].join('\n'));
    } catch (e) {
      console.error(`Lỗi: ${e instanceof CliError ? e.message : (e as Error).message}`);
      process.exitCode = 1;
    }
  }
}
