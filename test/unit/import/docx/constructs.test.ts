// The .docx reader, one Word construct at a time, on files built in the test: what Word shows is
// what the classifier gets, in reading order, and what is left out is named in a note.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../../src/core/import/docx/index.ts';
import type { BangNhap } from '../../../../src/core/import/nguon.ts';
import { makeDocx, p, r, sectPr, tbl, tc, tr, type DocxSpec } from '../../../helpers/make-docx.ts';

const read = (spec: DocxSpec | string) => readDocx(makeDocx(typeof spec === 'string' ? { body: spec } : spec));
const lines = (spec: DocxSpec | string) => read(spec).items;

const fld = (instr: string, result: string) =>
  `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ${instr} </w:instrText></w:r>` +
  `<w:r><w:fldChar w:fldCharType="separate"/></w:r>${r(result)}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;

const textBox = (text: string) =>
  `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">` +
  `<wps:wsp><wps:txbx><w:txbxContent>${p(text)}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>` +
  `<mc:Fallback><w:pict><v:rect><v:textbox><w:txbxContent>${p(text)}</w:txbxContent></v:textbox></v:rect></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;

const picture = `<w:r><w:drawing><wp:inline><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:blipFill><a:blip r:embed="rId9"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`;

describe('paragraphs', () => {
  it('keeps paragraphs in order, trims them, drops empty ones and reads NFC', () => {
    expect(lines(p('  Một  ') + '<w:p/>' + p([r('Ha'), r('i')]) + p('Bo\u0301n'))).toEqual(['Một', 'Hai', 'Bón']);
  });

  it('turns a soft break into a new line and keeps a TAB', () => {
    expect(lines(p([r('Nơi nhận:'), '<w:r><w:br/></w:r>', r('- Như trên;'), '<w:r><w:tab/></w:r>', r('x')]))).toEqual(['Nơi nhận:', '- Như trên;\tx']);
  });

  it('reads a non-breaking hyphen, a symbol, hyperlinks, smart tags and content controls', () => {
    const body =
      p([r('Nghị định 30'), '<w:r><w:noBreakHyphen/></w:r>', r('2020')]) +
      p(`<w:hyperlink r:id="rId5">${r('liên kết')}</w:hyperlink><w:smartTag w:element="place">${r(' Lâm Đồng')}</w:smartTag>`) +
      `<w:sdt><w:sdtContent>${p('trong điều khiển')}</w:sdtContent></w:sdt>`;
    expect(lines(body)).toEqual(['Nghị định 30-2020', 'liên kết Lâm Đồng', 'trong điều khiển']);
  });

  it('keeps the result of a field and drops its instruction, nested fields too', () => {
    const nested =
      `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>IF </w:instrText></w:r>${fld('PAGE', '9')}` +
      `<w:r><w:fldChar w:fldCharType="separate"/></w:r>${r('kết quả')}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    expect(lines(p([r('Xem '), fld('HYPERLINK "https://x.vn"', 'Nghị định 30'), r('.')]) + p(nested) + p(`<w:fldSimple w:instr=" DATE ">${r('01/01/2026')}</w:fldSimple>`))).toEqual([
      'Xem Nghị định 30.',
      'kết quả',
      '01/01/2026',
    ]);
  });

  it('accepts insertions and drops deletions of tracked changes, and says so', () => {
    const d = read(p([r('Giữ '), `<w:ins w:id="1" w:author="A">${r('thêm ')}</w:ins>`, `<w:del w:id="2" w:author="A"><w:r><w:delText>xóa </w:delText></w:r></w:del>`, r('xong')]));
    expect(d.items).toEqual(['Giữ thêm xong']);
    expect(d.notes.join('\n')).toMatch(/Track Changes.*1 chỗ thêm.*1 chỗ xóa/);
  });

  it('reads math as its text', () => {
    expect(lines(p([r('Diện tích '), '<m:oMath><m:r><m:t>a×b</m:t></m:r></m:oMath>']))).toEqual(['Diện tích a×b']);
  });

  it('puts hidden text in a note, not in the draft', () => {
    const d = read(p([r('Hiện'), r(' ẩn đi', '<w:vanish/>')]));
    expect(d.items).toEqual(['Hiện']);
    expect(d.notes).toContain('Bỏ chữ ẩn (không hiện khi in) «ẩn đi».');
  });
});

