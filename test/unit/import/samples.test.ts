// Shapes of real pastes other than the fixtures: công văn, blanks left for the clerk, a superior
// body, a decision with legal bases, signatures in other orders and forms.
import { describe, expect, it } from 'vitest';
import { importVanBan } from '../../../src/core/import/index.ts';
import { missingLines } from './accounted.ts';
import { blockText } from '../../../src/core/table/texts.ts';

const TODAY = new Date(2024, 5, 1);
const doc = (...lines: string[]) => lines.join('\n');

describe('công văn', () => {
  const text = doc(
    'ỦY BAN NHÂN DÂN',
    'XÃ HƯƠNG LONG',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    'Số: 12/UBND-VX',
    'V/v đăng ký tham gia hội thi',
    'tuyên truyền cải cách hành chính',
    'Hương Long, ngày 05 tháng 3 năm 2024',
    'Kính gửi: Phòng Văn hóa - Thông tin huyện',
    'Thực hiện Công văn số 20/VHTT ngày 01/3/2024 của Phòng Văn hóa - Thông tin huyện, UBND xã Hương Long đăng ký như sau:',
    '- Đội thi gồm 03 thành viên;',
    '- Người phụ trách: ông Lê Văn B, công chức Văn hóa - Xã hội.',
    'Đề nghị Phòng Văn hóa - Thông tin huyện tổng hợp./.',
    'Nơi nhận:',
    '- Như trên;',
    '- Lưu: VT, VX.',
    'TM. ỦY BAN NHÂN DÂN',
    'CHỦ TỊCH',
    'Nguyễn Văn A',
  );
  const { vanBan: v, notes } = importVanBan(text, { today: TODAY });

  it('reads issuer and unit from the symbol, and the V/v summary without "V/v "', () => {
    expect(v).toMatchObject({ loai: 'cong-van', so: '12', maCoQuan: 'UBND', maDonVi: 'VX' });
    expect(v.trichYeu).toBe('đăng ký tham gia hội thi tuyên truyền cải cách hành chính');
  });

  it('reads a one-line Kính gửi as one item', () => {
    expect(v.kinhGui).toEqual(['Phòng Văn hóa - Thông tin huyện']);
  });

  it('reads the body, closing, Nơi nhận and signature', () => {
    expect(v.noiDung.map((b) => b.capDo)).toEqual(['doan', 'gach', 'gach']);
    expect(v.ketThuc).toBe('Đề nghị Phòng Văn hóa - Thông tin huyện tổng hợp');
    expect(v.noiNhan).toEqual(['Như trên;', 'Lưu: VT, VX.']);
    expect(v.chuKy).toEqual({ quyenHan: 'TM', thayMat: 'ỦY BAN NHÂN DÂN', chucVu: 'CHỦ TỊCH', hoTen: 'Nguyễn Văn A' });
    expect(v.ngayBanHanh).toEqual({ ngay: 5, thang: 3, nam: 2024 });
    expect(notes).toEqual([]);
    expect(missingLines(text, { vanBan: v, notes })).toEqual([]);
  });
});

