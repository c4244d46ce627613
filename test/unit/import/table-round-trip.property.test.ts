// Nothing dropped: a generated table pasted as plain text (TAB rows) or as clipboard HTML comes back
// in the model cell by cell — text (NFC, as the schema cleans it), spans, rows.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlItems } from '../../../src/core/import/html-items.ts';
import { importBody, importBodyItems } from '../../../src/core/import/index.ts';
import { bangSchema, type Khoi } from '../../../src/core/model/van-ban.ts';
import { rawBangArb, toClipboardHtml, toTabText, type RawBang } from '../../helpers/table-arbitrary.ts';

function onlyTable(blocks: Khoi[]) {
  expect(blocks.map((b) => b.capDo)).toEqual(['bang']);
  return blocks[0]!.capDo === 'bang' ? blocks[0]!.bang : null;
}

const expectedRows = (raw: RawBang) => bangSchema.parse(raw).hang;

describe('property: a table pasted comes back cell by cell', () => {
  it('as TAB text (Word or Excel copied as plain text)', () => {
    // TAB text holds no spans and no line breaks in a cell; the first rows are filled, so that no
    // empty header cell is read as the rest of a merged one (tested on its own in tables.test.ts).
    const arb = rawBangArb({ rows: { min: 4, max: 9 }, columns: { min: 3, max: 8 }, filledRows: 3 });
    fc.assert(
      fc.property(arb, (raw) => {
        const bang = onlyTable(importBody(toTabText(raw)));
        expect(bang!.hang).toEqual(expectedRows(raw));
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('a row starting with "-" (nil) and an empty cell stays a row of the table (found by the property above)', () => {
    const row = (...t: string[]) => ({ o: t.map((text) => ({ text, gopCot: 1, gopHang: 1 })) });
    const raw = {
      soHangTieuDe: 0, canLe: [], tieuDe: '', donViTinh: '', ghiChu: [], doRong: [],
      hang: [row('â', 'ă', 'ơ'), row('đ', 'Tổng cộng', 'a'), row('Tổng cộng', 'ô', 'Tổng cộng'), row('-', '', 'Tổng cộng'), row('', 'â', 'ê')],
    } as RawBang;
    expect(toTabText(raw)).toContain('-\t\tTổng cộng');
    expect(onlyTable(importBody(toTabText(raw)))!.hang).toEqual(expectedRows(raw));
  });

  it('as clipboard HTML from Word, Excel and Google Sheets, spans and line breaks included', () => {
    const arb = fc.tuple(rawBangArb({ spans: true, multiline: true }), fc.constantFrom('word', 'excel', 'sheets') as fc.Arbitrary<'word' | 'excel' | 'sheets'>);
    fc.assert(
      fc.property(arb, ([raw, flavour]) => {
        const bang = onlyTable(importBodyItems(htmlItems(toClipboardHtml(raw, flavour))));
        expect(bang!.hang).toEqual(expectedRows(raw));
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
