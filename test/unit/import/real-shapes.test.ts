// Shapes that running real documents through the import revealed (issue 9, part 5): "Căn cứ …"
// lines of a report or a plan, issuing bodies over three lines, numbered lists, draft marks.
import { describe, expect, it } from 'vitest';
import { checkVanBan } from '../../../src/core/checker/index.ts';
import { importVanBan } from '../../../src/core/import/index.ts';
import { missingLines } from './accounted.ts';

const doc = (...lines: string[]) => lines.join('\n');
const errorsOf = (text: string) =>
  checkVanBan(importVanBan(text).vanBan)
    .filter((f) => f.severity === 'error')
    .map((f) => f.ruleId);

const FOOTER = ['Nơi nhận:', '- UBND huyện;', '- Lưu: VT.', 'KT. TRƯỞNG PHÒNG', 'PHÓ TRƯỞNG PHÒNG', 'Trần Văn D'];

describe('"Căn cứ …" is a legal basis only in the types whose samples have one', () => {
  const baoCao = doc(
    'UBND HUYỆN GIO LINH',
    'PHÒNG NỘI VỤ',
    'Số: 45/BC-PNV',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    'Gio Linh, ngày 15 tháng 12 năm 2023',
    'BÁO CÁO',
    'Kết quả công tác cải cách hành chính năm 2023',
    'Căn cứ Chương trình công tác năm 2023 của UBND huyện; Phòng Nội vụ báo cáo kết quả công tác cải cách hành chính năm 2023 như sau:',
    'I. KẾT QUẢ ĐẠT ĐƯỢC',
    'Các cơ quan, đơn vị đã triển khai đầy đủ các nhiệm vụ.',
    'Trên đây là báo cáo của Phòng Nội vụ./.',
    ...FOOTER,
  );

  it('a báo cáo whose first paragraph starts "Căn cứ" keeps it as its first body paragraph', () => {
    const { vanBan: v } = importVanBan(baoCao);
    expect(v.loai).toBe('bao-cao');
    expect(v.canCu).toEqual([]);
    expect(v.noiDung[0]).toEqual({
      capDo: 'doan',
      text: 'Căn cứ Chương trình công tác năm 2023 của UBND huyện; Phòng Nội vụ báo cáo kết quả công tác cải cách hành chính năm 2023 như sau:',
    });
    expect(v.noiDung[1]).toEqual({ capDo: 'muc', text: 'KẾT QUẢ ĐẠT ĐƯỢC' });
  });

  it('and the checker finds no error in that correct report', () => {
    expect(errorsOf(baoCao)).toEqual([]);
  });

  const keHoach = doc(
    'ỦY BAN NHÂN DÂN',
    'XÃ HƯƠNG LONG',
    'Số: 13/KH-UBND',
    'Hương Long, ngày 28 tháng 02 năm 2023',
    'KẾ HOẠCH',
    'Tuyên truyền cải cách hành chính năm 2023',
    'Căn cứ Kế hoạch số 05/KH-UBND ngày 05/01/2023 của UBND huyện về cải cách hành chính năm 2023;',
    'Căn cứ tình hình thực tế của địa phương,',
    'Ủy ban nhân dân xã ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2023 như sau:',
    'I. MỤC ĐÍCH, YÊU CẦU',
    'Nâng cao nhận thức của cán bộ và người dân./.',
    'Nơi nhận:',
    '- UBND huyện;',
    '- Lưu: VT.',
    'TM. ỦY BAN NHÂN DÂN',
    'CHỦ TỊCH',
    'Nguyễn Văn A',
  );

  it('a kế hoạch keeps its "Căn cứ …" lines and the "… ban hành Kế hoạch … như sau:" line as body text, in order', () => {
    const { vanBan: v } = importVanBan(keHoach);
    expect(v.loai).toBe('ke-hoach');
    expect(v.canCu).toEqual([]);
    expect(v.noiDung.slice(0, 4)).toEqual([
      { capDo: 'doan', text: 'Căn cứ Kế hoạch số 05/KH-UBND ngày 05/01/2023 của UBND huyện về cải cách hành chính năm 2023;' },
      { capDo: 'doan', text: 'Căn cứ tình hình thực tế của địa phương,' },
      { capDo: 'doan', text: 'Ủy ban nhân dân xã ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2023 như sau:' },
      { capDo: 'muc', text: 'MỤC ĐÍCH, YÊU CẦU' },
    ]);
    expect(errorsOf(keHoach)).toEqual([]);
  });

  it('a quyết định still reads them as căn cứ ban hành, up to the proposal line', () => {
    const { vanBan: v } = importVanBan(
      doc(
        'ỦY BAN NHÂN DÂN',
        'XÃ HƯƠNG LONG',
        'Số: 25/QĐ-UBND',
        'Hương Long, ngày 02 tháng 4 năm 2024',
        'QUYẾT ĐỊNH',
        'Về việc thành lập Tổ tuyên truyền',
        'CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ HƯƠNG LONG',
        'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;',
        'Theo đề nghị của công chức Văn phòng - Thống kê.',
        'QUYẾT ĐỊNH:',
        'Điều 1. Thành lập Tổ tuyên truyền./.',
        ...FOOTER,
      ),
    );
    expect(v.canCu).toEqual(['Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;', 'Theo đề nghị của công chức Văn phòng - Thống kê.']);
  });

  it('a decision pasted without its header is known by its "QUYẾT ĐỊNH:" line, and keeps its căn cứ ban hành', () => {
    const { vanBan: v, notes } = importVanBan(
      doc('Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;', 'Xét đề nghị của công chức Văn phòng - Thống kê.', 'QUYẾT ĐỊNH:', 'Điều 1. Thành lập Tổ tuyên truyền./.'),
    );
    expect(v.loai).toBe('quyet-dinh');
    expect(v.canCu).toHaveLength(2);
    expect(notes).toContain('Loại văn bản: không thấy dòng «Số:», tên loại hay «V/v»; dòng «QUYẾT ĐỊNH:» cho thấy đây là Quyết định');
  });

  it('loses no line either way', () => {
    for (const text of [baoCao, keHoach]) expect(missingLines(text, importVanBan(text))).toEqual([]);
  });
});

