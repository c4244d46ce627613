// Starting templates for a new document: the usual sections of each type, with "…" where the
// office fills in its own content. Bodies, places and signers come from the user's profile, never
// from here: unit names change (the 2025 reform abolished districts), templates must not.
import { DOCUMENT_TYPES, documentType, type LoaiVanBan } from '../decree/document-types.ts';
import type { CapDo, KhoiBang, KhoiVanBan, VanBanInput } from '../model/van-ban.ts';
import { romanNumeral } from '../numbering.ts';

export interface MauVanBan {
  id: string;
  loai: LoaiVanBan;
  /** Label in the "new document" picker. */
  ten: string;
  moTa: string;
  /** The document as the template starts it, dated `today`'s year with day and month left blank. */
  tao(today: Date): VanBanInput;
}

const k = (capDo: CapDo, text: string): KhoiVanBan => ({ capDo, text });
const ELLIPSIS = '…';

function base(loai: LoaiVanBan, today: Date): Pick<VanBanInput, 'loai' | 'ngayBanHanh'> {
  return { loai, ngayBanHanh: { ngay: null, thang: null, nam: today.getFullYear() } };
}

/**
 * The summary table of a periodic report ("Biểu tổng hợp kết quả …"): indicators against the plan.
 * An ordinary block: a report without figures deletes it like any other.
 */
function bieuTongHop(ketQua: string): KhoiBang {
  const row = (...o: string[]) => ({ o: o.map((text) => ({ text, gopCot: 1, gopHang: 1 })) });
  return {
    capDo: 'bang',
    bang: {
      tieuDe: `Biểu tổng hợp ${ketQua.toLocaleLowerCase('vi-VN')}`,
      donViTinh: '',
      soHangTieuDe: 1,
      hang: [
        row('STT', 'Chỉ tiêu', 'Đơn vị tính', 'Kế hoạch', 'Thực hiện', 'Tỷ lệ (%)'),
        row('1', ELLIPSIS, '', '', '', ''),
        row('2', ELLIPSIS, '', '', '', ''),
      ],
      canLe: ['giua', 'trai', 'giua', 'phai', 'phai', 'phai'],
      doRong: [],
      ghiChu: [],
    },
  };
}

/** The four sections every report carries (I. results … IV. proposals); a periodic one has its summary table. */
function baoCaoSections(ketQua: string, phuongHuong: string, dinhKy: boolean) {
  return [
    k('doan', `Thực hiện ${ELLIPSIS} (văn bản chỉ đạo, yêu cầu báo cáo), ${ELLIPSIS} báo cáo ${ketQua.toLocaleLowerCase('vi-VN')} như sau:`),
    k('muc', ketQua),
    k('khoan', 'Công tác lãnh đạo, chỉ đạo, điều hành:'),
    k('gach', ELLIPSIS),
    k('khoan', 'Kết quả đạt được:'),
    k('gach', ELLIPSIS),
    ...(dinhKy ? [bieuTongHop(ketQua)] : []),
    k('muc', 'Tồn tại, hạn chế và nguyên nhân'),
    k('khoan', 'Tồn tại, hạn chế:'),
    k('gach', ELLIPSIS),
    k('khoan', 'Nguyên nhân:'),
    k('gach', ELLIPSIS),
    k('muc', phuongHuong),
    k('gach', ELLIPSIS),
    k('muc', 'Đề xuất, kiến nghị'),
    k('gach', ELLIPSIS),
  ];
}

/** A report template; `dinhKy` (periodic: year, half-year, quarter) adds the summary table. */
function baoCao(
  id: string,
  ten: string,
  moTa: string,
  dinhKy: boolean,
  ky: (nam: number, thang: number) => { ketQua: string; phuongHuong: string; trichYeu: string },
): MauVanBan {
  return {
    id, loai: 'bao-cao', ten, moTa,
    tao(today) {
      const { ketQua, phuongHuong, trichYeu } = ky(today.getFullYear(), today.getMonth() + 1);
      return {
        ...base('bao-cao', today),
        trichYeu,
        noiDung: baoCaoSections(ketQua, phuongHuong, dinhKy),
        ketThuc: `Trên đây là ${trichYeu.charAt(0).toLocaleLowerCase('vi-VN')}${trichYeu.slice(1)}`,
        noiNhan: ['Như trên;', `${ELLIPSIS};`, 'Lưu: VT.'],
      };
    },
  };
}

