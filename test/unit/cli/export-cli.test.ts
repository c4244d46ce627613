import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { cliSandbox } from '../../helpers/cli-sandbox.ts';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { runExport } from '../../../src/cli/export.ts';
import { mauBaoCao } from '../../../src/core/samples/mau-bao-cao.ts';
import { exportDocx } from '../../../src/export/docx-writer.ts';
import { paragraphs, readDocx } from '../../helpers/docx-reader.ts';
import { FIXTURES_DIR } from '../../helpers/fixtures.ts';

const sb = cliSandbox('soan-cli-');

async function refused(args: string[], pattern: RegExp): Promise<void> {
  sb.err = [];
  const code = await runExport(args, sb.io);
  expect(code).toBe(1);
  expect(sb.err.join('\n')).toMatch(pattern);
  expect(sb.err.join('\n')).not.toMatch(/\n\s+at /);
  expect(readdirSync(sb.dir).filter((f) => f.endsWith('.docx') || f.endsWith('.tmp'))).toEqual([]);
}

describe('npm run export', () => {
  it('exports a plain-text document (notes and part markers of the fixture removed)', async () => {
    const raw = readFileSync(resolve(FIXTURES_DIR, 'bao-cao-133-BC-UBND.txt'), 'utf8');
    const text = raw.split('\n').filter((l) => !l.startsWith('#') && !/^\[[a-z-]+\]$/.test(l)).join('\n');
    const output = join(sb.dir, 'bao-cao.docx');
    expect(await runExport([sb.file('bao-cao.txt', text), output], sb.io)).toBe(0);
    const texts = paragraphs(readDocx(readFileSync(output)).document).map((p) => p.text);
    expect(texts).toContain('Số: 133/BC-UBND');
    expect(sb.out.join()).toContain('Đã xuất');
  });

  it('takes what an app-exported file shows when it was edited since, and says so', async () => {
    const files = unzipSync(await exportDocx(mauBaoCao()));
    files['word/document.xml'] = strToU8(strFromU8(files['word/document.xml']!).replace('tuyên truyền', 'vận động'));
    const output = join(sb.dir, 'sua.docx');
    sb.err = [];
    expect(await runExport([sb.file('da-sua.docx', zipSync(files)), output], sb.io)).toBe(0);
    expect(paragraphs(readDocx(readFileSync(output)).document).map((p) => p.text).join('\n')).toContain('vận động');
    expect(sb.err.join('\n')).toContain('đã được sửa sau đó');
  });

  it('exports the app JSON format', async () => {
    const json = JSON.stringify({ loai: 'cong-van', so: '5', maCoQuan: 'UBND', maDonVi: 'VX', diaDanh: 'Hương Long', ngayBanHanh: { ngay: 5, thang: 1, nam: 2025 }, trichYeu: 'đề nghị hỗ trợ kinh phí', kinhGui: ['Ủy ban nhân dân tỉnh'] });
    const output = join(sb.dir, 'cv.docx');
    expect(await runExport([sb.file('cv.json', json), output], sb.io)).toBe(0);
    const texts = paragraphs(readDocx(readFileSync(output)).document).map((p) => p.text.replace(/\n/g, ' '));
    expect(texts).toContain('Số: 05/UBND-VX');
    expect(texts).toContain('V/v đề nghị hỗ trợ kinh phí');
    expect(texts).toContain('Hương Long, ngày 05 tháng 01 năm 2025');
  });

  it('refuses bad input with one Vietnamese message, exit 1, no stack trace, no partial file', async () => {
    const output = join(sb.dir, 'out.docx');
    await refused([sb.file('a.json', '{"loai": "bao-cao",'), output], /không phải JSON hợp lệ/);
    await refused([sb.file('b.json', JSON.stringify({ loai: 'bao-cao', ngayBanHanh: { nam: 2024 }, so: 'mười' })), output], /Số: chỉ gồm chữ số/);
    await refused([sb.file('c.json', JSON.stringify({ type: 'excalidraw' })), output], /Loại văn bản: chưa có/);
    await refused([join(sb.dir, 'missing.txt'), output], /Không tìm thấy tệp đầu vào/);
    await refused([sb.file('d.pdf', 'x'), output], /chỉ nhận tệp Word \(\.docx\), văn bản thuần \(\.txt\) hoặc tệp \.json/);
    await refused([sb.file('e.txt', new Uint8Array([0xc3, 0x28, 0xff])), output], /không phải văn bản UTF-8/);
    await refused([sb.file('f.txt', '   \n\n'), output], /trống/);
    await refused([sb.file('g.txt', 'BÁO CÁO'), join(sb.dir, 'out.pdf')], /phải có đuôi \.docx/);
    await refused([sb.file('h.txt', 'BÁO CÁO'), join(sb.dir, 'no-such-sb.dir', 'x.docx')], /Thư mục của tệp ra/);
    await refused([], /Cách dùng/);
  });

  it('refuses a table over the limits with the sentence naming the limit (a 10 000-column table, a 5 MB cell)', async () => {
    const output = join(sb.dir, 'out.docx');
    const wide = Array.from({ length: 3 }, () => Array.from({ length: 10_000 }, (_, c) => `ô${c}`).join('\t')).join('\n');
    await refused([sb.file('i.txt', `BÁO CÁO\nKết quả\n${wide}`), output], /^Lỗi: Tệp «.*i\.txt»: Không nhập được bảng «ô0»: bảng có 10\.000 cột, một bảng tối đa 30 cột/);
    await refused([sb.file('j.txt', `BÁO CÁO\nKết quả\nA\tB\tC\n1\t${'x'.repeat(5 * 1024 * 1024)}\t2`), output], /ô ở hàng 2, cột 2 dài 5\.242\.880 ký tự, một ô tối đa 2\.000 ký tự\.$/);
  }, 30_000);

  it('runs as an npm script and prints no stack trace on failure', async () => {
    const run = promisify(execFile);
    const bad = sb.file('bad.json', '[1, 2');
    const output = join(sb.dir, 'x.docx');
    const r = await run('npm', ['run', '--silent', 'export', '--', bad, output], { cwd: resolve(import.meta.dirname, '../../..') }).catch((e) => e);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^Lỗi: Tệp .* không phải JSON hợp lệ/m);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(output)).toBe(false);
  }, 30_000);
});