describe('blanks left for the clerk, and "tháng 03"', () => {
  it('reads a blank number and a blank day and month as empty', () => {
    const { vanBan: v, notes } = importVanBan(
      doc('ỦY BAN NHÂN DÂN', 'XÃ HƯƠNG LONG', 'Số:      /BC-UBND', 'Hương Long, ngày     tháng     năm 2024', 'BÁO CÁO', 'Tình hình', 'Nội dung./.'),
    );
    expect(v.so).toBe('');
    expect(v.loai).toBe('bao-cao');
    expect(v.maCoQuan).toBe('UBND');
    expect(v.ngayBanHanh).toEqual({ ngay: null, thang: null, nam: 2024 });
    expect(v.diaDanh).toBe('Hương Long');
    expect(notes).toEqual([]);
  });

  it('also takes dots and underscores as blanks', () => {
    const { vanBan: v } = importVanBan(doc('Số: ..../KH-UBND', 'Hương Long, ngày ..... tháng ..... năm 2025', 'KẾ HOẠCH'));
    expect(v).toMatchObject({ so: '', loai: 'ke-hoach', ngayBanHanh: { ngay: null, thang: null, nam: 2025 } });
  });

  it('reads "tháng 03" as March and says why in Vietnamese', () => {
    const { vanBan: v, notes } = importVanBan(doc('Số: 07/BC-UBND', 'Hương Long, ngày 05 tháng 03 năm 2024', 'BÁO CÁO'));
    expect(v.ngayBanHanh).toEqual({ ngay: 5, thang: 3, nam: 2024 });
    expect(v.so).toBe('7');
    expect(notes).toContain('Dòng ngày tháng: «tháng 03» đọc là tháng 3 (Nghị định 30 chỉ thêm số 0 cho tháng 1, 2)');
  });

  it('drops an impossible day with a note instead of failing', () => {
    const { vanBan: v, notes } = importVanBan(doc('Số: 07/BC-UBND', 'Hà Nội, ngày 31 tháng 02 năm 2024', 'BÁO CÁO'));
    expect(v.ngayBanHanh).toEqual({ ngay: null, thang: 2, nam: 2024 });
    expect(notes.join('\n')).toMatch(/không có ngày 31 tháng 2/);
  });

  it('takes the year from today when there is no date line, and says so', () => {
    const { vanBan: v, notes } = importVanBan(doc('BÁO CÁO', 'Kết quả công tác'), { today: TODAY });
    expect(v.ngayBanHanh).toEqual({ ngay: null, thang: null, nam: 2024 });
    expect(notes.join('\n')).toMatch(/Không thấy dòng địa danh, ngày tháng/);
  });
});

describe('type of the document', () => {
  it.each([
    ['QyĐ', 'quy-dinh'],
    ['CTr', 'chuong-trinh'],
    ['TTr', 'to-trinh'],
    ['QĐ', 'quyet-dinh'],
    ['HĐ', 'hop-dong'],
  ])('reads the mixed-case code %s', (code, loai) => {
    const { vanBan: v, notes } = importVanBan(`Số: 15/${code}-UBND\nHà Nội, ngày 05 tháng 01 năm 2024`);
    expect(v.loai).toBe(loai);
    expect(v.maCoQuan).toBe('UBND');
    expect(notes).toEqual([]);
  });

  it('accepts a code typed all upper case and notes the decree spelling', () => {
    const { vanBan: v, notes } = importVanBan('Số: 15/TTR-UBND\nHà Nội, ngày 05 tháng 01 năm 2024');
    expect(v.loai).toBe('to-trinh');
    expect(notes.join('\n')).toMatch(/«TTR» viết lại là «TTr»/);
  });

  it('uses the type name line when there is no Số line', () => {
    const { vanBan: v } = importVanBan(doc('ỦY BAN NHÂN DÂN XÃ A', 'TỜ TRÌNH', 'Về việc đề nghị cấp kinh phí', 'Kính gửi: Ủy ban nhân dân huyện B', 'Nội dung.'));
    expect(v.loai).toBe('to-trinh');
    expect(v.trichYeu).toBe('Về việc đề nghị cấp kinh phí');
    expect(v.kinhGui).toEqual(['Ủy ban nhân dân huyện B']);
  });

  it('falls back to a báo cáo when nothing decides, and says so', () => {
    const { vanBan: v, notes } = importVanBan('Một đoạn văn.\nĐoạn khác.');
    expect(v.loai).toBe('bao-cao');
    expect(notes.join('\n')).toMatch(/tạm coi là Báo cáo/);
    expect(v.noiDung.map(blockText)).toEqual(['Một đoạn văn.', 'Đoạn khác.']);
  });
});

describe('header bodies', () => {
  it('tells a superior body from the issuing body', () => {
    const { vanBan: v, notes } = importVanBan(
      doc('UBND TỈNH QUẢNG TRỊ', 'SỞ NỘI VỤ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 45/BC-SNV', 'Quảng Trị, ngày 10 tháng 10 năm 2024', 'BÁO CÁO'),
    );
    expect(v.coQuanChuQuan).toBe('UBND TỈNH QUẢNG TRỊ');
    expect(v.coQuanBanHanh).toBe('SỞ NỘI VỤ');
    expect(v.maCoQuan).toBe('SNV');
    expect(notes.join('\n')).toMatch(/cơ quan chủ quản/);
  });

  it('keeps a superior body over two lines together', () => {
    const { vanBan: v } = importVanBan(doc('ỦY BAN NHÂN DÂN', 'HUYỆN GIO LINH', 'PHÒNG NỘI VỤ', 'Số: 3/BC-PNV'));
    expect(v.coQuanChuQuan).toBe('ỦY BAN NHÂN DÂN\nHUYỆN GIO LINH');
    expect(v.coQuanBanHanh).toBe('PHÒNG NỘI VỤ');
  });
});