describe('text boxes, pictures, page headers, comments', () => {
  it('reads a text box once (the mc:Choice, not its mc:Fallback copy), after its paragraph', () => {
    const d = read(p([r('Trước'), textBox('DỰ THẢO')]) + p('Sau'));
    expect(d.items).toEqual(['Trước', 'DỰ THẢO', 'Sau']);
    expect(d.notes).toContain('Chữ trong 1 khung văn bản (text box) được đặt ngay sau đoạn chứa khung.');
  });

  it('reads a VML-only text box (old Word) too', () => {
    expect(lines(p(`<w:r><w:pict><v:rect><v:textbox><w:txbxContent>${p('Khung cũ')}</w:txbxContent></v:textbox></v:rect></w:pict></w:r>`))).toEqual(['Khung cũ']);
  });

  it('reads the text of old WordArt, in the body and as a page header watermark', () => {
    const wordArt = (text: string) => `<w:r><w:pict><v:shape><v:textpath style="font-family:Times" string="${text}"/></v:shape></w:pict></w:r>`;
    const d = read({ body: p([r('Trên'), wordArt('KHẨN')]), headers: [p(wordArt('DỰ THẢO'))] });
    expect(d.items).toEqual(['Trên', 'KHẨN']);
    expect(d.notes).toEqual(['Bỏ chữ ở đầu trang hoặc chân trang «DỰ THẢO»: bố cục tự đặt đầu trang và số trang.']);
  });

  it('counts pictures into one note', () => {
    const d = read(p([r('Logo'), picture]) + p(picture));
    expect(d.items).toEqual(['Logo']);
    expect(d.notes).toContain('Bỏ 2 hình ảnh (ảnh, logo) trong tệp: ứng dụng không giữ hình ảnh.');
  });

  it('notes text of page headers but not page numbers, and comments', () => {
    const d = read({
      body: p('Thân'),
      headers: [p(fld('PAGE', '2')), p('BM01/VPUB')],
      comments: `<w:comment w:id="0" w:author="A">${p('Sửa câu này')}</w:comment>`,
    });
    expect(d.items).toEqual(['Thân']);
    expect(d.notes).toEqual([
      'Bỏ chữ ở đầu trang hoặc chân trang «BM01/VPUB»: bố cục tự đặt đầu trang và số trang.',
      'Bỏ nhận xét (comment) «Sửa câu này».',
    ]);
  });

  it('has no notes for a plain document', () => {
    expect(read(p('Một')).notes).toEqual([]);
  });
});

describe('footnotes', () => {
  const notes = (...texts: string[]) =>
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>' +
    texts.map((t, i) => `<w:footnote w:id="${i + 1}"><w:p><w:r><w:footnoteRef/></w:r>${r(` ${t}`)}</w:p></w:footnote>`).join('');
  const ref = (id: number) => `<w:r><w:footnoteReference w:id="${id}"/></w:r>`;

  it('gives each footnote its text and the place of its reference in the trimmed line', () => {
    const d = read({ body: p([r('  Căn cứ Luật'), ref(1), r(' năm 2025'), ref(2)]), footnotes: notes('Luật số 72/2025/QH15.', 'Sửa đổi năm 2025.') });
    expect(d.items).toEqual(['Căn cứ Luật năm 2025']);
    expect(d.footnotes).toEqual([
      { item: 0, offset: 11, text: 'Luật số 72/2025/QH15.' },
      { item: 0, offset: 20, text: 'Sửa đổi năm 2025.' },
    ]);
  });

  it('places a reference inside a data table cell by row and cell', () => {
    const table = tbl([
      ['STT', 'Đơn vị', 'Số liệu'],
      ['1', tc(p([r('Sở Nội vụ'), ref(1)])), '5'],
      ['2', 'Sở Tư pháp', '7'],
    ]);
    const d = read({ body: p('Bảng:') + table, footnotes: notes('Kể cả chi cục.') });
    expect(d.footnotes).toEqual([{ item: 1, offset: 9, cell: { row: 1, index: 1 }, text: 'Kể cả chi cục.' }]);
  });

  it('reads endnotes as footnotes and says so', () => {
    const d = read({
      body: p([r('Kết thúc'), '<w:r><w:endnoteReference w:id="1"/></w:r>']),
      endnotes: `<w:endnote w:id="1"><w:p><w:r><w:endnoteRef/></w:r>${r(' Ghi chú cuối.')}</w:p></w:endnote>`,
    });
    expect(d.footnotes).toEqual([{ item: 0, offset: 8, text: 'Ghi chú cuối.', endnote: true }]);
    expect(d.notes).toContain('1 chú thích cuối văn bản (endnote) được đọc như chú thích cuối trang.');
  });

  it('attaches a reference standing alone on its line to the end of the line before', () => {
    const d = read({ body: p('Đoạn trước.') + p(ref(1)), footnotes: notes('Chú thích.') });
    expect(d.items).toEqual(['Đoạn trước.']);
    expect(d.footnotes).toEqual([{ item: 0, offset: 11, text: 'Chú thích.' }]);
  });
});

