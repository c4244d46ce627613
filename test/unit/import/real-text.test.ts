// The seven real documents of ../shared/fixtures/real-text (see its README), pasted as a user would:
// the parts found in each, its first and last body blocks, and nothing dropped. `line(n)` is line n
// of the file as the README counts it (line 1 is the "# Source" note), so a block's expected text is
// the source's own line, its typed marker or end mark set aside.
import { describe, expect, it } from 'vitest';
import { placeDateLine } from '../../../src/core/date-line.ts';
import { importVanBan, type ImportResult } from '../../../src/core/import/index.ts';
import { splitMarker } from '../../../src/core/import/marker.ts';
import type { Khoi, VanBan } from '../../../src/core/model/van-ban.ts';
import { soKyHieuLine } from '../../../src/core/so-ky-hieu.ts';
import { exportDocx } from '../../../src/export/docx-writer.ts';
import { describeReal, realFiles, realText, realTextFileLines } from '../../helpers/real-fixtures.ts';
import { missingLines } from './accounted.ts';

const TODAY = new Date(2026, 0, 1);

function read(name: string) {
  const file = realTextFileLines(name);
  const text = realText(name);
  const r = importVanBan(text, { today: TODAY });
  /** Line n of the file, without its end mark. */
  const line = (n: number) => file[n - 1]!.trim().replace(/\s*\.\/\.$/, '');
  /** Line n of the file as a block: its level from its marker, the marker set aside. */
  const block = (n: number): Khoi => splitMarker(line(n));
  return { text, r, v: r.vanBan, line, block };
}

/** The document read once, when a test first asks: a suite skipped on a bare clone reads no file. */
function lazy(name: string): () => ReturnType<typeof read> {
  let got: ReturnType<typeof read> | undefined;
  return () => (got ??= read(name));
}

/** The header and footer as the page prints them. */
function parts(v: VanBan) {
  return {
    loai: v.loai,
    coQuanChuQuan: v.coQuanChuQuan,
    coQuanBanHanh: v.coQuanBanHanh,
    so: soKyHieuLine(v),
    ngay: placeDateLine(v.diaDanh, v.ngayBanHanh),
    duThao: v.duThao,
    trichYeu: v.trichYeu,
    thamQuyen: v.thamQuyen,
    kinhGui: v.kinhGui,
    noiNhan: v.noiNhan,
    chuKy: v.chuKy,
  };
}

const BLANK = '\u00A0'.repeat(6);
/** A day or month left blank on the date line. */
const D = '\u00A0'.repeat(5);
/** Rows of a data table pasted as plain text: a line that starts with a cell, then TAB. */
const isTableRow = (l: string) => /^[^\t]+\t/.test(l) && !/:\s*\t/.test(l);
/** Lines of the source missing from the result, cell by cell (TAB leaders inside sentences, "giao: ⇥326", are checked). */
const missing = (text: string, r: ImportResult) => missingLines(text, r);
/** The paragraphs' texts of a block list (tables have none). */
const texts = (blocks: readonly Khoi[]) => blocks.flatMap((b) => (b.capDo === 'bang' ? [] : [b.text]));

