// Rich paste: clipboard HTML of Word, Excel, Google Sheets and LibreOffice read as data (lines and
// tables with spans), never as markup to insert.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlItems } from '../../../src/core/import/html-items.ts';
import { importBodyItems } from '../../../src/core/import/index.ts';
import type { Bang, Khoi } from '../../../src/core/model/van-ban.ts';
import { FIXTURES_DIR } from '../../helpers/fixtures.ts';

const clipboard = (name: string) => readFileSync(resolve(FIXTURES_DIR, 'tables', 'clipboard', `${name}.html`), 'utf8');
const blocks = (html: string) => importBodyItems(htmlItems(html));
const only = (bs: readonly Khoi[]): Bang => {
  const t = bs.filter((b) => b.capDo === 'bang');
  expect(t).toHaveLength(1);
  return (t[0] as Extract<Khoi, { capDo: 'bang' }>).bang;
};
const cells = (b: Bang) => b.hang.map((h) => h.o.map((o) => (o.gopCot > 1 || o.gopHang > 1 ? `${o.text}{${o.gopCot}×${o.gopHang}}` : o.text)));

describe('clipboard HTML of the usual programs', () => {
  it('Word: conditional comments, styles and <o:p> left out, list marker kept, spans, line break and entities in cells', () => {
    const bs = blocks(clipboard('word'));
    expect(bs.filter((b) => b.capDo !== 'bang')).toEqual([
      { capDo: 'doan', text: 'Kết quả thu ngân sách 6 tháng đầu năm như sau:' },
      { capDo: 'gach', text: 'Thu thuế đạt khá;' },
    ]);
    const b = only(bs);
    expect(b).toMatchObject({ tieuDe: 'Bảng 1. Kết quả thu ngân sách', donViTinh: 'Đơn vị tính: triệu đồng', ghiChu: ['Nguồn: Bộ phận Tài chính – Kế toán xã.'], soHangTieuDe: 2 });
    expect(cells(b)).toEqual([
      ['STT{1×2}', 'Nội dung{1×2}', 'Năm 2025{2×1}'],
      ['Dự toán', 'Thực hiện'],
      ['1', 'Thuế & phí (<ngoài> quốc doanh)\ngồm cả "lệ phí trước bạ"', '1.200', '650'],
      ['', 'Tổng cộng', '1.200', '650'],
    ]);
    expect(b.canLe).toEqual(['giua', 'trai', 'phai', 'phai']);
  });

  it('Excel: the CF_HTML header and StartFragment comments ignored, colspan, a line break in a cell, the title row lifted', () => {
    const b = only(blocks(clipboard('excel')));
    expect(b.tieuDe).toBe('BIỂU TỔNG HỢP DÂN SỐ');
    expect(cells(b)).toEqual([
      ['STT', 'Thôn', 'Số hộ\ntheo giới tính chủ hộ{3×1}'],
      ['1', 'Thôn Đông', '1.200', '650', '550'],
      ['2', 'Thôn Tây & Bắc', '300', '00150', ''],
    ]);
  });

  it('Google Sheets: <google-sheets-html-origin>, an attribute holding ">", <br> in a cell, "&lt;" in text', () => {
    const b = only(blocks(clipboard('sheets')));
    expect(cells(b)).toEqual([
      ['STT', 'Chỉ tiêu', 'Kết quả'],
      ['1', 'Tỷ lệ hộ nghèo < 2%', '1,85'],
      ['2', 'Hộ dùng nước sạch\nở thôn 3', '96'],
    ]);
  });

  it('LibreOffice Writer: <thead> rows are the header, <caption> the caption, a nested table joins its cell, scripts never run', () => {
    const items = htmlItems(clipboard('libreoffice-writer'));
    expect(items.filter((m) => typeof m === 'string')).toEqual(['Danh sách cán bộ tham gia:', 'Biểu số 02. Danh sách cán bộ', 'Hết danh sách.']);
    const b = only(importBodyItems(items));
    expect(b).toMatchObject({ tieuDe: 'Biểu số 02. Danh sách cán bộ', soHangTieuDe: 1 });
    expect(cells(b)).toEqual([
      ['Họ và tên', 'Chức vụ', 'Ghi chú'],
      ['Nguyễn Văn A', 'Chủ tịch\nỦy ban nhân dân xã', 'lồng\nbảng'],
    ]);
    expect(JSON.stringify(items)).not.toMatch(/alert|onerror/);
  });
});

describe('the tokenizer', () => {
  it('decodes named, decimal and hexadecimal references, and leaves unknown ones as typed', () => {
    expect(decodeEntities('&lt;a&gt; &amp;amp; &quot;x&quot; &#39;y&#39; &#7897; &#x1EA1; &nbsp;&hellip; &bogus; & 5')).toBe(`<a> &amp; "x" 'y' ộ ạ \u00A0… &bogus; & 5`);
  });

  it('keeps text around tables in order, a "<" that opens no tag as text, and never a tag or comment', () => {
    expect(htmlItems('<p>a < b</p><!-- x <table> --><table><tr><td>1</td><td>2</td></tr></table><div>sau<br>bảng</div>')).toEqual([
      'a < b',
      { kind: 'bang', hang: [[{ text: '1', gopCot: 1, gopHang: 1 }, { text: '2', gopCot: 1, gopHang: 1 }]] },
      'sau',
      'bảng',
    ]);
  });

  it('tolerates what browsers tolerate: unclosed cells and rows, upper case, unquoted and odd spans, a missing </table>', () => {
    expect(htmlItems('<TABLE><TR><TD COLSPAN=2>a<TD>b<TR><td rowspan="x">c<td colspan=0>d<td rowspan=99999999>e')).toEqual([
      {
        kind: 'bang',
        hang: [
          [{ text: 'a', gopCot: 2, gopHang: 1 }, { text: 'b', gopCot: 1, gopHang: 1 }],
          [{ text: 'c', gopCot: 1, gopHang: 1 }, { text: 'd', gopCot: 1, gopHang: 1 }, { text: 'e', gopCot: 1, gopHang: 65534 }],
        ],
      },
    ]);
  });

  it('marks header rows a table says it has: <thead>, or leading rows of <th>', () => {
    const [t] = htmlItems('<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>');
    expect(t).toMatchObject({ soHangTieuDe: 1 });
    const [u] = htmlItems('<table><tr><td>A</td></tr><tr><td>1</td></tr></table>');
    expect(u).not.toHaveProperty('soHangTieuDe');
  });

  it('reads a 10 000-column table as data, for the classifier to refuse by its limit', () => {
    const html = `<table><tr>${'<td>x</td>'.repeat(10_000)}</tr></table>`;
    const [t] = htmlItems(html);
    expect(t).toMatchObject({ kind: 'bang' });
    expect(() => importBodyItems([t!])).toThrow('bảng có 10.000 cột, một bảng tối đa 30 cột');
  });
});