describe('sections', () => {
  it('says where each section starts and whether it is landscape', () => {
    const body = p('Báo cáo') + p('Ký', `${sectPr()}`) + p('Phụ lục') + tbl([['a', 'b'], ['1', '2']]) + sectPr(true);
    const d = read(body);
    expect(d.items.slice(0, 3)).toEqual(['Báo cáo', 'Ký', 'Phụ lục']);
    expect(d.sections).toEqual([
      { start: 0, landscape: false },
      { start: 2, landscape: true },
    ]);
  });

  it('has one portrait section when the file names none', () => {
    expect(read(p('x')).sections).toEqual([{ start: 0, landscape: false }]);
  });
});

describe('header and signature tables', () => {
  const header = tbl(
    [
      [['ỦY BAN NHÂN DÂN', 'TỈNH LÂM ĐỒNG', 'Số:      /BC-UBND'], ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Lâm Đồng, ngày   tháng 3 năm 2026']],
    ],
    [3600, 5600],
  );

  it('reads the header table left cell first, then right, as the classifier expects', () => {
    expect(lines(header + p('BÁO CÁO'))).toEqual([
      'ỦY BAN NHÂN DÂN',
      'TỈNH LÂM ĐỒNG',
      'Số:      /BC-UBND',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Lâm Đồng, ngày   tháng 3 năm 2026',
      'BÁO CÁO',
    ]);
  });

  it('places cells by their centre when rows start at different grid columns, and reads a Kính gửi row after', () => {
    const rows =
      tr([tc(['ỦY BAN NHÂN DÂN', 'TỈNH LÂM ĐỒNG']), tc(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'], '<w:gridSpan w:val="2"/>')], '<w:gridBefore w:val="1"/>') +
      tr([tc('Số:   /UBND-NC'), tc('Lâm Đồng, ngày   tháng 4 năm 2026', '<w:gridSpan w:val="2"/>')], '<w:gridBefore w:val="1"/>') +
      tr([tc(['V/v triển khai thực hiện', 'Công văn số 3653/VPCP-CĐS'], '<w:gridSpan w:val="3"/>'), tc('')]) +
      tr([tc('Kính gửi:', '<w:gridSpan w:val="2"/>'), tc(['- Sở Nội vụ;', '- Sở Tư pháp.'], '<w:gridSpan w:val="2"/>')]);
    expect(lines(tbl([rows], [284, 3686, 284, 5386]))).toEqual([
      'ỦY BAN NHÂN DÂN',
      'TỈNH LÂM ĐỒNG',
      'Số:   /UBND-NC',
      'V/v triển khai thực hiện',
      'Công văn số 3653/VPCP-CĐS',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Lâm Đồng, ngày   tháng 4 năm 2026',
      'Kính gửi:',
      '- Sở Nội vụ;',
      '- Sở Tư pháp.',
    ]);
  });

  it('reads the signature table Nơi nhận first, then the signer, across rows', () => {
    const sig = tbl([
      ['Nơi nhận:', 'KT. CHỦ TỊCH'],
      [['- Bộ Nội vụ;', '- Lưu: VT, NC.'], ['PHÓ CHỦ TỊCH', '', '', 'Đinh Văn Tuấn']],
    ]);
    expect(lines(sig)).toEqual(['Nơi nhận:', '- Bộ Nội vụ;', '- Lưu: VT, NC.', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Đinh Văn Tuấn']);
  });

  it('reads a boxed trích yếu (one cell) as its lines, and unwraps a table that only holds another', () => {
    const box = tbl([['Tổ chức, hoạt động và quản lý hội năm 2025']]);
    const wrapper = tbl([[[header, '']]]);
    expect(lines(box + wrapper).slice(0, 4)).toEqual(['Tổ chức, hoạt động và quản lý hội năm 2025', 'ỦY BAN NHÂN DÂN', 'TỈNH LÂM ĐỒNG', 'Số:      /BC-UBND']);
  });

  it('reads a form whose cells hold whole paragraphs row by row, not as a data table', () => {
    const long = Array.from({ length: 8 }, (_, i) => `${i + 1}. Ý kiến thứ ${i + 1}`);
    const items = lines(tbl([[long, 'Lãnh đạo phòng'], ['Chuyên viên', 'Ngày 19 tháng 12 năm 2025']]));
    expect(items.every((m) => typeof m === 'string')).toBe(true);
    expect(items).toEqual([...long, 'Lãnh đạo phòng', 'Chuyên viên', 'Ngày 19 tháng 12 năm 2025']);
  });
});

describe('data tables', () => {
  it('turns gridSpan, vMerge and header rows into spans', () => {
    const rows =
      tr([tc('STT', '<w:vMerge w:val="restart"/>'), tc('Chỉ tiêu', '<w:vMerge w:val="restart"/>'), tc('Kết quả', '<w:gridSpan w:val="2"/>')], '<w:tblHeader/>') +
      tr([tc('', '<w:vMerge/>'), tc('', '<w:vMerge/>'), tc('Đơn vị'), tc('Số liệu')], '<w:tblHeader/>') +
      tr([tc('1'), tc('Văn bản'), tc('Văn bản'), tc('29')]) +
      tr([tc('2'), tc(['Tỷ lệ', '(lũy kế)']), tc('%'), tc('22,45')]);
    const d = read(tbl([rows]));
    const bang = d.items[0] as BangNhap;
    expect(bang).toEqual({
      kind: 'bang',
      soHangTieuDe: 2,
      hang: [
        [
          { text: 'STT', gopCot: 1, gopHang: 2 },
          { text: 'Chỉ tiêu', gopCot: 1, gopHang: 2 },
          { text: 'Kết quả', gopCot: 2, gopHang: 1 },
        ],
        [
          { text: 'Đơn vị', gopCot: 1, gopHang: 1 },
          { text: 'Số liệu', gopCot: 1, gopHang: 1 },
        ],
        [
          { text: '1', gopCot: 1, gopHang: 1 },
          { text: 'Văn bản', gopCot: 1, gopHang: 1 },
          { text: 'Văn bản', gopCot: 1, gopHang: 1 },
          { text: '29', gopCot: 1, gopHang: 1 },
        ],
        [
          { text: '2', gopCot: 1, gopHang: 1 },
          { text: 'Tỷ lệ\n(lũy kế)', gopCot: 1, gopHang: 1 },
          { text: '%', gopCot: 1, gopHang: 1 },
          { text: '22,45', gopCot: 1, gopHang: 1 },
        ],
      ],
    });
  });

  it('keeps text typed in a merged-away cell, fills a skipped leading column, and drops a table with no text', () => {
    const rows =
      tr([tc('A', '<w:vMerge w:val="restart"/>'), tc('x')]) + tr([tc('còn', '<w:vMerge/>'), tc('y')]) + tr([tc('z')], '<w:gridBefore w:val="1"/>');
    const d = read(tbl([rows]) + tbl([['', ''], ['', '']]));
    expect(d.items).toEqual([
      {
        kind: 'bang',
        hang: [
          [
            { text: 'A\ncòn', gopCot: 1, gopHang: 2 },
            { text: 'x', gopCot: 1, gopHang: 1 },
          ],
          [{ text: 'y', gopCot: 1, gopHang: 1 }],
          [
            { text: '', gopCot: 1, gopHang: 1 },
            { text: 'z', gopCot: 1, gopHang: 1 },
          ],
        ],
      },
    ]);
  });

  it('drops a row deleted with tracked changes and counts it', () => {
    const d = read(tbl([['a', 'b'], tr([tc('c'), tc('d')], '<w:del w:id="1" w:author="A"/>'), ['e', 'f']]));
    expect((d.items[0] as BangNhap).hang.map((row) => row.map((o) => o.text))).toEqual([
      ['a', 'b'],
      ['e', 'f'],
    ]);
    expect(d.notes[0]).toMatch(/bỏ 1 chỗ xóa/);
  });
});

describe('the package', () => {
  const rels = (type: string, target: string) =>
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${type}" Target="${target}"/></Relationships>`;

  it('finds the main document through the package relationships, wherever it is', () => {
    const zip = zipSync({
      '_rels/.rels': strToU8(rels('http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument', '/noi-dung/chinh.xml')),
      'noi-dung/chinh.xml': strToU8(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${p('Ở chỗ khác')}</w:body></w:document>`),
    });
    expect(readDocx(zip).items).toEqual(['Ở chỗ khác']);
  });

  it('reads a file saved as Strict Open XML', () => {
    const zip = zipSync({
      '_rels/.rels': strToU8(rels('http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument', 'word/document.xml')),
      'word/document.xml': strToU8(
        `<w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"><w:body><w:p><w:r><w:t>Bản strict</w:t><w:tab/><w:t>x</w:t></w:r></w:p></w:body></w:document>`,
      ),
    });
    expect(readDocx(zip).items).toEqual(['Bản strict\tx']);
  });
});
