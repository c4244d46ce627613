// The draft mark: a flag of the document (old saves stay valid), printed as a box at the left under
// the number line, as the draft circular of Bộ Tài chính (real-docx 16) shows it.
import { describe, expect, it } from 'vitest';
import { dauDuThao } from '../../../src/core/du-thao.ts';
import { parseVanBan } from '../../../src/core/model/parse.ts';
import { vanBanSchema, type VanBan } from '../../../src/core/model/van-ban.ts';
import { exportDocx } from '../../../src/export/docx-writer.ts';
import { DU_THAO_BOX, HEADER_COLUMNS, SIZES } from '../../../src/export/layout.ts';
import { planDocument, type PlanItem, type PlanStamp } from '../../../src/export/plan.ts';
import { textWidthTwips } from '../../../src/export/text-metrics.ts';
import { attr, child, els, paragraphText, path, readDocx, type XmlElement } from '../../helpers/docx-reader.ts';
import { doc } from '../checker/documents.ts';

const stamps = (items: PlanItem[]) => items.filter((i): i is PlanStamp => i.kind === 'stamp');
const leftUnderNumber = (v: VanBan) => planDocument(v).header.rows[1]!.cells[0];

describe('the model', () => {
  it('reads a save from before the flag as not a draft', () => {
    const { duThao: _d, lanDuThao: _l, ...old } = doc();
    expect(vanBanSchema.parse(old)).toMatchObject({ duThao: false, lanDuThao: null });
  });

  it('takes a numbered draft, and refuses a draft number that is not 1–99 with a Vietnamese message', () => {
    expect(vanBanSchema.parse({ ...doc(), duThao: true, lanDuThao: 2 })).toMatchObject({ duThao: true, lanDuThao: 2 });
    const r = parseVanBan({ ...doc(), duThao: true, lanDuThao: 0 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join()).toContain('Dự thảo lần');
  });

  it('names the mark from the flag only', () => {
    expect(dauDuThao({ duThao: false, lanDuThao: 2 })).toBe('');
    expect(dauDuThao({ duThao: true, lanDuThao: null })).toBe('DỰ THẢO');
    expect(dauDuThao({ duThao: true, lanDuThao: 2 })).toBe('DỰ THẢO LẦN 2');
  });
});

describe('the plan', () => {
  it('has no box for a document that is not a draft', () => {
    expect(stamps(leftUnderNumber(doc()))).toEqual([]);
  });

  it('puts the box under the number line, as wide as its text and the padding, in the body size, regular, black', () => {
    const v = doc({ duThao: true, lanDuThao: 2 });
    const left = leftUnderNumber(v);
    expect(left[0]).toMatchObject({ kind: 'text', role: 'soKyHieu' });
    const [box] = stamps(left);
    expect(box).toEqual({
      kind: 'stamp',
      text: 'DỰ THẢO LẦN 2',
      width: textWidthTwips('DỰ THẢO LẦN 2', SIZES.lon.body) + 2 * DU_THAO_BOX.padding,
      height: DU_THAO_BOX.height,
      sizePt: 14,
      color: '000000',
      bold: false,
    });
    expect(box!.width).toBeLessThan(HEADER_COLUMNS[0]);
    // The type name and the summary are untouched by the mark.
    expect(planDocument(v).main.slice(0, 2).map((p) => (p.kind === 'text' ? p.lines.join(' ') : ''))).toEqual(['BÁO CÁO', v.trichYeu]);
  });

  it('stacks it under the urgency stamp, which keeps the decree\'s place (ô 10b)', () => {
    expect(stamps(leftUnderNumber(doc({ duThao: true, doKhan: 'khan' }))).map((s) => [s.text, s.color, s.bold])).toEqual([
      ['KHẨN', 'FF0000', true],
      ['DỰ THẢO', '000000', false],
    ]);
  });
});

describe('the .docx', () => {
  async function headerLeftCell(v: VanBan): Promise<XmlElement> {
    const d = readDocx(await exportDocx(v)).document;
    const header = els(child(d, 'body')!, 'tbl')[0]!;
    return els(els(header, 'tr')[1]!, 'tc')[0]!;
  }
  const boxes = (cell: XmlElement) => els(cell, 'tbl');
  const single = (b: XmlElement, side: string) => attr(path(b, 'tblPr', 'tblBorders', side), 'val');

  it('draws the mark as a one-cell table with a single black border, centred text', async () => {
    const [box] = boxes(await headerLeftCell(doc({ duThao: true })));
    expect(box).toBeDefined();
    for (const side of ['top', 'left', 'bottom', 'right']) {
      expect(single(box!, side)).toBe('single');
      expect(attr(path(box!, 'tblPr', 'tblBorders', side), 'color')).toBe('000000');
    }
    const p = els(box!, 'p')[0]!;
    expect(paragraphText(p)).toBe('DỰ THẢO');
    expect(attr(path(p, 'pPr', 'jc'), 'val')).toBe('center');
    expect(path(els(p, 'r')[0]!, 'rPr', 'b')).toBeUndefined();
  });

  it('keeps a paragraph between the urgency stamp and the draft mark, so Word does not join the two tables', async () => {
    const cell = await headerLeftCell(doc({ duThao: true, lanDuThao: 3, doKhan: 'hoa-toc' }));
    const kinds: string[] = [];
    for (let n = cell.firstChild; n; n = n.nextSibling) if (n.nodeType === 1 && (n as XmlElement).localName !== 'tcPr') kinds.push((n as XmlElement).localName ?? '');
    expect(kinds).toEqual(['p', 'tbl', 'p', 'tbl', 'p']);
    expect(boxes(cell).map((b) => paragraphText(els(b, 'p')[0]!))).toEqual(['HỎA TỐC', 'DỰ THẢO LẦN 3']);
  });
});
