import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { cliSandbox } from '../../helpers/cli-sandbox.ts';
import { runCheck } from '../../../src/cli/check.ts';
import { FIXTURES_DIR } from '../../helpers/fixtures.ts';
import { CLEAN } from './documents.ts';

const sb = cliSandbox('soan-check-');

/** The fixture as a user would paste it: notes and part markers removed. */
function fixtureText(name: string): string {
  return readFileSync(resolve(FIXTURES_DIR, `${name}.txt`), 'utf8')
    .split('\n')
    .filter((l) => !l.startsWith('#') && !/^\[[a-z-]+\]\s*$/.test(l))
    .join('\n');
}

describe('npm run check', () => {
  it('exits 0 on the fixture report and prints its warnings with rule id, severity, part and source', async () => {
    expect(await runCheck([sb.file('bao-cao.txt', fixtureText('bao-cao-133-BC-UBND'))], sb.io)).toBe(0);
    const text = sb.out.join('\n');
    expect(text).toContain('[cảnh báo] noi-nhan.nhu-kinh-gui (noiNhan.0): «Như Kính gửi;»');
    expect(text).toContain('Phụ lục I, Phần I, Mục II, khoản 9, điểm b');
    expect(text).toMatch(/0 lỗi, 5 cảnh báo\.$/);
    expect(sb.err).toEqual([]);
  });

  it('prints what the import normalised before the findings', async () => {
    const text = fixtureText('ke-hoach-13-KH-UBND').replace('ngày 28 tháng 02 năm 2023', 'ngày 28 tháng 03 năm 2023');
    expect(await runCheck([sb.file('ke-hoach.txt', text)], sb.io)).toBe(0);
    expect(sb.out[0]).toMatch(/^Ghi chú nhập: Dòng ngày tháng: «tháng 03» đọc là tháng 3/);
  });

  it('exits 1 while an error remains, and lists it first', async () => {
    const json = JSON.stringify({ ...CLEAN, diaDanh: 'Xã Hương Long', noiNhan: ['Như trên;', 'Lưu: VT'] });
    expect(await runCheck([sb.file('bc.json', json)], sb.io)).toBe(1);
    expect(sb.out[0]).toMatch(/^\[lỗi\] /);
    expect(sb.out.join('\n')).toContain('[lỗi] dia-danh.ten-chung (diaDanh): Địa danh «Xã Hương Long»');
    expect(sb.out.join('\n')).toContain('[lỗi] noi-nhan.dau-cham-cuoi (noiNhan.1)');
    expect(sb.out.at(-1)).toBe('2 lỗi, 0 cảnh báo.');
  });

  it('says so when there is nothing to report', async () => {
    expect(await runCheck([sb.file('ok.json', JSON.stringify(CLEAN))], sb.io)).toBe(0);
    expect(sb.out).toEqual(['Không thấy lỗi thể thức.']);
  });

  it('refuses bad input with one Vietnamese message, exit 1, no stack trace', async () => {
    const cases: [string[], RegExp][] = [
      [[sb.file('a.json', '{"loai": ')], /không phải JSON hợp lệ/],
      [[sb.file('b.json', JSON.stringify({ type: 'excalidraw' }))], /Loại văn bản: chưa có/],
      [[join(sb.dir, 'missing.txt')], /Không tìm thấy tệp đầu vào/],
      [[sb.file('c.pdf', 'x')], /chỉ nhận tệp Word \(\.docx\), văn bản thuần \(\.txt\) hoặc tệp \.json/],
      [[sb.file('d.txt', new Uint8Array([0xc3, 0x28]))], /không phải văn bản UTF-8/],
      [[], /Cách dùng: npm run check/],
      [['a.txt', 'b.txt'], /Cách dùng/],
    ];
    for (const [args, pattern] of cases) {
      sb.err = [];
      expect(await runCheck(args, sb.io)).toBe(1);
      expect(sb.err).toHaveLength(1);
      expect(sb.err[0]).toMatch(pattern);
      expect(sb.err[0]).not.toMatch(/\n\s+at /);
    }
  });

  it('runs as an npm script with the exit code of the findings', async () => {
    const run = promisify(execFile);
    const cwd = resolve(import.meta.dirname, '../../..');
    const bad = sb.file('bad.json', JSON.stringify({ ...CLEAN, maCoQuan: '' }));
    const r = await run('npm', ['run', '--silent', 'check', '--', bad], { cwd }).catch((e) => e);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('so-ky-hieu.thieu-ma-co-quan');
    const broken = await run('npm', ['run', '--silent', 'check', '--', sb.file('x.json', '[1,')], { cwd }).catch((e) => e);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/^Lỗi: Tệp .* không phải JSON hợp lệ/m);
    expect(broken.stderr).not.toMatch(/\n\s+at /);
  }, 30_000);
});
