import { describe, expect, it } from 'vitest';
import { fileKind, OpenFileError, openFile } from '../../../src/core/import/open-file.ts';
import { makeDocx } from '../../helpers/make-docx.ts';
import { fixtureText } from '../../helpers/fixtures.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const p = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

describe('one door for files: .docx, .txt, .json', () => {
  it('tells the kind by the name, else by the first bytes', () => {
    expect(fileKind('a.DOCX', new Uint8Array())).toBe('docx');
    expect(fileKind('bao-cao.txt', new Uint8Array())).toBe('txt');
    expect(fileKind('x.json', new Uint8Array())).toBe('json');
    expect(fileKind('shared-file', new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).toBe('docx');
    expect(fileKind('anh.png', new Uint8Array([0x89, 0x50]))).toBeNull();
  });

  it('reads plain text (UTF-8 or UTF-16 with its mark) through the paste import', () => {
    const text = fixtureText('bao-cao-133-BC-UBND');
    const a = openFile(utf8(text), 'bao-cao.txt');
    expect(a.kind).toBe('txt');
    expect(a.vanBan.so).toBe('133');
    const u16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...text].map((c) => c.charCodeAt(0))).buffer)]);
    expect(openFile(u16, 'bao-cao.txt').vanBan).toEqual(a.vanBan);
  });

  it('reads a Word file through the .docx reader and the same classifier', () => {
    const docx = makeDocx({ body: [p('BÁO CÁO'), p('Kết quả công tác tháng 3'), p('I. KẾT QUẢ'), p('Đã làm xong.')].join('') });
    const r = openFile(docx, 'bc.docx');
    expect(r.kind).toBe('docx');
    expect(r.vanBan.loai).toBe('bao-cao');
    expect(r.vanBan.trichYeu).toBe('Kết quả công tác tháng 3');
    expect(r.vanBan.noiDung.map((b) => (b.capDo === 'bang' ? '' : b.text))).toEqual(['KẾT QUẢ', 'Đã làm xong.']);
  });

  it('attaches a Word footnote to its paragraph, at the place of its mark', () => {
    const ref = '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>';
    const note = '<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Theo số liệu của Chi cục Thống kê.</w:t></w:r></w:p></w:footnote>';
    const docx = makeDocx({
      body: [p('BÁO CÁO'), p('Kết quả công tác tháng 3'), '<w:p><w:r><w:t xml:space="preserve">1. Thu ngân sách đạt 95%</w:t></w:r>' + ref + '<w:r><w:t xml:space="preserve"> kế hoạch.</w:t></w:r></w:p>'].join(''),
      footnotes: note,
    });
    const r = openFile(docx, 'bc.docx');
    const b = r.vanBan.noiDung[0]!;
    expect(b.capDo === 'khoan' && b.text).toBe('Thu ngân sách đạt 95% kế hoạch.');
    expect(b.capDo !== 'bang' && b.chuThich).toEqual([{ viTri: 'Thu ngân sách đạt 95%'.length, noiDung: 'Theo số liệu của Chi cục Thống kê.' }]);
    expect(r.notes.join('\n')).not.toContain('Chi cục Thống kê');
  });

  it('refuses with one sentence naming the file and what is wrong', () => {
    const refused = (bytes: Uint8Array, name: string) => {
      try {
        openFile(bytes, name);
      } catch (e) {
        expect(e).toBeInstanceOf(OpenFileError);
        return (e as Error).message;
      }
      throw new Error('not refused');
    };
    expect(refused(new Uint8Array(), 'rong.docx')).toBe('Tệp «rong.docx» trống: không có nội dung để mở.');
    expect(refused(utf8('x'), 'anh.png')).toMatch(/^Không mở được «anh\.png»: chỉ nhận tệp Word \(\.docx\)/);
    expect(refused(utf8('{"loai":'), 'x.json')).toMatch(/^Tệp «x\.json» không phải JSON hợp lệ/);
    expect(refused(new Uint8Array([0xc3, 0x28]), 'x.txt')).toMatch(/không phải văn bản UTF-8/);
    expect(refused(utf8('not a zip at all'), 'x.docx')).toMatch(/^Tệp «x\.docx»: /);
  });
});
