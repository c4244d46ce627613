// Reports with data tables, built directly in the model (the paste import of tables is tested on its
// own): the "done when" pair — a 5-column table with a total row, and an 11-column budget
// table with a two-row merged header that only fits a landscape page.
import { vanBanSchema, type Bang, type KhoiBang, type VanBan, type VanBanInput } from '../../src/core/model/van-ban.ts';
import { fixtureVanBan } from './fixture-documents.ts';

const o = (text: string, gopCot = 1, gopHang = 1) => ({ text, gopCot, gopHang });
const row = (...cells: (string | ReturnType<typeof o>)[]) => ({ o: cells.map((c) => (typeof c === 'string' ? o(c) : c)) });

/** Bảng 1: 5 columns, one header row, a total row ("Tổng cộng") whose figures are the column sums. */
export const BANG_5_COT: Bang = {
  tieuDe: 'Bảng 1. Kết quả thu ngân sách trên địa bàn xã năm 2024',
  donViTinh: 'Đơn vị tính: triệu đồng',
  soHangTieuDe: 1,
  hang: [
    row('STT', 'Nội dung thu', 'Dự toán năm', 'Thực hiện', 'Tỷ lệ (%)'),
    row('1', 'Thuế giá trị gia tăng hộ kinh doanh', '1.150', '1.212,5', '105,4'),
    row('2', 'Lệ phí trước bạ nhà, đất', '820', '760,2', '92,7'),
    row('3', 'Thu tiền sử dụng đất', '3.500', '4.105', '117,3'),
    row('4', 'Phí, lệ phí khác', '95', '101,8', '107,2'),
    row('', 'Tổng cộng', '5.565', '6.179,5', '111,0'),
  ],
  canLe: ['giua', 'trai', 'phai', 'phai', 'phai'],
  doRong: [],
  ghiChu: ['Ghi chú: số liệu thực hiện tính đến ngày 15/12/2024.'],
};

/**
 * Biểu số 02: 11 columns; "Chi đầu tư phát triển" over 3 and "Chi thường xuyên" over 4 in the first
 * header row, the STT, unit and total columns merged down over both header rows; figures in đồng.
 */
export const BANG_11_COT: Bang = {
  tieuDe: 'Biểu số 02. Tổng hợp chi ngân sách các thôn năm 2024',
  donViTinh: 'Đơn vị tính: đồng',
  soHangTieuDe: 2,
  hang: [
    row(o('STT', 1, 2), o('Đơn vị', 1, 2), o('Tổng chi', 1, 2), o('Chi đầu tư phát triển', 3), o('Chi thường xuyên', 4), o('Ghi chú', 1, 2)),
    row('Giao thông', 'Thủy lợi', 'Trường học', 'Sự nghiệp giáo dục', 'Y tế', 'Văn hóa, thể thao', 'Quản lý hành chính'),
    row('1', 'Thôn Trung Hòa', '2.745.300.000', '1.200.000.000', '350.000.000', '400.000.000', '310.500.000', '85.000.000', '120.800.000', '279.000.000', ''),
    row('2', 'Thôn Đông Thượng', '2.118.950.000', '900.000.000', '215.000.000', '300.000.000', '298.400.000', '92.150.000', '101.400.000', '212.000.000', 'Bổ sung có mục tiêu'),
    row('3', 'Thôn Phú Xuân', '1.987.600.000', '750.000.000', '180.000.000', '420.000.000', '275.300.000', '76.000.000', '98.300.000', '188.000.000', ''),
    row('', 'Cộng', '6.851.850.000', '2.850.000.000', '745.000.000', '1.120.000.000', '884.200.000', '253.150.000', '320.500.000', '679.000.000', ''),
  ],
  canLe: ['giua', 'trai', 'phai', 'phai', 'phai', 'phai', 'phai', 'phai', 'phai', 'phai', 'trai'],
  doRong: [],
  ghiChu: ['Nguồn: Ban Tài chính xã tổng hợp.'],
};

export const bangBlock = (bang: Bang): KhoiBang => ({ capDo: 'bang', bang });

/** The fixture report with the two tables in its body: the 5-column one after the first section, the wide one last. */
export function baoCaoHaiBang(overrides: Partial<VanBanInput> = {}): VanBan {
  const base = fixtureVanBan('bao-cao-133-BC-UBND');
  const body = base.noiDung;
  const split = Math.min(body.length, 6);
  return vanBanSchema.parse({
    ...base,
    noiDung: [...body.slice(0, split), bangBlock(BANG_5_COT), ...body.slice(split), bangBlock(BANG_11_COT)],
    ketThuc: '',
    ...overrides,
  });
}