export const MAU_VAN_BAN: readonly MauVanBan[] = [
  baoCao('bao-cao-nam', 'Báo cáo năm', 'Kết quả năm và phương hướng năm sau', true, (nam) => ({
    ketQua: `Kết quả thực hiện nhiệm vụ năm ${nam}`,
    phuongHuong: `Phương hướng, nhiệm vụ năm ${nam + 1}`,
    trichYeu: `Kết quả thực hiện nhiệm vụ năm ${nam} và phương hướng, nhiệm vụ năm ${nam + 1}`,
  })),
  baoCao('bao-cao-6-thang', 'Báo cáo 6 tháng', '6 tháng đầu năm và nhiệm vụ 6 tháng cuối năm', true, (nam) => ({
    ketQua: `Kết quả thực hiện nhiệm vụ 6 tháng đầu năm ${nam}`,
    phuongHuong: `Phương hướng, nhiệm vụ 6 tháng cuối năm ${nam}`,
    trichYeu: `Kết quả thực hiện nhiệm vụ 6 tháng đầu năm, phương hướng, nhiệm vụ 6 tháng cuối năm ${nam}`,
  })),
  baoCao('bao-cao-quy', 'Báo cáo quý', 'Kết quả quý và nhiệm vụ quý tới', true, (nam, thang) => {
    const quy = Math.ceil(thang / 3);
    const tiepTheo = quy === 4 ? `quý I năm ${nam + 1}` : `quý ${romanNumeral(quy + 1)} năm ${nam}`;
    return {
      ketQua: `Kết quả thực hiện nhiệm vụ quý ${romanNumeral(quy)} năm ${nam}`,
      phuongHuong: `Phương hướng, nhiệm vụ ${tiepTheo}`,
      trichYeu: `Kết quả thực hiện nhiệm vụ quý ${romanNumeral(quy)} và phương hướng, nhiệm vụ ${tiepTheo}`,
    };
  }),
  baoCao('bao-cao-chuyen-de', 'Báo cáo chuyên đề', 'Một lĩnh vực, một nhiệm vụ cụ thể', false, (nam) => ({
    ketQua: 'Tình hình, kết quả thực hiện',
    phuongHuong: 'Phương hướng, nhiệm vụ thời gian tới',
    trichYeu: `Kết quả thực hiện ${ELLIPSIS} năm ${nam}`,
  })),
  {
    id: 'ke-hoach', loai: 'ke-hoach', ten: 'Kế hoạch', moTa: 'Mục đích, yêu cầu; nội dung; tổ chức thực hiện',
    tao: (today) => ({
      ...base('ke-hoach', today),
      trichYeu: `${ELLIPSIS} năm ${today.getFullYear()}`,
      noiDung: [
        k('doan', `Thực hiện ${ELLIPSIS}, ${ELLIPSIS} ban hành Kế hoạch ${ELLIPSIS} như sau:`),
        k('muc', 'Mục đích, yêu cầu'), k('khoan', 'Mục đích'), k('diem', ELLIPSIS), k('khoan', 'Yêu cầu'), k('diem', ELLIPSIS),
        k('muc', 'Nội dung, nhiệm vụ'), k('khoan', ELLIPSIS), k('gach', ELLIPSIS),
        k('muc', 'Tổ chức thực hiện'), k('khoan', ELLIPSIS),
      ],
      ketThuc: `Trên đây là Kế hoạch ${ELLIPSIS}`,
      noiNhan: [`${ELLIPSIS};`, 'Lưu: VT.'],
    }),
  },
  {
    id: 'to-trinh', loai: 'to-trinh', ten: 'Tờ trình', moTa: 'Đề nghị cấp trên xem xét, quyết định',
    tao: (today) => ({
      ...base('to-trinh', today),
      trichYeu: `Về việc ${ELLIPSIS}`,
      noiDung: [
        k('doan', `Căn cứ ${ELLIPSIS};`),
        k('muc', 'Sự cần thiết'), k('doan', ELLIPSIS),
        k('muc', 'Nội dung đề nghị'), k('gach', ELLIPSIS),
        k('muc', 'Kiến nghị'), k('doan', ELLIPSIS),
      ],
      ketThuc: `Kính trình ${ELLIPSIS} xem xét, quyết định`,
      noiNhan: ['Như trên;', 'Lưu: VT.'],
    }),
  },
  {
    id: 'cong-van', loai: 'cong-van', ten: 'Công văn', moTa: 'Trao đổi, đề nghị, hướng dẫn; trích yếu "V/v" ở đầu trang',
    tao: (today) => ({
      ...base('cong-van', today),
      trichYeu: ELLIPSIS,
      noiDung: [k('doan', `Thực hiện ${ELLIPSIS}, ${ELLIPSIS} đề nghị ${ELLIPSIS} như sau:`), k('gach', ELLIPSIS)],
      ketThuc: 'Trân trọng',
      noiNhan: ['Như trên;', 'Lưu: VT.'],
    }),
  },
  {
    id: 'thong-bao', loai: 'thong-bao', ten: 'Thông báo', moTa: 'Thông báo một việc, một kết luận',
    tao: (today) => ({
      ...base('thong-bao', today),
      trichYeu: ELLIPSIS,
      noiDung: [k('doan', ELLIPSIS), k('khoan', ELLIPSIS), k('khoan', ELLIPSIS)],
      ketThuc: `${ELLIPSIS} thông báo để các cơ quan, đơn vị biết, thực hiện`,
      noiNhan: [`${ELLIPSIS};`, 'Lưu: VT.'],
    }),
  },
  {
    id: 'giay-moi', loai: 'giay-moi', ten: 'Giấy mời', moTa: 'Mời dự họp, hội nghị (Mẫu 1.7)',
    tao: (today) => ({
      ...base('giay-moi', today),
      trichYeu: `Dự ${ELLIPSIS}`,
      noiDung: [
        k('doan', `${ELLIPSIS} trân trọng kính mời: ${ELLIPSIS}`),
        k('doan', `Tới dự ${ELLIPSIS}`),
        k('doan', `Thời gian: ${ELLIPSIS} giờ ${ELLIPSIS}, ngày ${ELLIPSIS} tháng ${ELLIPSIS} năm ${today.getFullYear()}`),
        k('doan', `Địa điểm: ${ELLIPSIS}`),
      ],
      ketThuc: 'Rất mong quý đại biểu đến dự đúng giờ',
      noiNhan: [`Như trên;`, 'Lưu: VT.'],
    }),
  },
];