describe('issuing bodies: the superior body is one name, the issuer may take two lines', () => {
  const header = (...bodies: string[]) =>
    importVanBan(doc(...bodies, 'Số: 12/BC-TTPVHCC', 'Lâm Đồng, ngày 05 tháng 3 năm 2026', 'BÁO CÁO', 'Kết quả tháng 02', 'Nội dung./.', ...FOOTER)).vanBan;

  it.each([
    // The case of issue 9: the parent's line, then the issuer over two lines.
    [['VĂN PHÒNG UBND TỈNH', 'TRUNG TÂM PHỤC VỤ', 'HÀNH CHÍNH CÔNG'], 'VĂN PHÒNG UBND TỈNH', 'TRUNG TÂM PHỤC VỤ\nHÀNH CHÍNH CÔNG'],
    // real-docx 02: a steering committee whose name wraps after a comma.
    [
      ['UBND TỈNH LÂM ĐỒNG', 'BAN CHỈ ĐẠO PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO,', 'CHUYỂN ĐỔI SỐ VÀ ĐỀ ÁN 06'],
      'UBND TỈNH LÂM ĐỒNG',
      'BAN CHỈ ĐẠO PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO,\nCHUYỂN ĐỔI SỐ VÀ ĐỀ ÁN 06',
    ],
    // A superior body over two lines, then the issuer.
    [['ỦY BAN NHÂN DÂN', 'TỈNH LÂM ĐỒNG', 'TRUNG TÂM PHỤC VỤ', 'HÀNH CHÍNH CÔNG'], 'ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG', 'TRUNG TÂM PHỤC VỤ\nHÀNH CHÍNH CÔNG'],
    // real-docx 07, 08, 27: parent and issuer on a line each.
    [['BỘ CÔNG AN', 'CÔNG AN TỈNH LÂM ĐỒNG'], 'BỘ CÔNG AN', 'CÔNG AN TỈNH LÂM ĐỒNG'],
    [['UBND TỈNH LÂM ĐỒNG', 'SỞ NỘI VỤ'], 'UBND TỈNH LÂM ĐỒNG', 'SỞ NỘI VỤ'],
    [['UBND TỈNH LÂM ĐỒNG', 'VĂN PHÒNG'], 'UBND TỈNH LÂM ĐỒNG', 'VĂN PHÒNG'],
    // One body over two lines, with no parent.
    [['ỦY BAN NHÂN DÂN', 'TỈNH LÂM ĐỒNG'], '', 'ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG'],
    [['TRUNG TÂM PHỤC VỤ', 'HÀNH CHÍNH CÔNG'], '', 'TRUNG TÂM PHỤC VỤ\nHÀNH CHÍNH CÔNG'],
    // "ĐỔI MỚI" is not "ĐỘI": diacritics count when a line is read as the start of a body.
    [['ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG', 'ĐỔI MỚI SÁNG TẠO'], '', 'ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG\nĐỔI MỚI SÁNG TẠO'],
  ])('%j', (bodies, chuQuan, banHanh) => {
    const v = header(...bodies);
    expect(v.coQuanChuQuan).toBe(chuQuan);
    expect(v.coQuanBanHanh).toBe(banHanh);
  });
});