describe('decision with legal bases', () => {
  const text = doc(
    'ỦY BAN NHÂN DÂN',
    'XÃ HƯƠNG LONG',
    'Số: 25/QĐ-UBND',
    'Hương Long, ngày 02 tháng 4 năm 2024',
    'QUYẾT ĐỊNH',
    'Về việc thành lập Tổ tuyên truyền cải cách hành chính',
    'CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ HƯƠNG LONG',
    'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;',
    'Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;',
    'Xét đề nghị của công chức Văn phòng - Thống kê.',
    'QUYẾT ĐỊNH:',
    'Điều 1. Thành lập Tổ tuyên truyền cải cách hành chính xã.',
    'Điều 2. Quyết định có hiệu lực kể từ ngày ký./.',
    'Nơi nhận:',
    '- Như Điều 2;',
    '- Lưu: VT.',
    'CHỦ TỊCH',
    'Nguyễn Văn A',
  );
  const { vanBan: v, notes } = importVanBan(text);

  it('collects Căn cứ and the proposal line as legal bases, the deciding authority, and the articles', () => {
    expect(v.loai).toBe('quyet-dinh');
    expect(v.thamQuyen).toBe('CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ HƯƠNG LONG');
    expect(v.canCu).toHaveLength(3);
    expect(v.canCu[2]).toMatch(/^Xét đề nghị/);
    // "QUYẾT ĐỊNH:" is printed by the layout; the import says so instead of keeping it twice.
    expect(notes.join('\n')).toContain('Dòng «QUYẾT ĐỊNH:» do bố cục tự in');
    expect(v.noiDung).toEqual([
      { capDo: 'dieu', text: 'Thành lập Tổ tuyên truyền cải cách hành chính xã.' },
      { capDo: 'dieu', text: 'Quyết định có hiệu lực kể từ ngày ký' },
    ]);
    expect(v.ketThuc).toBe('');
  });

  it('reads a signature without an authority prefix', () => {
    expect(v.chuKy).toEqual({ quyenHan: '', thayMat: '', chucVu: 'CHỦ TỊCH', hoTen: 'Nguyễn Văn A' });
    expect(missingLines(text, { vanBan: v, notes })).toEqual([]);
  });
});

