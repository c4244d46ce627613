// Cases for the addressees and the body: Kính gửi, blocks, Căn cứ, dates in text, capitals, end mark.
import { CLEAN, decision, doc, withBlock } from './documents.ts';
import type { RuleCase } from './rule-cases.ts';
import type { VanBan } from '../../../src/core/model/van-ban.ts';
import { blockText } from '../../../src/core/table/texts.ts';

const blocks = CLEAN.noiDung as VanBan['noiDung'];

export const BODY_CASES: RuleCase[] = [
  {
    rule: 'kinh-gui.mot-noi',
    bad: [doc({ kinhGui: ['Bộ Nội vụ;'] }), doc({ kinhGui: ['Bộ Nội vụ.'] })],
    good: [doc({ kinhGui: ['Bộ Nội vụ'] })],
    fix: true,
    fixed: { read: (v) => v.kinhGui, value: ['Bộ Nội vụ'] },
  },
  {
    rule: 'kinh-gui.dau-cuoi-dong',
    bad: [doc({ kinhGui: ['Phòng Văn hóa - Thông tin huyện,', 'Phòng Nội vụ huyện.'] }), doc({ kinhGui: ['Phòng Văn hóa - Thông tin huyện;', 'Phòng Nội vụ huyện;'] })],
    good: [doc({ kinhGui: ['Bộ Nội vụ;', 'Bộ Kế hoạch và Đầu tư;', 'Bộ Tài chính.'] })],
    fix: true,
    fixed: { read: (v) => v.kinhGui[0], value: 'Phòng Văn hóa - Thông tin huyện;' },
  },
  {
    rule: 'kinh-gui.gach-dau-dong',
    bad: [doc({ kinhGui: ['- Phòng Văn hóa - Thông tin huyện;', 'Phòng Nội vụ huyện.'] })],
    fix: true,
    fixed: { read: (v) => v.kinhGui[0], value: 'Phòng Văn hóa - Thông tin huyện;' },
  },
  {
    rule: 'kinh-gui.nhan-lap',
    bad: [doc({ kinhGui: ['Kính gửi: Bộ Nội vụ'] })],
    fix: true,
    fixed: { read: (v) => v.kinhGui, value: ['Bộ Nội vụ'] },
  },
  { rule: 'kinh-gui.trong', bad: [doc({ loai: 'cong-van', maDonVi: 'VX', kinhGui: [] })], good: [doc({ kinhGui: [], noiNhan: ['Lưu: VT.'] })], fix: false },
  {
    rule: 'noi-dung.so-thu-tu-go-tay',
    bad: [withBlock('1. Tình hình triển khai', 'khoan', 2), withBlock('a) Ban hành kế hoạch.', 'diem', 3), withBlock('- Niêm yết.', 'gach', 4), withBlock('II. KHÓ KHĂN', 'muc', 2)],
    good: [withBlock('1.000 hộ dân được tuyên truyền.', 'khoan', 2), withBlock('15/3/2023 tổ chức hội nghị.', 'khoan', 2)],
    fix: true,
    fixed: { read: (v) => v.noiDung[2], value: { capDo: 'khoan', text: 'Tình hình triển khai' } },
  },
  {
    rule: 'noi-dung.doan-co-so-thu-tu',
    bad: [withBlock('II. Những khó khăn', 'doan', 5)],
    good: [
      withBlock('2023 là năm bản lề.', 'doan', 5),
      // A quoted decree's own items (real-text 10) keep their letters.
      doc({ noiDung: [{ capDo: 'doan', text: 'Tại khoản 5 Điều 32 Nghị định số 126/2024/NĐ-CP quy định:' }, { capDo: 'doan', text: '“a) Trong thời hạn 60 ngày làm việc, hội tổ chức đại hội;' }, { capDo: 'doan', text: 'b) Hội báo cáo kết quả đại hội”.' }] }),
    ],
    fix: true,
    fixed: { read: (v) => v.noiDung[5], value: { capDo: 'muc', text: 'Những khó khăn' } },
  },
  {
    rule: 'noi-dung.in-hoa',
    bad: [withBlock('TÌNH HÌNH TRIỂN KHAI', 'khoan', 2), withBlock('BAN HÀNH KẾ HOẠCH TUYÊN TRUYỀN', 'diem', 3)],
    good: [withBlock('KẾT QUẢ THỰC HIỆN', 'muc', 1), withBlock('Triển khai CCHC và UBND', 'khoan', 2), withBlock('QUYẾT ĐỊNH:', 'doan', 1)],
    fix: false,
  },
  {
    rule: 'noi-dung.khoi-trong',
    bad: [withBlock('', 'khoan', 2)],
    fix: true,
    fixed: { read: (v) => v.noiDung.length, value: blocks.length },
  },
  { rule: 'noi-dung.trong', bad: [doc({ noiDung: [], ketThuc: '' }), doc({ noiDung: [{ capDo: 'doan', text: '' }], ketThuc: '' })], good: [doc({ noiDung: [] })], fix: false },
  {
    rule: 'noi-dung.can-cu-dau-cau',
    bad: [
      decision({ canCu: ['Căn cứ Luật Tổ chức chính quyền địa phương', 'Căn cứ Nghị định số 30/2020/NĐ-CP;'] }),
      doc({ loai: 'nghi-quyet', canCu: ['Căn cứ Luật Tổ chức chính quyền địa phương;', 'Xét Tờ trình số 12/TTr-UBND;'] }),
    ],
    good: [
      decision({ canCu: ['Căn cứ Luật Tổ chức chính quyền địa phương;', 'Căn cứ Nghị định số 30/2020/NĐ-CP.'] }),
      decision({ canCu: ['Căn cứ Luật Tổ chức chính quyền địa phương.'] }),
      // A báo cáo has no căn cứ ban hành: can-cu-ngoai-mau speaks, not this rule.
      doc({ canCu: ['Căn cứ Chương trình công tác năm 2023 của UBND huyện; Phòng Nội vụ báo cáo kết quả như sau:'] }),
    ],
    fix: true,
    fixed: { read: (v) => v.canCu[0], value: 'Căn cứ Luật Tổ chức chính quyền địa phương;' },
  },
  {
    rule: 'noi-dung.can-cu-ngoai-mau',
    bad: [
      doc({ canCu: ['Căn cứ Chương trình công tác năm 2023 của UBND huyện; Phòng Nội vụ báo cáo kết quả như sau:'] }),
      doc({ loai: 'ke-hoach', canCu: ['Căn cứ Kế hoạch số 05/KH-UBND ngày 05/01/2023 của UBND huyện;', 'UBND xã ban hành Kế hoạch như sau:'] }),
    ],
    good: [decision({ canCu: ['Căn cứ Luật Tổ chức chính quyền địa phương.'] })],
    fix: true,
    touches: ['noiDung'],
    fixed: {
      read: (v) => [v.canCu, v.noiDung.slice(0, 2)],
      value: [[], [{ capDo: 'doan', text: 'Căn cứ Chương trình công tác năm 2023 của UBND huyện; Phòng Nội vụ báo cáo kết quả như sau:' }, blocks[0]]],
    },
  },
  {
    rule: 'ngay-thang.so-0',
    bad: [withBlock('Hội nghị ngày 5 tháng 03 năm 2023 đã thống nhất.'), withBlock('Từ tháng 1 năm 2024 triển khai.'), doc({ ketThuc: 'Báo cáo gửi trước ngày 15 tháng 09 năm 2023' })],
    good: [withBlock('Hội nghị ngày 05 tháng 3 năm 2023 và ngày 09 tháng 02 năm 2024.'), withBlock('Kế hoạch số 05/KH-UBND ngày 05/01/2023.'), withBlock('Phát thanh 02 lần/tháng.')],
    fix: true,
    fixed: { read: (v) => blockText(v.noiDung[1]!), value: 'Hội nghị ngày 05 tháng 3 năm 2023 đã thống nhất.' },
  },
  {
    rule: 'viet-hoa.ten-co-quan',
    bad: [doc({ kinhGui: ['Phòng nội vụ huyện'] }), withBlock('Phối hợp với Sở tài nguyên và môi trường.')],
    good: [withBlock('Các cơ sở y tế và cán bộ tài chính xã; phòng y tế của trường.'), withBlock('Văn phòng nội vụ.'), doc({ kinhGui: ['PHÒNG NỘI VỤ HUYỆN'] })],
    fix: true,
    fixed: { read: (v) => v.kinhGui, value: ['Phòng Nội vụ huyện'] },
  },
  {
    rule: 'viet-hoa.uy-ban-hoi-dong',
    bad: [withBlock('Báo cáo ủy ban nhân dân xã Hương Long.'), withBlock('Trình Hội đồng Nhân dân huyện Phong Điền.')],
    good: [withBlock('Ủy ban nhân dân các cấp triển khai.'), withBlock('ỦY BAN NHÂN DÂN XÃ HƯƠNG LONG'), withBlock('Ủy ban nhân dân Thành phố Hồ Chí Minh.')],
    fix: true,
    fixed: { read: (v) => blockText(v.noiDung[1]!), value: 'Báo cáo Ủy ban nhân dân xã Hương Long.' },
  },
  {
    rule: 'chinh-ta.uy-thong-nhat',
    bad: [doc({ coQuanBanHanh: 'UỶ BAN NHÂN DÂN\nXÃ HƯƠNG LONG' }), withBlock('Đề nghị Uỷ ban nhân dân huyện hỗ trợ.')],
    // "quỹ", "quý": the u belongs to "qu", the tone stays on the y in either spelling.
    good: [withBlock('Quỹ phòng, chống thiên tai; quý I; Ủy ban nhân dân xã; thủy lợi.')],
    fix: true,
    fixed: { read: (v) => v.coQuanBanHanh, value: 'ỦY BAN NHÂN DÂN\nXÃ HƯƠNG LONG' },
  },
  {
    rule: 'viet-hoa.nhan-dan',
    bad: [withBlock('Phục vụ nhân dân tốt hơn.')],
    good: [withBlock('Phục vụ Nhân dân; Ủy ban nhân dân xã; Công an nhân dân; Hội đồng nhân dân.')],
    fix: false,
  },
  {
    rule: 'ket-thuc.trung-dau',
    bad: [doc({ ketThuc: 'Trên đây là báo cáo của Ủy ban nhân dân xã Hương Long./.' }), doc({ ketThuc: '', noiDung: [...blocks.slice(0, -1), { capDo: 'gach', text: 'Niêm yết công khai./.' }] })],
    good: [doc({ ketThuc: 'Trên đây là báo cáo', noiDung: [...blocks, { capDo: 'doan', text: 'Tỷ lệ 1/2 hộ dân.' }] })],
    fix: true,
    fixed: { read: (v) => v.ketThuc, value: 'Trên đây là báo cáo của Ủy ban nhân dân xã Hương Long' },
  },
  {
    rule: 'ket-thuc.giua-noi-dung',
    bad: [withBlock('Kết thúc phần một./.', 'doan', 2)],
    fix: true,
    fixed: { read: (v) => blockText(v.noiDung[2]!), value: 'Kết thúc phần một' },
  },
];
