// The checker on tables: where a finding points (table block, row, cell), what the messages say, the
// text rules that reach cells and those that leave them alone, tables in a phụ lục, and the end mark.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFix, checkVanBan } from '../../../src/core/checker/index.ts';
import { endMarkPlace } from '../../../src/core/checker/rules/ket-thuc.ts';
import { vanBanSchema, type VanBan } from '../../../src/core/model/van-ban.ts';
import { bangArb } from '../../helpers/table-arbitrary.ts';
import { withTable } from './cases-bang.ts';
import { CLEAN, doc } from './documents.ts';

const HEADER = ['STT', 'Nội dung', 'Kế hoạch', 'Thực hiện'];
const ofRule = (v: VanBan, id: string) => checkVanBan(v).filter((f) => f.ruleId === id);

describe('table findings', () => {
  it('point at the block, the row and the cell, with a path into the model', () => {
    const v = withTable([HEADER, ['1', 'Thuế', '1.200', '650'], ['2', 'Phí', '350', '180'], ['', 'Tổng cộng', '1.550', '840']], { tieuDe: 'Bảng 1. Kết quả thu' });
    const [f] = ofRule(v, 'bang.tong-cong');
    expect(f).toMatchObject({ part: 'noiDung', index: 1, field: 'bang', hang: 3, o: 3, path: ['noiDung', 1, 'bang', 'hang', 3, 'o', 3], severity: 'warning', fixable: false });
    expect(f!.message).toBe(
      '«Bảng 1. Kết quả thu», hàng 4 («Tổng cộng»), cột «Thực hiện»: ghi 840 nhưng cộng 2 hàng phía trên được 830; kiểm tra lại số liệu (thông lệ trình bày bảng số liệu; Nghị định 30 không quy định nội dung bảng)',
    );
  });

  it('show the computed sum as the column writes its figures, decimals included', () => {
    const v = withTable([HEADER, ['1', 'A', '1.234,5', '2'], ['2', 'B', '10,25', '3'], ['', 'Cộng', '1.250', '5']]);
    expect(ofRule(v, 'bang.tong-cong').map((f) => f.message)).toEqual([expect.stringContaining('ghi 1.250 nhưng cộng 2 hàng phía trên được 1.244,75;')]);
  });

  it('name a table without a caption by its place, and say which way each of two figures leans', () => {
    const v = withTable([HEADER, ['1', 'Thu', '1.150', '2'], ['2', 'Chi', '1,150', '3']], { soHangTieuDe: 1 });
    expect(ofRule(v, 'bang.dau-so')[0]!.message).toMatch(/^Bảng thứ 1, cột «Kế hoạch» viết số theo hai cách: «1\.150» \(hàng 2\) và «1,150» \(hàng 3\); tiếng Việt dùng dấu chấm/);
  });

  it('report ragged rows against the most common width when the table has no header row', () => {
    const v = withTable([['a', 'b', 'c'], ['d', 'e', 'f'], ['g', 'h']], { soHangTieuDe: 0 });
    expect(ofRule(v, 'bang.hang-lech').map((f) => [f.hang, f.message.replace(/ \(thông lệ.*$/, '')])).toEqual([[2, 'Bảng thứ 1, hàng 3 có 2 cột, phần lớn các hàng có 3: thiếu 1 ô (khi in sẽ để trống)']]);
  });

  it('stop at ten a table, the last one saying how many more', () => {
    const rows = [HEADER, ...Array.from({ length: 15 }, (_, i) => [String(i + 1), 'x', '1'])];
    const found = ofRule(withTable(rows), 'bang.hang-lech');
    expect(found).toHaveLength(10);
    expect(found[9]!.message).toContain('(và 6 hàng khác cũng lệch)');
  });

  it('run on the tables of a phụ lục, reported at the attachment with the cell inside it', () => {
    const base = withTable([HEADER, ['1', 'Thuế', '10', '5'], ['', 'Tổng cộng', '11', '5']]);
    const v = vanBanSchema.parse({ ...base, kemTheo: [{ kieu: 'phu-luc', ten: 'Biểu số liệu', noiDung: [base.noiDung[1]] }] });
    const found = ofRule(v, 'bang.tong-cong');
    expect(found.map((f) => [f.part, f.index, f.path.join('.')])).toEqual([
      ['noiDung', 1, 'noiDung.1.bang.hang.2.o.2'],
      ['kemTheo', 0, 'kemTheo.0.noiDung.0.bang.hang.2.o.2'],
    ]);
    expect(found[1]!.message).toMatch(/^Phụ lục I: /);
    expect(found[1]!.inner).toEqual({ part: 'noiDung', index: 0, field: 'bang', hang: 2, o: 2 });
  });
});

describe('text rules and table cells', () => {
  it('the one-spelling-of-ủy rule reaches a cell, and its fix changes that cell only', () => {
    const v = withTable([HEADER, ['1', 'Uỷ ban nhân dân xã', '1', '1']]);
    const f = checkVanBan(v).find((x) => x.ruleId === 'chinh-ta.uy-thong-nhat' && x.field === 'bang')!;
    expect(f).toMatchObject({ index: 1, hang: 1, o: 1 });
    const fixed = applyFix(v, f);
    expect(fixed.noiDung[1]).toEqual({ ...v.noiDung[1], bang: { ...(v.noiDung[1] as { bang: object }).bang, hang: [(v.noiDung[1] as { bang: { hang: unknown[] } }).bang.hang[0], { o: [{ text: '1', gopCot: 1, gopHang: 1 }, { text: 'Ủy ban nhân dân xã', gopCot: 1, gopHang: 1 }, { text: '1', gopCot: 1, gopHang: 1 }, { text: '1', gopCot: 1, gopHang: 1 }] }] } });
    expect({ ...fixed, noiDung: [] }).toEqual({ ...v, noiDung: [] });
  });

  it('case and punctuation rules leave cells alone: "TỔNG CỘNG" and figures are not shouting or sentences', () => {
    const v = withTable([HEADER, ['1', 'KẾT QUẢ TUYÊN TRUYỀN XÃ', '05', '5'], ['', 'TỔNG CỘNG', '5', '5']]);
    expect(checkVanBan(v)).toEqual([]);
  });

  it('an empty table is an empty block (fix: remove it); a document of tables only is not empty', () => {
    const empty = withTable([['', ''], ['', '']], { soHangTieuDe: 0 });
    const [f] = ofRule(empty, 'noi-dung.khoi-trong');
    expect(f!.message).toMatch(/^Khối thứ 2 là bảng chưa có nội dung nào/);
    expect(applyFix(empty, f!).noiDung).toEqual(CLEAN.noiDung);
    const tablesOnly = vanBanSchema.parse({ ...doc(), ketThuc: '', noiDung: [withTable([HEADER, ['1', 'x', '1', '1']]).noiDung[1]] });
    expect(ofRule(tablesOnly, 'noi-dung.trong')).toEqual([]);
  });

  it('a document ending with a table takes its end mark after no typed text', () => {
    const t = withTable([HEADER, ['1', 'Xong./.', '1', '1']]).noiDung[1]!;
    const v = vanBanSchema.parse({ ...doc(), ketThuc: '', noiDung: [...(CLEAN.noiDung as VanBan['noiDung']), t] });
    expect(endMarkPlace(v)).toMatchObject({ part: 'noiDung', index: 5 });
    expect(checkVanBan(v).filter((f) => f.ruleId.startsWith('ket-thuc.'))).toEqual([]);
  });
});

describe('property: any document with tables', () => {
  it('is checked without throwing, every fix keeps it valid, and table findings point inside their table', () => {
    const docWithTables = fc.tuple(fc.array(bangArb({ spans: true, multiline: true, rows: { min: 1, max: 6 } }), { minLength: 1, maxLength: 3 }), fc.boolean()).map(([tables, inPhuLuc]) => {
      const blocks = tables.map((bang) => ({ capDo: 'bang' as const, bang }));
      return vanBanSchema.parse(inPhuLuc ? { ...doc(), kemTheo: [{ kieu: 'phu-luc', noiDung: blocks }] } : { ...doc(), noiDung: [...(CLEAN.noiDung as VanBan['noiDung']), ...blocks] });
    });
    fc.assert(
      fc.property(docWithTables, (v) => {
        for (const f of checkVanBan(v)) {
          if (f.ruleId.startsWith('bang.')) {
            const at = f.inner ?? f;
            const blocks = f.part === 'kemTheo' ? v.kemTheo[f.index!]!.noiDung : v.noiDung;
            const b = blocks[at.index!]!;
            expect(b.capDo).toBe('bang');
            if (b.capDo === 'bang' && at.hang !== undefined) expect(b.bang.hang[at.hang]).toBeDefined();
            if (b.capDo === 'bang' && at.hang !== undefined && at.o !== undefined) expect(b.bang.hang[at.hang]!.o[at.o]).toBeDefined();
          }
          if (f.fixable) expect(vanBanSchema.safeParse(applyFix(v, f)).success).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});
