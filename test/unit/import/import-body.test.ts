import { describe, expect, it } from 'vitest';
import { importBody, splitMarker } from '../../../src/core/import/index.ts';
import { blockLine, blockMarkers } from '../../../src/core/numbering.ts';
import { fixtureParts } from '../../helpers/fixtures.ts';
import { blockText } from '../../../src/core/table/texts.ts';

describe('splitMarker', () => {
  it.each([
    ['I. Kết quả', 'muc', 'Kết quả'],
    ['XIV. Mục mười bốn', 'muc', 'Mục mười bốn'],
    ['I.KẾT QUẢ', 'muc', 'KẾT QUẢ'],
    ['1. Tình hình', 'khoan', 'Tình hình'],
    ['12/ Tình hình', 'khoan', 'Tình hình'],
    ['2) Khó khăn', 'khoan', 'Khó khăn'],
    ['2.1. Tuyên truyền', 'tieuMuc', 'Tuyên truyền'],
    ['2.1 Tuyên truyền', 'tieuMuc', 'Tuyên truyền'],
    ['a) Điểm a', 'diem', 'Điểm a'],
    ['đ) Điểm đ', 'diem', 'Điểm đ'],
    ['- Gạch', 'gach', 'Gạch'],
    ['– Gạch ngang dài', 'gach', 'Gạch ngang dài'],
    ['• Chấm', 'gach', 'Chấm'],
    ['+ Cộng', 'cong', 'Cộng'],
    ['Đoạn văn thường.', 'doan', 'Đoạn văn thường.'],
    ['Phần I', 'phan', ''],
    ['Chương II. Quy định chung', 'chuong', 'Quy định chung'],
    ['CHƯƠNG III', 'chuong', ''],
    ['Điều 1. Phạm vi', 'dieu', 'Phạm vi'],
    ['Điều 12 của Luật này', 'doan', 'Điều 12 của Luật này'],
    ['1.000 hộ dân được hỗ trợ', 'doan', '1.000 hộ dân được hỗ trợ'],
    ['1.5 triệu đồng', 'tieuMuc', 'triệu đồng'],
    ['2023 là năm bản lề', 'doan', '2023 là năm bản lề'],
    ['V/v báo cáo', 'doan', 'V/v báo cáo'],
    ['C. Kết luận', 'doan', 'C. Kết luận'],
    ['f) không phải điểm', 'doan', 'f) không phải điểm'],
    ['1.1.1. Cấp ba', 'doan', '1.1.1. Cấp ba'],
  ] as const)('%s → %s', (line, capDo, text) => {
    expect(splitMarker(line)).toEqual({ capDo, text });
  });
});

describe('importBody', () => {
  it('gives one block per non-blank line, markers removed', () => {
    expect(importBody('I. Kết quả\r\n\r\n1. Tình hình\n  a) Việc một  \n- Ý một\n+ Ý nhỏ\nĐoạn.')).toEqual([
      { capDo: 'muc', text: 'Kết quả' },
      { capDo: 'khoan', text: 'Tình hình' },
      { capDo: 'diem', text: 'Việc một' },
      { capDo: 'gach', text: 'Ý một' },
      { capDo: 'cong', text: 'Ý nhỏ' },
      { capDo: 'doan', text: 'Đoạn.' },
    ]);
  });

  it('returns NFC text', () => {
    const [b] = importBody('- Tuyên truyền'.normalize('NFD'));
    expect(blockText(b!)).toBe('Tuyên truyền'.normalize('NFC'));
  });

  it('gives back the fixture body exactly when its markers are recomputed', () => {
    const lines = fixtureParts('ke-hoach-13-KH-UBND')['noi-dung']!;
    const blocks = importBody(lines.join('\n'));
    const markers = blockMarkers(blocks);
    expect(blocks.map((b, i) => blockLine(markers[i]!, blockText(b)))).toEqual(lines);
  });

  it('returns nothing for blank text', () => {
    expect(importBody(' \n\t\n')).toEqual([]);
  });
});
