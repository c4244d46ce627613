// Nothing in a table is dropped on the way out: generated tables (empty cells, < > & " ', emoji, NFD,
// long words, several lines, merged cells) go into the model, out as .docx, and read back cell by cell.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { vanBanSchema, type Bang } from '../../../src/core/model/van-ban.ts';
import { exportDocx } from '../../../src/export/docx-writer.ts';
import { attr, child, children, paragraphText, path, readDocx, readTable, type XmlElement } from '../../helpers/docx-reader.ts';

const tricky = fc.constantFrom(
  '', '', '<', '>', '&', '"', "'", '&amp;', '<w:t>', '😀', '👨‍👩‍👧', 'Tuyên truyền'.normalize('NFD'), 'ỦY BAN', 'đ', '1.150', '1,150',
  'Siêudàikhôngcókhoảngtrắng'.repeat(6), 'x'.repeat(120), 'dòng một\ndòng hai', '\u0000', '\t', '  a  b  ', 'Tổng cộng', '12.345.678',
);
const cellText = fc.oneof(tricky, fc.string({ maxLength: 20, unit: 'grapheme' }), fc.array(tricky, { maxLength: 4 }).map((ws) => ws.join(' ')));

/**
 * A table as a grid of R × C slots carved into rectangles (merged cells), listed as HTML lists them:
 * row by row, each rectangle once, in its top row. So every row is whole and every span is real.
 */
const carvedTable = fc
  .record({
    rows: fc.integer({ min: 1, max: 7 }),
    cols: fc.integer({ min: 1, max: 8 }),
    choices: fc.array(fc.nat({ max: 99 }), { minLength: 64, maxLength: 64 }),
    texts: fc.array(cellText, { minLength: 56, maxLength: 56 }),
    header: fc.nat({ max: 3 }),
    tieuDe: cellText,
    donViTinh: cellText,
    ghiChu: fc.array(cellText, { maxLength: 2 }),
  })
  .map(({ rows, cols, choices, texts, header, tieuDe, donViTinh, ghiChu }): Bang => {
    const taken = Array.from({ length: rows }, () => new Array<boolean>(cols).fill(false));
    let k = 0;
    const next = () => choices[k++ % choices.length]!;
    const hang = taken.map((row, r) => {
      const o: Bang['hang'][number]['o'] = [];
      for (let c = 0; c < cols; c++) {
        if (row[c]) continue;
        // Most cells are single; some merge right, down, or both, as far as the free slots allow.
        let w = 1;
        const wantW = next() < 75 ? 1 : 2 + (next() % 3);
        while (w < wantW && c + w < cols && !row[c + w]) w++;
        let h = 1;
        const wantH = next() < 80 ? 1 : 2 + (next() % 2);
        while (h < wantH && r + h < rows && taken[r + h]!.slice(c, c + w).every((t) => !t)) h++;
        for (let dr = 0; dr < h; dr++) for (let dc = 0; dc < w; dc++) taken[r + dr]![c + dc] = true;
        o.push({ text: texts[(r * cols + c) % texts.length]!, gopCot: w, gopHang: h });
      }
      return { o };
    });
    return { tieuDe, donViTinh, soHangTieuDe: Math.min(header, rows), hang, canLe: [], doRong: [], ghiChu };
  });

/** Ragged rows (no spans): a short row is filled out with empty cells, nothing else changes. */
const raggedTable = fc.array(fc.array(cellText, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 6 }).map(
  (rows): Bang => ({ tieuDe: '', donViTinh: '', soHangTieuDe: 0, hang: rows.map((r) => ({ o: r.map((text) => ({ text, gopCot: 1, gopHang: 1 })) })), canLe: [], doRong: [], ghiChu: [] }),
);

const body = (doc: XmlElement) => child(doc, 'body')!;
const dataTables = (doc: XmlElement) => children(body(doc), 'tbl').filter((t) => attr(path(t, 'tblPr', 'tblBorders', 'top'), 'val') === 'single');

async function roundTrip(tables: Bang[]) {
  const v = vanBanSchema.parse({
    loai: 'bao-cao',
    ngayBanHanh: { nam: 2025 },
    noiDung: tables.flatMap((bang, i) => [{ capDo: 'doan', text: `Đoạn trước bảng ${i + 1}.` }, { capDo: 'bang', bang }]),
  });
  const doc = readDocx(await exportDocx(v)).document;
  const read = dataTables(doc).map(readTable);
  // A long caption is broken into balanced lines (line breaks): read it as one line.
  const paragraphs = children(body(doc), 'p').map((p) => paragraphText(p).replace(/\n/g, ' '));
  return { v, read, paragraphs };
}

describe('tables through the .docx (property)', () => {
  it('every cell of a merged table reads back in place, with its text and its spans', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(carvedTable, { minLength: 1, maxLength: 3 }), async (tables) => {
        const { v, read, paragraphs } = await roundTrip(tables);
        const models = v.noiDung.flatMap((b) => (b.capDo === 'bang' ? [b.bang] : []));
        expect(read).toEqual(models.map((b) => b.hang.map((h) => h.o)));
        for (const b of models) {
          for (const t of [b.tieuDe, b.donViTinh, ...b.ghiChu].filter(Boolean)) expect(paragraphs).toContain(t);
        }
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 40) },
    );
  }, 120_000);

  it('a ragged table reads back with its cells in order and the short rows filled with empty cells', async () => {
    await fc.assert(
      fc.asyncProperty(raggedTable, async (table) => {
        const { v, read } = await roundTrip([table]);
        const model = v.noiDung.flatMap((b) => (b.capDo === 'bang' ? [b.bang] : []))[0]!;
        const width = Math.max(...model.hang.map((h) => h.o.length));
        const empty = { text: '', gopCot: 1, gopHang: 1 };
        expect(read[0]).toEqual(model.hang.map((h) => [...h.o, ...Array.from({ length: width - h.o.length }, () => empty)]));
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 40) },
    );
  }, 120_000);
});