/** Layouts of Phụ lục III beyond the common one: decisions, resolutions, công điện, biên bản, giấy. */
export const MAU_KHAC: readonly MauVanBan[] = [
  {
    id: 'quyet-dinh', loai: 'quyet-dinh', ten: 'Quyết định', moTa: 'Quyết định cá biệt: căn cứ, Điều 1, Điều 2… (Mẫu 1.2)',
    tao: (today) => ({
      ...base('quyet-dinh', today),
      trichYeu: `Về việc ${ELLIPSIS}`,
      thamQuyen: `CHỦ TỊCH ỦY BAN NHÂN DÂN ${ELLIPSIS}`,
      canCu: [`Căn cứ Luật Tổ chức chính quyền địa phương ${ELLIPSIS};`, `Căn cứ ${ELLIPSIS};`, `Theo đề nghị của ${ELLIPSIS}.`],
      noiDung: [k('dieu', ELLIPSIS), k('dieu', ELLIPSIS), k('dieu', `Quyết định này có hiệu lực kể từ ngày ký. ${ELLIPSIS} chịu trách nhiệm thi hành Quyết định này`)],
      noiNhan: ['Như Điều 3;', `${ELLIPSIS};`, 'Lưu: VT.'],
    }),
  },
  {
    // Mẫu 1.3: the decision issues a regulation printed after it, in the same file.
    id: 'quyet-dinh-gian-tiep', loai: 'quyet-dinh', ten: 'Quyết định ban hành Quy chế', moTa: 'Quyết định ban hành kèm theo Quy chế, Quy định (Mẫu 1.3)',
    tao: (today) => ({
      ...base('quyet-dinh', today),
      trichYeu: `Ban hành Quy chế ${ELLIPSIS}`,
      thamQuyen: `CHỦ TỊCH ỦY BAN NHÂN DÂN ${ELLIPSIS}`,
      canCu: [`Căn cứ Luật Tổ chức chính quyền địa phương ${ELLIPSIS};`, `Căn cứ ${ELLIPSIS};`, `Theo đề nghị của ${ELLIPSIS}.`],
      noiDung: [
        k('dieu', `Ban hành kèm theo Quyết định này Quy chế ${ELLIPSIS}`),
        k('dieu', `Quyết định này có hiệu lực kể từ ngày ${ELLIPSIS}`),
        k('dieu', `${ELLIPSIS} chịu trách nhiệm thi hành Quyết định này`),
      ],
      noiNhan: ['Như Điều 3;', `${ELLIPSIS};`, 'Lưu: VT.'],
      kemTheo: [
        {
          kieu: 'ban-hanh', ten: 'Quy chế', trichYeu: ELLIPSIS,
          noiDung: [
            k('chuong', 'Quy định chung'),
            k('dieu', 'Phạm vi điều chỉnh'),
            k('doan', ELLIPSIS),
            k('dieu', 'Đối tượng áp dụng'),
            k('doan', ELLIPSIS),
            k('chuong', ELLIPSIS),
            k('dieu', ELLIPSIS),
            k('chuong', 'Tổ chức thực hiện'),
            k('dieu', 'Trách nhiệm thi hành'),
            k('doan', ELLIPSIS),
          ],
        },
      ],
    }),
  },
  {
    id: 'nghi-quyet', loai: 'nghi-quyet', ten: 'Nghị quyết', moTa: 'Nghị quyết cá biệt: căn cứ, QUYẾT NGHỊ, Điều 1… (Mẫu 1.1)',
    tao: (today) => ({
      ...base('nghi-quyet', today),
      trichYeu: `Về ${ELLIPSIS}`,
      thamQuyen: `HỘI ĐỒNG NHÂN DÂN ${ELLIPSIS}`,
      canCu: [`Căn cứ ${ELLIPSIS};`, `Xét ${ELLIPSIS}.`],
      noiDung: [k('dieu', ELLIPSIS), k('dieu', `Nghị quyết này có hiệu lực kể từ ngày ${ELLIPSIS}`)],
      noiNhan: [`${ELLIPSIS};`, 'Lưu: VT.'],
    }),
  },
  {
    id: 'cong-dien', loai: 'cong-dien', ten: 'Công điện', moTa: 'Chỉ đạo khẩn (Mẫu 1.6)',
    tao: (today) => ({
      ...base('cong-dien', today),
      trichYeu: `Về việc ${ELLIPSIS}`,
      thamQuyen: `CHỦ TỊCH ỦY BAN NHÂN DÂN ${ELLIPSIS}`,
      kinhGui: [`${ELLIPSIS};`, `${ELLIPSIS}.`],
      noiDung: [k('doan', ELLIPSIS), k('khoan', ELLIPSIS)],
      noiNhan: ['Như trên;', 'Lưu: VT.'],
    }),
  },
  {
    id: 'giay-gioi-thieu', loai: 'giay-gioi-thieu', ten: 'Giấy giới thiệu', moTa: 'Giới thiệu người đến liên hệ công tác (Mẫu 1.8)',
    tao: (today) => ({
      ...base('giay-gioi-thieu', today),
      noiDung: [k('doan', `${ELLIPSIS} trân trọng giới thiệu: Ông (bà) ${ELLIPSIS}`), k('doan', `Chức vụ: ${ELLIPSIS}`), k('doan', `Được cử đến: ${ELLIPSIS}`), k('doan', `Về việc: ${ELLIPSIS}`)],
      ketThuc: `Đề nghị Quý cơ quan tạo điều kiện để Ông (bà) có tên ở trên hoàn thành nhiệm vụ. Giấy này có giá trị đến hết ngày ${ELLIPSIS}`,
      noiNhan: ['Như trên;', 'Lưu: VT.'],
    }),
  },
  {
    id: 'bien-ban', loai: 'bien-ban', ten: 'Biên bản', moTa: 'Biên bản họp: thư ký và chủ tọa cùng ký (Mẫu 1.9)',
    tao: (today) => ({
      ...base('bien-ban', today),
      trichYeu: `Họp ${ELLIPSIS}`,
      noiDung: [
        k('doan', `Thời gian bắt đầu: ${ELLIPSIS}`), k('doan', `Địa điểm: ${ELLIPSIS}`), k('doan', `Thành phần tham dự: ${ELLIPSIS}`),
        k('doan', `Chủ trì (chủ tọa): ${ELLIPSIS}`), k('doan', `Thư ký (người ghi biên bản): ${ELLIPSIS}`), k('doan', `Nội dung (theo diễn biến cuộc họp): ${ELLIPSIS}`),
      ],
      ketThuc: `Cuộc họp kết thúc vào ${ELLIPSIS} giờ ${ELLIPSIS}, ngày ${ELLIPSIS} tháng ${ELLIPSIS} năm ${today.getFullYear()}`,
      chuKy: { chucVu: 'CHỦ TỌA' },
      chuKyPhu: { chucVu: 'THƯ KÝ' },
      noiNhan: [`${ELLIPSIS};`, 'Lưu: VT, hồ sơ.'],
    }),
  },
  {
    id: 'giay-nghi-phep', loai: 'giay-nghi-phep', ten: 'Giấy nghỉ phép', moTa: 'Cho phép cán bộ nghỉ phép (Mẫu 1.10)',
    tao: (today) => ({
      ...base('giay-nghi-phep', today),
      noiDung: [
        k('doan', `Xét Đơn đề nghị nghỉ phép ngày ${ELLIPSIS} của Ông (bà) ${ELLIPSIS}`),
        k('doan', `${ELLIPSIS} cấp cho: ${ELLIPSIS}`),
        k('doan', `Chức vụ: ${ELLIPSIS}`),
        k('doan', `Nghỉ phép năm ${today.getFullYear()} trong thời gian: ${ELLIPSIS} ngày, kể từ ngày ${ELLIPSIS} đến hết ngày ${ELLIPSIS} tại ${ELLIPSIS}`),
      ],
      noiNhan: [`${ELLIPSIS};`, 'Lưu: VT.'],
    }),
  },
];

/** A plain start for every other type of the decree (the common layout of Mẫu 1.4). */
export function mauChung(loai: LoaiVanBan): MauVanBan {
  return {
    id: loai, loai, ten: documentType(loai).ten, moTa: 'Bố cục chung của văn bản có tên loại (Mẫu 1.4)',
    tao: (today) => ({
      ...base(loai, today),
      trichYeu: ELLIPSIS,
      noiDung: [k('doan', ELLIPSIS), k('muc', ELLIPSIS), k('khoan', ELLIPSIS)],
      noiNhan: [`${ELLIPSIS};`, 'Lưu: VT.'],
    }),
  };
}

/** The starting template for every type: the specific ones above, else the common layout. */
export function mauTheoLoai(loai: LoaiVanBan): MauVanBan[] {
  const specific = [...MAU_VAN_BAN, ...MAU_KHAC].filter((m) => m.loai === loai);
  return specific.length > 0 ? specific : [mauChung(loai)];
}

export function mauVanBan(id: string): MauVanBan | undefined {
  return [...MAU_VAN_BAN, ...MAU_KHAC].find((m) => m.id === id) ?? (id in DOCUMENT_TYPES ? mauChung(id as LoaiVanBan) : undefined);
}