describe('draft marks are a flag of the document, never its type name or summary', () => {
  const HEAD = ['ỦY BAN NHÂN DÂN', 'XÃ HƯƠNG LONG', 'Số:      /KH-UBND', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Hương Long, ngày      tháng 3 năm 2024'];
  const REST = ['Tuyên truyền cải cách hành chính năm 2024', 'I. MỤC ĐÍCH', 'Nâng cao nhận thức./.', ...FOOTER];
  const read = (...lines: string[]) => importVanBan(doc(...lines));

  it.each([
    ['"DỰ THẢO" above the type name', [...HEAD, 'DỰ THẢO', 'KẾ HOẠCH', ...REST], null],
    ['"(Dự thảo)" under the type name', [...HEAD, 'KẾ HOẠCH', '(Dự thảo)', ...REST], null],
    ['"Dự thảo lần 2" above the header', ['Dự thảo lần 2', ...HEAD, 'KẾ HOẠCH', ...REST], 2],
    ['"DỰ THẢO 2" (real-docx 16)', [...HEAD, 'DỰ THẢO 2', 'KẾ HOẠCH', ...REST], 2],
    ['"(DỰ THẢO)" beside the type name', [...HEAD, 'KẾ HOẠCH (DỰ THẢO)', ...REST], null],
    ['"(Dự thảo lần thứ 3)" after the trích yếu', [...HEAD, 'KẾ HOẠCH', 'Tuyên truyền cải cách hành chính năm 2024', '(Dự thảo lần thứ 3)', ...REST.slice(1)], 3],
  ])('%s', (_, lines, lan) => {
    const text = doc(...lines);
    const { vanBan: v, notes } = importVanBan(text);
    expect(v).toMatchObject({ loai: 'ke-hoach', duThao: true, lanDuThao: lan, trichYeu: 'Tuyên truyền cải cách hành chính năm 2024', coQuanBanHanh: 'ỦY BAN NHÂN DÂN\nXÃ HƯƠNG LONG' });
    expect(v.noiDung[0]).toEqual({ capDo: 'muc', text: 'MỤC ĐÍCH' });
    expect(notes.filter((n) => n.includes('dấu dự thảo'))).toHaveLength(1);
    expect(missingLines(text, { vanBan: v, notes })).toEqual([]);
  });

  it('"DỰ THẢO" where a công văn has no type name is not its summary', () => {
    const { vanBan: v } = read('UBND TỈNH LÂM ĐỒNG', 'SỞ NỘI VỤ', 'Số:     /SNV-TCBC', 'V/v báo cáo, xin ý kiến', 'Lâm Đồng, ngày    tháng 11 năm 2025', 'DỰ THẢO', 'Kính gửi: Chủ tịch UBND tỉnh', 'Sở Nội vụ báo cáo như sau./.', ...FOOTER);
    expect(v).toMatchObject({ loai: 'cong-van', duThao: true, lanDuThao: null, trichYeu: 'báo cáo, xin ý kiến', kinhGui: ['Chủ tịch UBND tỉnh'] });
  });

  it('a document without a mark is not a draft, and body sentences about a draft stay text', () => {
    const { vanBan: v } = read(...HEAD, 'KẾ HOẠCH', 'Tuyên truyền cải cách hành chính năm 2024', 'Dự thảo kế hoạch đã được gửi lấy ý kiến./.', ...FOOTER);
    expect(v).toMatchObject({ duThao: false, lanDuThao: null });
    expect(v.ketThuc).toBe('Dự thảo kế hoạch đã được gửi lấy ý kiến');
  });
});

describe('numbers: the layout prints them from the levels, and the import says where that changes one', () => {
  const text = (...items: string[]) =>
    doc('Số: 5/TB-UBND', 'Lâm Đồng, ngày 22 tháng 01 năm 2026', 'THÔNG BÁO', 'Kết luận hội nghị', 'II. NHIỆM VỤ', ...items, 'III. TỔ CHỨC THỰC HIỆN', 'Giao Sở Nội vụ theo dõi./.', ...FOOTER);

  it('a skipped number (real-text 08 goes 1. … 5., 7.) is printed 6. with a note naming the item', () => {
    const { vanBan: v, notes } = importVanBan(text('1. Về cải cách thể chế', '5. Về chính quyền số', '7. Trách nhiệm của các sở, ban, ngành'));
    expect(v.noiDung.flatMap((b) => (b.capDo === 'khoan' ? [b.text] : []))).toEqual(['Về cải cách thể chế', 'Về chính quyền số', 'Trách nhiệm của các sở, ban, ngành']);
    expect(notes.filter((n) => n.startsWith('Số thứ tự'))).toEqual([
      'Số thứ tự «5.» của «Về chính quyền số» được in là «2.»: ứng dụng đánh số theo thứ tự các cấp, kiểm tra lại nếu bản gốc bỏ sót hay lặp số',
      'Số thứ tự «7.» của «Trách nhiệm của các sở, ban, ngành» được in là «3.»: ứng dụng đánh số theo thứ tự các cấp, kiểm tra lại nếu bản gốc bỏ sót hay lặp số',
    ]);
  });

  it('says nothing when the typed numbers are the printed ones, "1)" and "a)" forms included', () => {
    const { notes } = importVanBan(text('1) Về thể chế', 'a) Rà soát văn bản;', 'b) Tham mưu sửa đổi.', '2. Về thủ tục'));
    expect(notes.filter((n) => n.startsWith('Số thứ tự'))).toEqual([]);
  });

  it('sums up past five changes', () => {
    const { notes } = importVanBan(text(...[3, 5, 7, 9, 11, 13, 15].map((n) => `${n}. Mục ${n}`)));
    expect(notes.filter((n) => n.startsWith('Số thứ tự'))).toHaveLength(5);
    expect(notes).toContain('Còn 2 số thứ tự khác được đánh lại theo thứ tự các cấp');
  });
});

describe('a quoted text keeps its own items (real-text 10 quotes a decree’s "a) … b) …")', () => {
  const quote = [
    'Tại khoản 5 Điều 32 Nghị định số 126/2024/NĐ-CP ngày 08/10/2024 của Chính phủ quy định:',
    '“a) Trong thời hạn 60 ngày làm việc kể từ ngày có quyết định, hội phải tổ chức đại hội;',
    'b) Hội báo cáo kết quả đại hội theo quy định tại khoản 1 Điều 21 Nghị định này”.',
  ];
  const text = doc('Số: 2926/SNV-TCBC', 'V/v báo cáo', 'Lâm Đồng, ngày 15 tháng 11 năm 2025', 'Kính gửi: Chủ tịch UBND tỉnh', '1. Về khó khăn', ...quote, '2. Đề xuất', 'Sở Nội vụ kính báo cáo./.', ...FOOTER);

  it('imports the quoted lines as paragraphs typed as they were: "b)" stays b), not the outline\'s a)', () => {
    const r = importVanBan(text);
    expect(r.vanBan.noiDung.slice(1, 4)).toEqual(quote.map((t) => ({ capDo: 'doan', text: t })));
    expect(r.vanBan.noiDung.map((b) => b.capDo)).toEqual(['khoan', 'doan', 'doan', 'doan', 'khoan']);
    expect(r.notes.filter((n) => n.startsWith('Số thứ tự'))).toEqual([]);
    expect(checkVanBan(r.vanBan).filter((f) => f.ruleId.startsWith('noi-dung.'))).toEqual([]);
  });

  it('a quote left open is not a quotation: the lines after it keep their levels', () => {
    const { vanBan: v } = importVanBan(doc('Số: 5/BC-UBND', 'Hà Nội, ngày 05 tháng 3 năm 2024', 'BÁO CÁO', 'Kết quả', 'Thực hiện khẩu hiệu “Dân biết, dân bàn, xã đã làm như sau:', 'a) Tuyên truyền;', 'b) Vận động./.', ...FOOTER));
    expect(v.noiDung.map((b) => b.capDo)).toEqual(['doan', 'diem', 'diem']);
  });
});
