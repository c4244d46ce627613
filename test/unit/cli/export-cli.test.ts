import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeEach, describe, expect, it } from 'vitest';
import { runExport } from '../../../src/cli/export.ts';
import { paragraphs, readDocx } from '../../helpers/docx-reader.ts';
import { FIXTURES_DIR } from '../../helpers/fixtures.ts';
import { readFileSync } from 'node:fs';

let dir: string;
let out: string[];
let err: string[];
const io = { out: (l: string) => out.push(l), err: (l: string) => err.push(l) };

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'soan-cli-'));
  out = [];
  err = [];
});

function file(name: string, content: string | Uint8Array): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

async function refused(args: string[], pattern: RegExp): Promise<void> {
  err = [];
  const code = await runExport(args, io);
  expect(code).toBe(1);
  expect(err.join('\n')).toMatch(pattern);
  expect(err.join('\n')).not.toMatch(/\n\s+at /);
  expect(readdirSync(dir).filter((f) => f.endsWith('.docx') || f.endsWith('.tmp'))).toEqual([]);
}

describe('npm run export', () => {
  it('exports a plain-text document (notes and part markers of the fixture removed)', async () => {
    const raw = readFileSync(resolve(FIXTURES_DIR, 'bao-cao-133-BC-UBND.txt'), 'utf8');
    const text = raw.split('\n').filter((l) => !l.startsWith('#') && !/^\[[a-z-]+\]$/.test(l)).join('\n');
    const output = join(dir, 'bao-cao.docx');
    expect(await runExport([file('bao-cao.txt', text), output], io)).toBe(0);
    const texts = paragraphs(readDocx(readFileSync(output)).document).map((p) => p.text);
    expect(texts).toContain('Số: 133/BC-UBND');
    expect(out.join()).toContain('Đã xuất');
  });

  it('exports the app JSON format', async () => {
    const json = JSON.stringify({ loai: 'cong-van', so: '5', maCoQuan: 'UBND', maDonVi: 'VX', diaDanh: 'Hương Long', ngayBanHanh: { ngay: 5, thang: 1, nam: 2025 }, trichYeu: 'đề nghị hỗ trợ kinh phí', kinhGui: ['Ủy ban nhân dân tỉnh'] });
    const output = join(dir, 'cv.docx');
    expect(await runExport([file('cv.json', json), output], io)).toBe(0);
    const texts = paragraphs(readDocx(readFileSync(output)).document).map((p) => p.text.replace(/\n/g, ' '));
    expect(texts).toContain('Số: 05/UBND-VX');
    expect(texts).toContain('V/v đề nghị hỗ trợ kinh phí');
    expect(texts).toContain('Hương Long, ngày 05 tháng 01 năm 2025');
  });

  it('refuses bad input with one Vietnamese message, exit 1, no stack trace, no partial file', async () => {
    const output = join(dir, 'out.docx');
    await refused([file('a.json', '{"loai": "bao-cao",'), output], /không phải JSON hợp lệ/);
    await refused([file('b.json', JSON.stringify({ loai: 'bao-cao', ngayBanHanh: { nam: 2024 }, so: 'mười' })), output], /Số: chỉ gồm chữ số/);
    await refused([file('c.json', JSON.stringify({ type: 'excalidraw' })), output], /Loại văn bản: chưa có/);
    await refused([join(dir, 'missing.txt'), output], /Không tìm thấy tệp đầu vào/);
    await refused([file('d.pdf', 'x'), output], /chỉ nhận tệp \.txt.*\.json/);
    await refused([file('e.txt', new Uint8Array([0xc3, 0x28, 0xff])), output], /không phải văn bản UTF-8/);
    await refused([file('f.txt', '   \n\n'), output], /trống/);
    await refused([file('g.txt', 'BÁO CÁO'), join(dir, 'out.pdf')], /phải có đuôi \.docx/);
    await refused([file('h.txt', 'BÁO CÁO'), join(dir, 'no-such-dir', 'x.docx')], /Thư mục của tệp ra/);
    await refused([], /Cách dùng/);
  });

  it('runs as an npm script and prints no stack trace on failure', async () => {
    const run = promisify(execFile);
    const bad = file('bad.json', '[1, 2');
    const output = join(dir, 'x.docx');
    const r = await run('npm', ['run', '--silent', 'export', '--', bad, output], { cwd: resolve(import.meta.dirname, '../../..') }).catch((e) => e);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^Lỗi: Tệp .* không phải JSON hợp lệ/m);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(output)).toBe(false);
  }, 30_000);
});
