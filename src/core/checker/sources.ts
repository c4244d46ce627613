// The places of Decree 30/2020/NĐ-CP the rules rest on, written as a reader looks them up.
const ND = 'Nghị định 30/2020/NĐ-CP';
const PL1 = `${ND}, Phụ lục I, Phần I, Mục II`;

export const NGUON = {
  thanhPhan: `${ND}, Điều 8, khoản 1`,
  soThuTu: `${ND}, Điều 15, khoản 1`,
  quocHieuTieuNgu: `${PL1}, khoản 1, điểm b`,
  coQuanBanHanh: `${PL1}, khoản 2`,
  soVanBan: `${PL1}, khoản 3, điểm a và c`,
  kyHieu: `${PL1}, khoản 3, điểm b và c`,
  diaDanh: `${PL1}, khoản 4, điểm a`,
  thoiGian: `${PL1}, khoản 4, điểm b`,
  vietHoaDiaDanh: `${PL1}, khoản 4, điểm c`,
  trichYeu: `${PL1}, khoản 5`,
  canCu: `${PL1}, khoản 6, điểm a`,
  khoanDiem: `${PL1}, khoản 6, điểm đ`,
  noiDung: `${PL1}, khoản 6, điểm e`,
  quyenHan: `${PL1}, khoản 7, điểm b`,
  hoTen: `${PL1}, khoản 7, điểm c`,
  trinhBayChuKy: `${PL1}, khoản 7, điểm đ`,
  nhuTren: `${PL1}, khoản 9, điểm b`,
  kinhGui: `${PL1}, khoản 9, điểm d (ô 9a; ví dụ tại Mục V)`,
  noiNhan: `${PL1}, khoản 9, điểm d (ô 9b)`,
  font: `${ND}, Phụ lục I, Phần I, Mục I, khoản 4 (Unicode TCVN 6909:2001)`,
  mauTrinhBay: `${ND}, Phụ lục III, các mẫu trình bày`,
  vietHoaCau: `${ND}, Phụ lục II, Mục I`,
  vietHoaDiaLy: `${ND}, Phụ lục II, Mục III, khoản 1`,
  vietHoaCoQuan: `${ND}, Phụ lục II, Mục IV, khoản 1`,
  vietHoaDacBiet: `${ND}, Phụ lục II, Mục V, khoản 1`,
  thongLe: 'thông lệ soạn thảo, không phải quy định của Nghị định 30',
  bangSoLieu: 'thông lệ trình bày bảng số liệu; Nghị định 30 không quy định nội dung bảng',
} as const;
