import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCheck } from '../../../src/cli/check.ts';
import { FIXTURES_DIR } from '../../helpers/fixtures.ts';
import { CLEAN } from './documents.ts';

let dir: string;
let out: string[];
let err: string[];
const io = { out: (l: string) => out.push(l), err: (l: string) => err.push(l) };

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'soan-check-'));
  out = [];
  err = [];
});

function file(name: string, content: string | Uint8Array): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

/** The fixture as a user would paste it: notes and part markers removed. */
function fixtureText(name: string): string {
  return readFileSync(resolve(FIXTURES_DIR, `${name}.txt`), 'utf8')
    .split('\n')
    .filter((l) => !l.startsWith('#') && !/^\[[a-z-]+\]\s*$/.test(l))
    .join('\n');
}

describe('npm run check', () => {
  it('exits 0 on the fixture report and prints its warnings with rule id, severity, part and source', async () => {
    expect(await runCheck([file('bao-cao.txt', fixtureText('bao-cao-133-BC-UBND'))], io)).toBe(0);
    const text = out.join('\n');
    expect(text).toContain('[cảnh báo] noi-nhan.nhu-kinh-gui (noiNhan.0): «Như Kính gửi;»');
    expect(text).toContain('Phụ lục I, Phần I, Mục II, khoản 9, điểm b');
    expect(text).toMatch(/0 lỗi, 5 cảnh báo\.$/);
    expect(err).toEqual([]);
  });

  it('prints what the import normalised before the findings', async () => {
    const text = fixtureText('ke-hoach-13-KH-UBND').replace('ngày 28 tháng 02 năm 2023', 'ngày 28 tháng 03 năm 2023');
    expect(await runCheck([file('ke-hoach.txt', text)], io)).toBe(0);
    expect(out[0]).toMatch(/^Ghi chú nhập: Dòng ngày tháng: «tháng 03» đọc là tháng 3/);
  });

  it('exits 1 while an error remains, and lists it first', async () => {
    const json = JSON.stringify({ ...CLEAN, diaDanh: 'Xã Hương Long', noiNhan: ['Như trên;', 'Lưu: VT'] });
    expect(await runCheck([file('bc.json', json)], io)).toBe(1);
    expect(out[0]).toMatch(/^\[lỗi\] /);
    expect(out.join('\n')).toContain('[lỗi] dia-danh.ten-chung (diaDanh): Địa danh «Xã Hương Long»');
    expect(out.join('\n')).toContain('[lỗi] noi-nhan.dau-cham-cuoi (noiNhan.1)');
    expect(out.at(-1)).toBe('2 lỗi, 0 cảnh báo.');
  });

  it('says so when there is nothing to report', async () => {
    expect(await runCheck([file('ok.json', JSON.stringify(CLEAN))], io)).toBe(0);
    expect(out).toEqual(['Không thấy lỗi thể thức.']);
  });

  it('refuses bad input with one Vietnamese message, exit 1, no stack trace', async () => {
    const cases: [string[], RegExp][] = [
      [[file('a.json', '{"loai": ')], /không phải JSON hợp lệ/],
      [[file('b.json', JSON.stringify({ type: 'excalidraw' }))], /Loại văn bản: chưa có/],
      [[join(dir, 'missing.txt')], /Không tìm thấy tệp đầu vào/],
      [[file('c.pdf', 'x')], /chỉ nhận tệp \.txt.*\.json/],
      [[file('d.txt', new Uint8Array([0xc3, 0x28]))], /không phải văn bản UTF-8/],
      [[], /Cách dùng: npm run check/],
      [['a.txt', 'b.txt'], /Cách dùng/],
    ];
    for (const [args, pattern] of cases) {
      err = [];
      expect(await runCheck(args, io)).toBe(1);
      expect(err).toHaveLength(1);
      expect(err[0]).toMatch(pattern);
      expect(err[0]).not.toMatch(/\n\s+at /);
    }
  });

  it('runs as an npm script with the exit code of the findings', async () => {
    const run = promisify(execFile);
    const cwd = resolve(import.meta.dirname, '../../..');
    const bad = file('bad.json', JSON.stringify({ ...CLEAN, maCoQuan: '' }));
    const r = await run('npm', ['run', '--silent', 'check', '--', bad], { cwd }).catch((e) => e);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('so-ky-hieu.thieu-ma-co-quan');
    const broken = await run('npm', ['run', '--silent', 'check', '--', file('x.json', '[1,')], { cwd }).catch((e) => e);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/^Lỗi: Tệp .* không phải JSON hợp lệ/m);
    expect(broken.stderr).not.toMatch(/\n\s+at /);
  }, 30_000);
});
