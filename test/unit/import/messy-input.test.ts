// The same document as people actually paste it: CRLF, NFD, stray spaces and blank lines,
// "HOÀ", and Word tables flattened to tab-separated rows.
import { describe, expect, it } from 'vitest';
import { importVanBan } from '../../../src/core/import/index.ts';
import { fixtureText } from '../../helpers/fixtures.ts';
import { missingLines } from './accounted.ts';
import { blockText } from '../../../src/core/table/texts.ts';

const clean = importVanBan(fixtureText('bao-cao-133-BC-UBND')).vanBan;

describe('messy copies of the report', () => {
  it('reads CRLF, NFD, blank lines, padding and "CỘNG HOÀ" the same as the clean text', () => {
    const messy = fixtureText('bao-cao-133-BC-UBND')
      .replace('CỘNG HÒA', 'CỘNG HOÀ')
      .split('\n')
      .map((l, i) => (i % 3 === 0 ? `   ${l}  \t` : i % 3 === 1 ? `\u00A0${l}` : `${l}\n\n`))
      .join('\r\n')
      .normalize('NFD');
    const { vanBan, notes } = importVanBan(messy);
    expect(vanBan).toEqual(clean);
    expect(notes).toEqual([]);
  });

  it('comes back NFC even from NFD input', () => {
    const { vanBan } = importVanBan(fixtureText('ke-hoach-13-KH-UBND').normalize('NFD'));
    expect(vanBan.trichYeu).toBe(vanBan.trichYeu.normalize('NFC'));
    expect(vanBan.noiDung.every((b) => blockText(b) === blockText(b).normalize('NFC'))).toBe(true);
    expect(vanBan.coQuanBanHanh).toBe('ỦY BAN NHÂN DÂN\nXÃ HƯƠNG LONG');
  });

  it('reads header and signature tables that Word flattened into tab-separated rows', () => {
    const lines = fixtureText('bao-cao-133-BC-UBND').split('\n');
    const at = (s: string) => lines.findIndex((l) => l.startsWith(s));
    const body = lines.slice(at('BÁO CÁO'), at('Nơi nhận:'));
    const noiNhan = lines.slice(at('Nơi nhận:'), at('TM.'));
    const tabbed = [
      'ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'XÃ HƯƠNG LONG\tĐộc lập - Tự do - Hạnh phúc',
      'Số: 133/BC-UBND\tHương Long, ngày 11 tháng 12 năm 2023',
      ...body,
      `${noiNhan[0]}\tTM. ỦY BAN NHÂN DÂN`,
      `${noiNhan[1]}\tCHỦ TỊCH`,
      ...noiNhan.slice(2, -1),
      `${noiNhan.at(-1)}\tNguyễn Văn A`,
    ].join('\n');
    const { vanBan, notes } = importVanBan(tabbed);
    expect(vanBan).toEqual(clean);
    expect(notes).toEqual([]);
  });

  it('reads tables copied cell by cell, where only the cell boundary carries a tab', () => {
    const lines = fixtureText('bao-cao-133-BC-UBND').split('\n');
    const at = (s: string) => lines.findIndex((l) => l.startsWith(s));
    const copied = [
      'ỦY BAN NHÂN DÂN',
      'XÃ HƯƠNG LONG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 133/BC-UBND\tHương Long, ngày 11 tháng 12 năm 2023',
      ...lines.slice(at('BÁO CÁO'), at('- Lưu:')),
      '- Lưu: VT, VHTT.\tTM. ỦY BAN NHÂN DÂN',
      'CHỦ TỊCH',
      'Nguyễn Văn A',
    ].join('\n');
    expect(importVanBan(copied).vanBan).toEqual(clean);
  });

  it('reads a header whose empty cells left leading tabs', () => {
    const { vanBan } = importVanBan(
      ['UBND TỈNH X\t\tCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'SỞ Y\tĐộc lập - Tự do - Hạnh phúc', '\t', 'Số: 9/TB-SY\tX, ngày 09 tháng 9 năm 2024', 'THÔNG BÁO'].join('\n'),
    );
    expect(vanBan).toMatchObject({ coQuanChuQuan: 'UBND TỈNH X', coQuanBanHanh: 'SỞ Y', so: '9', loai: 'thong-bao', maCoQuan: 'SY', diaDanh: 'X' });
  });

  it('keeps tabs in prose as spaces, and reads "1.<tab>text" list numbering as a marker', () => {
    const { vanBan } = importVanBan(['BÁO CÁO', 'Kết quả', 'Kính gửi: UBND huyện', 'Cột một\tcột hai', '1.\tTình hình', 'a)\tViệc một'].join('\n'));
    expect(vanBan.noiDung).toEqual([
      { capDo: 'doan', text: 'Cột một cột hai' },
      { capDo: 'khoan', text: 'Tình hình' },
      { capDo: 'diem', text: 'Việc một' },
    ]);
  });

  it('notes and skips drawn rules', () => {
    const { vanBan, notes } = importVanBan(['ỦY BAN NHÂN DÂN', 'XÃ HƯƠNG LONG', '_______', 'Số: 1/BC-UBND', 'BÁO CÁO', 'Kết quả', '-----------', 'Nội dung.'].join('\n'));
    expect(vanBan.coQuanBanHanh).toBe('ỦY BAN NHÂN DÂN\nXÃ HƯƠNG LONG');
    expect(vanBan.noiDung).toEqual([{ capDo: 'doan', text: 'Nội dung.' }]);
    expect(notes.filter((n) => n.startsWith('Bỏ dòng kẻ'))).toHaveLength(2);
  });

  it('loses nothing from any of these copies', () => {
    const text = fixtureText('ke-hoach-13-KH-UBND').replace(/\n/g, '\r\n').normalize('NFD');
    expect(missingLines(text, importVanBan(text))).toEqual([]);
  });
});