describeReal('real-text', 'real documents pasted as plain text', () => {
  describe('01 báo cáo, UBND tỉnh Lâm Đồng, quản lý hội 2025', () => {
    const doc = lazy('01-bao-cao-ubnd-tinh-lam-dong-quan-ly-hoi-2025.txt');

    it('reads the header: a two-line issuer, a number left blank for the clerk, the day left blank', () => {
      const { v } = doc();
      expect(parts(v)).toEqual({
        loai: 'bao-cao',
        coQuanChuQuan: '',
        coQuanBanHanh: 'ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG',
        so: `Số: ${BLANK}/BC-UBND`,
        ngay: `Lâm Đồng, ngày ${D} tháng 01 năm 2026`,
        duThao: false,
        trichYeu: 'Tổ chức, hoạt động và quản lý hội năm 2025',
        thamQuyen: '',
        kinhGui: [],
        noiNhan: ['Bộ Nội vụ;', 'Chủ tịch, PCT. UBND tỉnh (Đ/c Tuấn);', 'Sở Nội vụ;', 'Lưu: VT, NC.Châu'],
        chuKy: { quyenHan: 'KT', thayMat: 'CHỦ TỊCH', chucVu: 'PHÓ CHỦ TỊCH', hoTen: 'Đinh Văn Tuấn' },
      });
    });

    it('reads the body: the opening paragraphs, I.–IV., 1., a)–d) and dashes, the closing sentence with "./."', () => {
      const { v, line, block } = doc();
      expect(v.canCu).toEqual([]);
      expect(v.noiDung.slice(0, 4)).toEqual([block(10), block(11), { capDo: 'muc', text: 'THỰC TRẠNG TỔ CHỨC VÀ HOẠT ĐỘNG CỦA HỘI' }, { capDo: 'khoan', text: 'Về tổ chức' }]);
      expect(v.noiDung.filter((b) => b.capDo === 'muc')).toHaveLength(4);
      expect(texts(v.noiDung.filter((b) => b.capDo === 'diem')).map((t) => t.slice(0, 12))).toEqual(['Tổng số hội ', 'Số hội thành', 'Số hội giải ', 'Tổng số hội ', 'Số biên chế ', 'Số người làm']);
      expect(v.noiDung.at(-1)).toEqual(block(46));
      expect(v.ketThuc).toBe(line(47));
    });

    it('keeps the TAB leaders of "giao: ⇥326 biên chế." as spaces', () => {
      const { v } = doc();
      expect(texts(v.noiDung).find((t) => t.startsWith('Số biên chế'))).toBe('Số biên chế được cơ quan có thẩm quyền giao: 326 biên chế.');
    });
  });

  describe('05 kế hoạch, UBND tỉnh Lâm Đồng, kiểm tra CCHC 2026, with Phụ lục I and II', () => {
    const doc = lazy('05-ke-hoach-kiem-tra-cchc-2026-ubnd-lam-dong.txt');

    it('reads the header: the trích yếu over two lines, day and month left blank', () => {
      const { v } = doc();
      expect(parts(v)).toMatchObject({
        loai: 'ke-hoach',
        coQuanBanHanh: 'ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG',
        so: `Số: ${BLANK}/KH-UBND`,
        ngay: `Lâm Đồng, ngày ${D} tháng ${D} năm 2026`,
        trichYeu: 'Kiểm tra công tác cải cách hành chính năm 2026 trên địa bàn tỉnh Lâm Đồng',
        kinhGui: [],
        noiNhan: ['Chủ tịch, PCT. UBND tỉnh (Đ/c Phúc);', 'Các cơ quan chuyên môn thuộc UBND tỉnh;', 'Ban Quản lý các khu công nghiệp tỉnh;', 'UBND các xã, phường, đặc khu;', 'Lưu: VT, NC.Châu'],
        chuKy: { quyenHan: 'KT', thayMat: 'CHỦ TỊCH', chucVu: 'PHÓ CHỦ TỊCH', hoTen: 'Nguyễn Ngọc Phúc' },
      });
    });

    it('reads the body: I.–VI., 1., a)–đ), and the last paragraph with "./." as the closing', () => {
      const { v, line, block } = doc();
      expect(v.noiDung.slice(0, 3)).toEqual([block(11), { capDo: 'muc', text: 'MỤC ĐÍCH, YÊU CẦU' }, { capDo: 'khoan', text: 'Mục đích' }]);
      expect(texts(v.noiDung.filter((b) => b.capDo === 'muc'))).toEqual([
        'MỤC ĐÍCH, YÊU CẦU',
        'NỘI DUNG TRỌNG TÂM KIỂM TRA',
        'PHƯƠNG PHÁP KIỂM TRA',
        'ĐOÀN KIỂM TRA, ĐƠN VỊ ĐƯỢC KIỂM TRA, THỜI GIAN KIỂM TRA',
        'TỔ CHỨC THỰC HIỆN',
        'KINH PHÍ',
      ]);
      expect(v.noiDung.filter((b) => b.capDo === 'diem' && b.text.startsWith('Việc cập nhật tiến độ'))).toEqual([block(59)]);
      expect(v.noiDung.at(-1)).toEqual({ capDo: 'muc', text: 'KINH PHÍ' });
      expect(v.ketThuc).toBe(line(82));
    });

    it('cuts off the two appendices: titles (the second over two lines), the reference lines to the notes, Phụ lục II\'s outline', () => {
      const { text, r, v, block } = doc();
      expect(v.kemTheo.map((k) => [k.kieu, k.ten])).toEqual([
        ['phu-luc', 'Thời gian, đơn vị được kiểm tra'],
        ['phu-luc', 'Đề cương báo cáo phục vụ kiểm tra công tác cải cách hành chính năm 2026'],
      ]);
      const [, pl2] = v.kemTheo;
      expect(pl2!.noiDung[0]).toEqual(block(133));
      expect(pl2!.noiDung.at(-1)).toEqual(block(172));
      expect(pl2!.noiDung.filter((b) => b.capDo === 'muc')).toHaveLength(8);
      // Phụ lục I: its 32 table rows (lines 96–127), the TAB between cells.
      expect(text.split('\n').filter(isTableRow)).toHaveLength(32);
      // … and they import as one table block, cell by cell: the header row, then 31 rows.
      const [pl1] = v.kemTheo;
      expect(pl1!.noiDung.map((b) => b.capDo)).toEqual(['bang']);
      const bang = pl1!.noiDung[0]!.capDo === 'bang' ? pl1!.noiDung[0]!.bang : null;
      expect(bang).toMatchObject({ tieuDe: '', donViTinh: '', soHangTieuDe: 1, canLe: ['giua', 'trai', 'trai'], ghiChu: [] });
      expect(bang!.hang.map((h) => h.o.map((o) => o.text))).toEqual(
        text
          .split('\n')
          .filter(isTableRow)
          .map((l) => l.split('\t').map((c) => c.trim())),
      );
      expect(r.notes).toEqual([
        'Dòng «Phụ lục I» do bố cục tự in (phụ lục được đánh số tự động)',
        'Dòng «(Kèm theo Kế hoạch số         /KH-UBND ngày      /01/2026» do bố cục tự in từ số, ngày của văn bản',
        'Dòng «của UBND tỉnh Lâm Đồng)» do bố cục tự in từ số, ngày của văn bản',
        'Dòng «Phụ lục II» do bố cục tự in (phụ lục được đánh số tự động)',
        'Dòng «(Kèm theo Kế hoạch số         /KH-UBND ngày      /01/2026» do bố cục tự in từ số, ngày của văn bản',
        'Dòng «của UBND tỉnh Lâm Đồng)» do bố cục tự in từ số, ngày của văn bản',
      ]);
    });
  });

  describe('06 tờ trình 143/TTr-SNV, Sở Nội vụ', () => {
    const doc = lazy('06-to-trinh-143-ttr-snv-so-noi-vu-lam-dong.txt');

    it('reads the header: the superior body and the issuer, "Số: 143 /TTr-SNV" with its stamped-in space, a one-line Kính gửi', () => {
      const { v } = doc();
      expect(parts(v)).toEqual({
        loai: 'to-trinh',
        coQuanChuQuan: 'UBND TỈNH LÂM ĐỒNG',
        coQuanBanHanh: 'SỞ NỘI VỤ',
        so: 'Số: 143/TTr-SNV',
        ngay: 'Lâm Đồng, ngày 03 tháng 3 năm 2026',
        duThao: false,
        trichYeu: 'Về việc giải thể Hiệp hội rau quả Đà Lạt',
        thamQuyen: '',
        kinhGui: ['Chủ tịch UBND tỉnh Lâm Đồng'],
        noiNhan: ['Như trên;', 'Giám đốc Sở (để b/c);', 'Lưu: VT, TCBC.'],
        chuKy: { quyenHan: 'KT', thayMat: 'GIÁM ĐỐC', chucVu: 'PHÓ GIÁM ĐỐC', hoTen: 'Nguyễn Đức Vũ' },
      });
    });

    it('reads the body: 1., 2. with dashes, curly quotes kept, "(Kèm theo …)./." as the closing', () => {
      const { v, line, block } = doc();
      expect(v.noiDung.slice(0, 3)).toEqual([block(11), block(12), block(13)]);
      expect(v.noiDung.map((b) => b.capDo)).toEqual(['doan', 'doan', 'khoan', 'gach', 'gach', 'gach', 'doan', 'khoan', 'doan', 'gach', 'gach', 'gach', 'doan']);
      expect(texts(v.noiDung).some((t) => t.includes('“Khi đã kết thúc hoạt động'))).toBe(true);
      expect(v.noiDung.at(-1)).toEqual(block(23));
      expect(v.ketThuc).toBe(line(24));
    });
  });

  describe('07 quyết định 2536/QĐ-UBND, Chủ tịch UBND tỉnh Lâm Đồng', () => {
    const doc = lazy('07-quyet-dinh-2536-qd-ubnd-lam-dong.txt');

    it('reads the header: the trích yếu over three lines, the deciding authority', () => {
      const { v, line } = doc();
      expect(parts(v)).toMatchObject({
        loai: 'quyet-dinh',
        coQuanBanHanh: 'ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG',
        so: 'Số: 2536/QĐ-UBND',
        ngay: 'Lâm Đồng, ngày 12 tháng 12 năm 2025',
        trichYeu: [line(9), line(10), line(11)].join(' '),
        thamQuyen: 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG',
        kinhGui: [],
        chuKy: { quyenHan: 'KT', thayMat: 'CHỦ TỊCH', chucVu: 'PHÓ CHỦ TỊCH', hoTen: 'Nguyễn Minh' },
      });
      expect(v.noiNhan[0]).toBe('Như Điều 7;');
      expect(v.noiNhan.at(-1)).toBe('Lưu: VT, NC.Châu');
      expect(v.noiNhan).toHaveLength(8);
    });

    it('reads the five Căn cứ and the proposal as căn cứ ban hành, then Điều 1–7 (Điều 5 with its second paragraph)', () => {
      const { v, line, block } = doc();
      expect(v.canCu).toEqual([13, 14, 15, 16, 17, 18].map(line));
      expect(v.noiDung.map((b) => b.capDo)).toEqual(['dieu', 'dieu', 'dieu', 'dieu', 'dieu', 'doan', 'dieu', 'dieu']);
      expect(v.noiDung[0]).toEqual(block(20));
      expect(v.noiDung[5]).toEqual({ capDo: 'doan', text: line(25) });
      expect(v.noiDung.at(-1)).toEqual(block(27));
      expect(v.ketThuc).toBe('');
    });
  });

  describe('08 thông báo kết luận, UBND tỉnh Lâm Đồng (mixed NFC/NFD, TL. then KT.)', () => {
    const doc = lazy('08-thong-bao-ket-luan-hoi-nghi-cchc-ubnd-lam-dong.txt');

    it('reads the header from lines typed partly in NFD, and the long one-paragraph trích yếu', () => {
      const { text, v, line } = doc();
      expect(text.normalize('NFC')).not.toBe(text);
      expect(parts(v)).toMatchObject({
        loai: 'thong-bao',
        coQuanBanHanh: 'ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG',
        so: `Số: ${BLANK}/TB-UBND`,
        ngay: `Lâm Đồng, ngày ${D} tháng 01 năm 2026`,
        trichYeu: line(9),
        kinhGui: [],
      });
      expect(JSON.stringify(v)).toBe(JSON.stringify(v).normalize('NFC'));
    });

    it('reads "TL.CHỦ TỊCH" (no space) / "KT. CHÁNH VĂN PHÒNG" / "PHÓ CHÁNH VĂN PHÒNG" as one signature block', () => {
      const { v } = doc();
      expect(v.chuKy).toEqual({ quyenHan: 'TL', thayMat: 'CHỦ TỊCH', chucVu: 'KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG', hoTen: 'Trịnh Ngọc Duệ' });
      expect(v.noiNhan).toHaveLength(8);
      expect(v.noiNhan[6]).toBe('Trung tâm Phục vụ hành chính công tỉnh;');
    });

    it('reads the body I.–III. with its khoản, and says that the skipped "6." prints as 6.', () => {
      const { v, line, block } = doc();
      expect(v.noiDung.slice(0, 3)).toEqual([block(10), block(11), { capDo: 'muc', text: 'ĐÁNH GIÁ CHUNG' }]);
      expect(v.noiDung.at(-1)).toEqual(block(52));
      expect(v.ketThuc).toBe(line(53));
      // The note that says so is in the table of notes below.
      expect(v.noiDung.filter((b) => b.capDo === 'khoan' && b.text.startsWith('Trách nhiệm của các sở'))).toHaveLength(1);
    });
  });

  describe('10 công văn 2926/SNV-TCBC, Sở Nội vụ', () => {
    const doc = lazy('10-cong-van-2926-snv-tcbc-so-noi-vu-lam-dong.txt');

    it('reads the header: no type name, the V/v trích yếu under Số, issuer and unit in the symbol', () => {
      const { v } = doc();
      expect(parts(v)).toEqual({
        loai: 'cong-van',
        coQuanChuQuan: 'UBND TỈNH LÂM ĐỒNG',
        coQuanBanHanh: 'SỞ NỘI VỤ',
        so: 'Số: 2926/SNV-TCBC',
        ngay: 'Lâm Đồng, ngày 15 tháng 11 năm 2025',
        duThao: false,
        trichYeu: 'báo cáo, xin ý kiến cho phép sử dụng Điều lệ hội đã phê duyệt',
        thamQuyen: '',
        kinhGui: ['Chủ tịch UBND tỉnh Lâm Đồng'],
        noiNhan: ['Như trên;', 'Giám đốc Sở (để b/c);', 'Lưu: VT, TCBC.'],
        chuKy: { quyenHan: 'KT', thayMat: 'GIÁM ĐỐC', chucVu: 'PHÓ GIÁM ĐỐC', hoTen: 'Nguyễn Đức Vũ' },
      });
    });

    it('keeps the quoted decree\'s own "a)" and "b)" as typed, inside the quotation', () => {
      const { v, line } = doc();
      expect(v.noiDung.slice(4, 7)).toEqual([{ capDo: 'doan', text: line(14) }, { capDo: 'doan', text: line(15) }, { capDo: 'doan', text: line(16) }]);
      expect(v.noiDung.filter((b) => b.capDo === 'diem')).toEqual([]);
    });

    it('reads the rest of the body and "(Đính kèm …)./." as the closing; its typos stay as typed', () => {
      const { v, line, block } = doc();
      expect(v.noiDung.slice(0, 3)).toEqual([block(10), block(11), block(12)]);
      expect(v.noiDung.at(-1)).toEqual(block(24));
      expect(v.ketThuc).toBe(line(25));
      expect(texts(v.noiDung)[0]).toContain('Tổ quốc Viêt Nam');
      expect(v.ketThuc).toContain('UBDN');
    });
  });

  describe('11 quyết định 779/QĐ-UBND, Bình Thuận, with the Điều lệ it recognises', () => {
    const doc = lazy('11-quyet-dinh-779-qd-ubnd-binh-thuan-kem-dieu-le.txt');

    it('reads the decision: header, căn cứ ban hành, Điều 1–3, Nơi nhận and signer', () => {
      const { v, line, block } = doc();
      expect(parts(v)).toMatchObject({
        loai: 'quyet-dinh',
        coQuanBanHanh: 'ỦY BAN NHÂN DÂN\nTỈNH BÌNH THUẬN',
        so: 'Số: 779/QĐ-UBND',
        ngay: 'Bình Thuận, ngày 23 tháng 3 năm 2022',
        trichYeu: 'Về việc công nhận Điều lệ (sửa đổi, bổ sung) Quỹ Khuyến học tỉnh Bình Thuận',
        thamQuyen: 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN',
        noiNhan: ['Như Điều 3;', 'Thường trực Tỉnh ủy;', 'Thường trực HĐND tỉnh;', 'Chủ tịch UBND tỉnh;', 'Lưu: VT, KGVXNV, NCKSTTHC, SNV (Ngan-15).'],
        chuKy: { quyenHan: 'KT', thayMat: 'CHỦ TỊCH', chucVu: 'PHÓ CHỦ TỊCH', hoTen: 'Nguyễn Minh' },
      });
      expect(v.canCu).toEqual([12, 13, 14, 15, 16].map(line));
      expect(v.noiDung).toEqual([block(18), block(19), block(20), block(21)]);
      expect(v.ketThuc).toBe('');
    });

    it('reads the Điều lệ: its name and summary, Chương I–VIII (titles over up to three lines), Điều 1–28', () => {
      const { v, block } = doc();
      expect(v.kemTheo).toHaveLength(1);
      const k = v.kemTheo[0]!;
      expect(k).toMatchObject({ kieu: 'ban-hanh', ten: 'Điều lệ (sửa đổi, bổ sung)', trichYeu: 'QUỸ KHUYẾN HỌC TỈNH BÌNH THUẬN' });
      expect(texts(k.noiDung.filter((b) => b.capDo === 'chuong'))).toEqual([
        'QUY ĐỊNH CHUNG',
        'CHỨC NĂNG, NHIỆM VỤ; QUYỀN HẠN VÀ NGHĨA VỤ',
        'TỔ CHỨC, HOẠT ĐỘNG',
        'VẬN ĐỘNG QUYÊN GÓP, TIẾP NHẬN TÀI TRỢ, ĐỐI TƯỢNG VÀ ĐIỀU KIỆN HỖ TRỢ',
        'QUẢN LÝ VÀ SỬ DỤNG QUỸ KHUYẾN HỌC',
        'HỢP NHẤT, SÁP NHẬP, CHIA, TÁCH, ĐỔI TÊN; ĐÌNH CHỈ CÓ THỜI HẠN HOẠT ĐỘNG VÀ GIẢI THỂ QUỸ; KHEN THƯỞNG VÀ KỶ LUẬT',
        'QUAN HỆ GIỮA QUỸ KHUYẾN HỌC CÁC CẤP',
        'ĐIỀU KHOẢN THI HÀNH',
      ]);
      expect(k.noiDung.filter((b) => b.capDo === 'dieu')).toHaveLength(28);
      expect(k.noiDung.at(-1)).toEqual(block(223));
    });
  });

  const CHECK_BODIES = 'Đầu văn bản: «UBND TỈNH LÂM ĐỒNG» là cơ quan chủ quản, «SỞ NỘI VỤ» là cơ quan ban hành; kiểm tra lại';
  const QD_LINE = 'Dòng «QUYẾT ĐỊNH:» do bố cục tự in sau phần căn cứ';
  it.each([
    ['01-bao-cao-ubnd-tinh-lam-dong-quan-ly-hoi-2025.txt', []],
    // The notes of the appendices' lines are checked with them above.
    ['05-ke-hoach-kiem-tra-cchc-2026-ubnd-lam-dong.txt', null],
    ['06-to-trinh-143-ttr-snv-so-noi-vu-lam-dong.txt', [CHECK_BODIES]],
    ['07-quyet-dinh-2536-qd-ubnd-lam-dong.txt', [QD_LINE]],
    [
      '08-thong-bao-ket-luan-hoi-nghi-cchc-ubnd-lam-dong.txt',
      ['Số thứ tự «7.» của «Trách nhiệm của các sở, ban, ngành, UBND các xã, p…» được in là «6.»: ứng dụng đánh số theo thứ tự các cấp, kiểm tra lại nếu bản gốc bỏ sót hay lặp số'],
    ],
    ['10-cong-van-2926-snv-tcbc-so-noi-vu-lam-dong.txt', [CHECK_BODIES]],
    [
      '11-quyet-dinh-779-qd-ubnd-binh-thuan-kem-dieu-le.txt',
      [
        QD_LINE,
        'Dòng «ỦY BAN NHÂN DÂN» (đầu văn bản kèm theo) do bố cục tự in',
        'Dòng «TỈNH BÌNH THUẬN» (đầu văn bản kèm theo) do bố cục tự in',
        'Dòng «CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM» do bố cục tự in',
        'Dòng «Độc lập - Tự do - Hạnh phúc» do bố cục tự in',
        'Dòng «(Kèm theo Quyết định số 779 /QĐ-UBND ngày 23 / 3 /2022» do bố cục tự in từ số, ngày của văn bản',
        'Dòng «của Chủ tịch Ủy ban nhân dân tỉnh)» do bố cục tự in từ số, ngày của văn bản',
      ],
    ],
  ] as const)('%s drops no line, and its notes say what the layout prints itself or the user should check', (name, notes) => {
    const { text, r } = read(name);
    // Phụ lục I of 05 is a table: its cells count like any line.
    expect(missing(text, r)).toEqual([]);
    if (notes) expect(r.notes).toEqual(notes);
  });

  it.each([
    '01-bao-cao-ubnd-tinh-lam-dong-quan-ly-hoi-2025.txt',
    '05-ke-hoach-kiem-tra-cchc-2026-ubnd-lam-dong.txt',
    '06-to-trinh-143-ttr-snv-so-noi-vu-lam-dong.txt',
    '07-quyet-dinh-2536-qd-ubnd-lam-dong.txt',
    '08-thong-bao-ket-luan-hoi-nghi-cchc-ubnd-lam-dong.txt',
    '10-cong-van-2926-snv-tcbc-so-noi-vu-lam-dong.txt',
    '11-quyet-dinh-779-qd-ubnd-binh-thuan-kem-dieu-le.txt',
  ])('%s exports to a .docx as imported', async (name) => {
    const bytes = await exportDocx(read(name).v);
    expect(bytes.length).toBeGreaterThan(5000);
  });
});

// The list above names every document of the collection, so a new one is not left untested.
describeReal('real-text', 'the real-text collection', () => {
  it('holds the seven documents these tests read', () => {
    expect(realFiles('real-text', '.txt').map((f) => f.split('/').at(-1))).toEqual([
      '01-bao-cao-ubnd-tinh-lam-dong-quan-ly-hoi-2025.txt',
      '05-ke-hoach-kiem-tra-cchc-2026-ubnd-lam-dong.txt',
      '06-to-trinh-143-ttr-snv-so-noi-vu-lam-dong.txt',
      '07-quyet-dinh-2536-qd-ubnd-lam-dong.txt',
      '08-thong-bao-ket-luan-hoi-nghi-cchc-ubnd-lam-dong.txt',
      '10-cong-van-2926-snv-tcbc-so-noi-vu-lam-dong.txt',
      '11-quyet-dinh-779-qd-ubnd-binh-thuan-kem-dieu-le.txt',
    ]);
  });
});