describe('signature block', () => {
  const head = ['Số: 5/BC-UBND', 'Hương Long, ngày 11 tháng 12 năm 2023', 'BÁO CÁO', 'Kết quả', 'Nội dung báo cáo./.'];

  it('reads it before Nơi nhận, as well as after', () => {
    const { vanBan: v } = importVanBan(doc(...head, 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Trần Văn D', 'Nơi nhận:', '- UBND huyện;', '- Lưu: VT.'));
    expect(v.chuKy).toEqual({ quyenHan: 'KT', thayMat: 'CHỦ TỊCH', chucVu: 'PHÓ CHỦ TỊCH', hoTen: 'Trần Văn D' });
    expect(v.noiNhan).toEqual(['UBND huyện;', 'Lưu: VT.']);
    expect(v.ketThuc).toBe('Nội dung báo cáo');
  });

  it('normalises Party-style T/M with a note', () => {
    const { vanBan: v, notes } = importVanBan(doc(...head, 'Nơi nhận:', '- Lưu: VT.', 'T/M ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Nguyễn Văn A'));
    expect(v.chuKy.quyenHan).toBe('TM');
    expect(v.chuKy.thayMat).toBe('ỦY BAN NHÂN DÂN');
    expect(notes.join('\n')).toMatch(/«T\/M» đổi thành «TM\.»/);
  });

  it.each([
    ['K/T CHỦ TỊCH', 'KT', 'CHỦ TỊCH'],
    ['T/L CHỦ TỊCH', 'TL', 'CHỦ TỊCH'],
    ['TUQ. GIÁM ĐỐC', 'TUQ', 'GIÁM ĐỐC'],
    ['Q. GIÁM ĐỐC', 'Q', 'GIÁM ĐỐC'],
    ['TL. CHỦ TỊCH', 'TL', 'CHỦ TỊCH'],
  ])('reads %s', (line, quyenHan, thayMat) => {
    const { vanBan: v } = importVanBan(doc(...head, 'Nơi nhận:', '- Lưu: VT.', line, 'CHÁNH VĂN PHÒNG', 'Lê Thị C'));
    expect(v.chuKy).toEqual({ quyenHan, thayMat, chucVu: 'CHÁNH VĂN PHÒNG', hoTen: 'Lê Thị C' });
  });

  it('keeps TM. and KT. together: the second prefix belongs to the signer title', () => {
    const { vanBan: v } = importVanBan(doc(...head, 'Nơi nhận:', '- Lưu: VT.', 'TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Trần Văn D'));
    expect(v.chuKy).toEqual({ quyenHan: 'TM', thayMat: 'ỦY BAN NHÂN DÂN', chucVu: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', hoTen: 'Trần Văn D' });
  });

  it('notes a "(Đã ký)" placeholder instead of taking it for the name', () => {
    const { vanBan: v, notes } = importVanBan(doc(...head, 'Nơi nhận:', '- Lưu: VT.', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', '(Đã ký)', 'Nguyễn Văn A'));
    expect(v.chuKy.hoTen).toBe('Nguyễn Văn A');
    expect(notes.join('\n')).toMatch(/«\(Đã ký\)»/);
  });

  it('joins a Nơi nhận item that a PDF copy wrapped', () => {
    const { vanBan: v } = importVanBan(doc(...head, 'Nơi nhận:', '- Thường trực Đảng ủy,', 'HĐND xã;', '- Lưu: VT.', 'CHỦ TỊCH', 'Nguyễn Văn A'));
    expect(v.noiNhan).toEqual(['Thường trực Đảng ủy, HĐND xã;', 'Lưu: VT.']);
  });

  it('reads a closing line that has a marker as a block, leaving ketThuc empty', () => {
    const { vanBan: v } = importVanBan(doc('Số: 5/BC-UBND', 'BÁO CÁO', 'Kết quả', 'I. Nội dung', '- Việc cuối cùng./.', 'Nơi nhận:', '- Lưu: VT.'));
    expect(v.ketThuc).toBe('');
    expect(v.noiDung.at(-1)).toEqual({ capDo: 'gach', text: 'Việc cuối cùng' });
  });

  it('reads "./." on its own line as closing the paragraph above it', () => {
    const { vanBan: v } = importVanBan(doc('Số: 5/BC-UBND', 'BÁO CÁO', 'Kết quả', '1. Việc', 'Trên đây là báo cáo.', './.', 'Nơi nhận:', '- Lưu: VT.'));
    expect(v.ketThuc).toBe('Trên đây là báo cáo.');
    expect(v.noiDung).toEqual([{ capDo: 'khoan', text: 'Việc' }]);
  });
});

describe('model limits', () => {
  it('splits an over-long paragraph and moves an over-long addressee into the body, losing nothing', () => {
    const longParagraph = Array.from({ length: 4000 }, (_, i) => `từ${i}`).join(' ');
    const longAddressee = `Kính gửi: ${'Phòng Nội vụ '.repeat(200)}`;
    const text = doc('BÁO CÁO', 'Kết quả', longAddressee, longParagraph, 'Hết./.');
    const r = importVanBan(text);
    expect(r.vanBan.kinhGui).toEqual([]);
    expect(r.vanBan.noiDung.length).toBeGreaterThanOrEqual(3);
    expect(r.vanBan.noiDung.every((b) => blockText(b).length <= 20_000)).toBe(true);
    expect(r.notes.join('\n')).toMatch(/Kính gửi quá dài/);
    expect(r.vanBan.noiDung.map(blockText).join(' ')).toContain(longParagraph.slice(-200));
    expect(missingLines(text.replace(longParagraph, 'từ3999'), r)).toEqual([]);
  });
});
