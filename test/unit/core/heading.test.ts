// The items of one numbered list print at one level: all headings, or none (issue 9, part 5: in a
// giấy mời "1. Chủ trì: …" printed as a plain paragraph and "2. Thành phần mời:" as a bold heading).
import { describe, expect, it } from 'vitest';
import { khoanStyles, runInLabel } from '../../../src/core/heading.ts';
import { importVanBan } from '../../../src/core/import/index.ts';
import type { Khoi } from '../../../src/core/model/van-ban.ts';
import { planDocument, type PlanParagraph } from '../../../src/export/plan.ts';

const k = (text: string): Khoi => ({ capDo: 'khoan', text });

describe('runInLabel', () => {
  it.each([
    ['Chủ trì: Đồng chí Nguyễn Văn A - Chủ tịch UBND xã.', 'Chủ trì:'],
    ['Về kinh phí: Kinh phí hỗ trợ của địa phương: 91.060.000.000 đồng.', 'Về kinh phí:'],
    ['Thời gian kiểm tra tại các cơ quan, địa phương: Theo Phụ lục I kèm theo Kế hoạch này.', 'Thời gian kiểm tra tại các cơ quan, địa phương:'],
  ])('%s → %s', (text, label) => {
    expect(text.slice(0, runInLabel(text))).toBe(label);
  });

  it.each([
    'Thành phần mời:',
    'Tùy tình hình thực tế, tổ chức kiểm tra theo các hình thức sau cho phù hợp:',
    'Kiểm tra hồ sơ. Kết luận: đạt.',
    'Chủ tịch UBND tỉnh giao Sở Nội vụ chủ trì phối hợp với các ngành có liên quan tổ chức kiểm tra công tác cải cách hành chính: đạt',
  ])('no label in %s', (text) => {
    expect(runInLabel(text)).toBe(0);
  });
});

describe('khoanStyles', () => {
  it('a giấy mời: the heading and the labelled items print alike (labels in bold)', () => {
    expect(khoanStyles([k('Chủ trì: Đồng chí Nguyễn Văn A - Chủ tịch UBND xã.'), k('Thành phần mời:'), { capDo: 'gach', text: 'Các Phó Chủ tịch UBND xã;' }, k('Thời gian: 08 giờ 00, ngày 07/3/2024.')])).toEqual([
      'lead',
      'title',
      'text',
      'lead',
    ]);
  });

  it('a list with a plain sentence has no heading, not even a lead-in ending with ":" (real-text 05, III)', () => {
    expect(
      khoanStyles([
        k('Tùy tình hình thực tế, tổ chức kiểm tra theo các hình thức sau cho phù hợp:'),
        { capDo: 'diem', text: 'Kiểm tra, làm việc trực tiếp tại các đơn vị, địa phương;' },
        k('Kiểm tra hồ sơ, tài liệu có liên quan về kết quả thực hiện của đơn vị, địa phương.'),
        k('Trao đổi, thảo luận những vấn đề qua kiểm tra.'),
      ]),
    ).toEqual(['text', 'text', 'text', 'text']);
  });

  it('a report whose last item has a run-in label keeps its headings (real-docx 03 sets them so)', () => {
    expect(
      khoanStyles([
        { capDo: 'muc', text: 'Thực trạng tổ chức và hoạt động của hội' },
        k('Về tổ chức'),
        { capDo: 'diem', text: 'Tổng số hội trên địa bàn tỉnh là: 610 hội.' },
        k('Về hoạt động'),
        { capDo: 'doan', text: 'Các tổ chức Hội triển khai thực hiện các chương trình.' },
        k('Về kinh phí: Kinh phí hỗ trợ của địa phương: 91.060.000.000 đồng.'),
        { capDo: 'muc', text: 'Đánh giá chung' },
        k('Những kết quả đạt được'),
      ]),
    ).toEqual(['text', 'title', 'text', 'title', 'text', 'lead', 'text', 'title']);
  });

  it('a table between the items of a list neither ends the list nor counts as a sentence', () => {
    const bang: Khoi = { capDo: 'bang', bang: { tieuDe: 'Bảng 1. Kết quả', donViTinh: '', soHangTieuDe: 1, hang: [{ o: [{ text: 'Chỉ tiêu', gopCot: 1, gopHang: 1 }] }, { o: [{ text: 'Kiểm tra hồ sơ, tài liệu.', gopCot: 1, gopHang: 1 }] }], canLe: [], doRong: [], ghiChu: [] } };
    expect(khoanStyles([k('Chủ trì: Đồng chí Nguyễn Văn A.'), bang, k('Thành phần mời:'), bang, k('Thời gian: 08 giờ 00.')])).toEqual(['lead', 'text', 'title', 'text', 'lead']);
    expect(khoanStyles([k('Về tổ chức'), bang, k('Về hoạt động')])).toEqual(['title', 'text', 'title']);
  });

  it('a list of labelled items alone stays regular; a mục or an Điều starts a new list', () => {
    expect(khoanStyles([k('Tên gọi: Quỹ Khuyến học.'), k('Trụ sở: số 24 đường Nguyễn Tất Thành.'), { capDo: 'dieu', text: 'Tôn chỉ' }, k('Mục đích')])).toEqual([
      'text',
      'text',
      'text',
      'title',
    ]);
  });
});

describe('a pasted giấy mời prints its numbered items at one level', () => {
  const text = [
    'ỦY BAN NHÂN DÂN',
    'XÃ HƯƠNG LONG',
    'Số: 15/GM-UBND',
    'Hương Long, ngày 05 tháng 3 năm 2024',
    'GIẤY MỜI',
    'Họp giao ban công tác tháng 3 năm 2024',
    'Ủy ban nhân dân xã Hương Long trân trọng kính mời:',
    '1. Chủ trì: Đồng chí Nguyễn Văn A - Chủ tịch UBND xã.',
    '2. Thành phần mời:',
    '- Các Phó Chủ tịch UBND xã;',
    '- Công chức chuyên môn.',
    '3. Thời gian: 08 giờ 00 phút, ngày 07/3/2024.',
    '4. Địa điểm: Hội trường UBND xã.',
    'Rất mong các đồng chí đến dự đúng giờ./.',
    'Nơi nhận:',
    '- Như trên;',
    '- Lưu: VT.',
    'TM. ỦY BAN NHÂN DÂN',
    'CHỦ TỊCH',
    'Nguyễn Văn A',
  ].join('\n');
  const v = importVanBan(text).vanBan;

  it('imports the four items as khoản, markers computed', () => {
    expect(v.noiDung.flatMap((b) => (b.capDo === 'khoan' ? [b.text] : []))).toEqual([
      'Chủ trì: Đồng chí Nguyễn Văn A - Chủ tịch UBND xã.',
      'Thành phần mời:',
      'Thời gian: 08 giờ 00 phút, ngày 07/3/2024.',
      'Địa điểm: Hội trường UBND xã.',
    ]);
  });

  it('bolds what reads as each item\'s label, and only that', () => {
    const items = planDocument(v).main.filter((p): p is PlanParagraph => p.kind === 'text' && p.role === 'noiDung.khoan');
    expect(items.map((p) => (p.bold ? p.lines[0] : p.lines[0]!.slice(0, p.boldLead)))).toEqual(['1. Chủ trì:', '2. Thành phần mời:', '3. Thời gian:', '4. Địa điểm:']);
  });
});
