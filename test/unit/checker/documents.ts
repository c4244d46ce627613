// A document that breaks no rule, and small edits of it, for the checker's tests.
import { vanBanSchema, type CapDo, type VanBan, type VanBanInput } from '../../../src/core/model/van-ban.ts';

export const CLEAN: VanBanInput = {
  loai: 'bao-cao',
  coQuanBanHanh: 'ỦY BAN NHÂN DÂN\nXÃ HƯƠNG LONG',
  maCoQuan: 'UBND',
  diaDanh: 'Hương Long',
  so: '133',
  ngayBanHanh: { ngay: 11, thang: 12, nam: 2023 },
  trichYeu: 'Công tác tuyên truyền cải cách hành chính năm 2023',
  kinhGui: ['Phòng Văn hóa - Thông tin huyện;', 'Phòng Nội vụ huyện.'],
  noiDung: [
    { capDo: 'doan', text: 'Thực hiện Kế hoạch số 05/KH-UBND ngày 05/01/2023 của Ủy ban nhân dân huyện, Ủy ban nhân dân xã Hương Long báo cáo như sau:' },
    { capDo: 'muc', text: 'Kết quả thực hiện' },
    { capDo: 'khoan', text: 'Tình hình triển khai' },
    { capDo: 'diem', text: 'Ban hành kế hoạch tuyên truyền.' },
    { capDo: 'gach', text: 'Niêm yết công khai thủ tục hành chính tại Bộ phận một cửa.' },
  ],
  ketThuc: 'Trên đây là báo cáo của Ủy ban nhân dân xã Hương Long',
  noiNhan: ['Như trên;', 'Thường trực Đảng ủy xã;', 'Lưu: VT, VHTT.'],
  chuKy: { quyenHan: 'TM', thayMat: 'ỦY BAN NHÂN DÂN', chucVu: 'CHỦ TỊCH', hoTen: 'Nguyễn Văn A' },
};

/** The clean document with some fields replaced, validated by the schema as the app would store it. */
export function doc(patch: Partial<VanBanInput> = {}): VanBan {
  return vanBanSchema.parse({ ...CLEAN, ...patch });
}

/** A decision (Mẫu 1.2) built from the clean document: the type that has căn cứ ban hành. */
export function decision(patch: Partial<VanBanInput> = {}): VanBan {
  return doc({
    loai: 'quyet-dinh',
    trichYeu: 'Về việc công nhận danh hiệu Gia đình văn hóa năm 2023',
    thamQuyen: 'CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ HƯƠNG LONG',
    kinhGui: [],
    noiDung: [{ capDo: 'dieu', text: 'Công nhận 120 hộ gia đình đạt danh hiệu Gia đình văn hóa năm 2023.' }, { capDo: 'dieu', text: 'Quyết định này có hiệu lực kể từ ngày ký.' }],
    ketThuc: '',
    noiNhan: ['Như Điều 2;', 'Lưu: VT.'],
    chuKy: { quyenHan: 'KT', thayMat: 'CHỦ TỊCH', chucVu: 'PHÓ CHỦ TỊCH', hoTen: 'Nguyễn Văn A' },
    ...patch,
  });
}

/** The clean document with one body block replaced or added. */
export function withBlock(text: string, capDo: CapDo = 'doan', index = 1): VanBan {
  const noiDung = [...(CLEAN.noiDung as VanBan['noiDung'])];
  noiDung.splice(index, 0, { capDo, text });
  return doc({ noiDung });
}

export function withChuKy(patch: Partial<VanBan['chuKy']>): VanBan {
  return doc({ chuKy: { ...(CLEAN.chuKy as VanBan['chuKy']), ...patch } });
}
