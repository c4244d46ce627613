// Any document the schema accepts exports to a well-formed .docx whose text reads back in order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CAP_DO, isBang, vanBanSchema, type Khoi, type VanBan } from '../../../src/core/model/van-ban.ts';
import { blockMarkers } from '../../../src/core/numbering.ts';
import { upperVi } from '../../../src/core/text/normalize.ts';
import { exportDocx } from '../../../src/export/docx-writer.ts';
import { paragraphs, readDocx } from '../../helpers/docx-reader.ts';
import { vanBanArb } from '../../helpers/van-ban-arbitrary.ts';

/** Body blocks as they read back: marker and text, headings on two lines. */
function bodyTexts(blocks: readonly Khoi[]): string[] {
  const markers = blockMarkers(blocks);
  return blocks.flatMap((b, i) => {
    if (isBang(b)) return [b.bang.tieuDe, b.bang.donViTinh, ...b.bang.hang.flatMap((h) => h.o.map((o) => o.text.replace(/\n/g, ' '))), ...b.bang.ghiChu];
    return b.capDo === 'phan' || b.capDo === 'chuong'
      ? [markers[i]!, upperVi(b.text)]
      : [`${markers[i]} ${b.capDo === 'muc' ? upperVi(b.text) : b.text}`.trim()];
  });
}

/** Every user text, in the order the layout lays it out, as it should read back. */
function expectedTexts(v: VanBan): string[] {
  return [
    ...v.coQuanChuQuan.split('\n').filter(Boolean).map(upperVi),
    ...v.coQuanBanHanh.split('\n').filter(Boolean).map(upperVi),
    ...v.kinhGui.filter(Boolean),
    ...v.canCu,
    ...bodyTexts(v.noiDung),
    ...(v.ketThuc ? [v.ketThuc] : []),
    ...v.noiNhan.filter(Boolean),
    v.chuKy.hoTen,
    ...v.kemTheo.flatMap((k) => [upperVi(k.ten), ...(k.kieu === 'ban-hanh' ? [k.trichYeu] : []), ...bodyTexts(k.noiDung)]),
  ].filter((t) => t !== '');
}

async function check(input: unknown): Promise<void> {
  const v = vanBanSchema.parse(input);
  const docx = readDocx(await exportDocx(v)); // throws on malformed XML in any part
  const all = paragraphs(docx.document).map((p) => p.text.replace(/\n/g, ' ')).join('\n');
  let from = 0;
  for (const t of expectedTexts(v)) {
    const at = all.indexOf(t, from);
    expect(at, `"${t}" missing or out of order`).toBeGreaterThanOrEqual(0);
    from = at + t.length;
  }
  if (v.trichYeu) expect(all).toContain(v.trichYeu);
}

describe('export round trip (property)', () => {
  it('any document the schema accepts exports to well-formed XML whose text reads back in order', async () => {
    await fc.assert(fc.asyncProperty(vanBanArb, check), { numRuns: Number(process.env.FC_RUNS ?? 60) });
    // 60 exports: on a 2-core machine shared with other work this takes longer than vitest's 5 s default.
  }, 120_000);

  it('holds for 500 blocks, empty optional parts and NFD text', async () => {
    await check({
      loai: 'bao-cao',
      ngayBanHanh: { ngay: null, thang: null, nam: 2024 },
      noiDung: Array.from({ length: 500 }, (_, i) => ({ capDo: CAP_DO[i % CAP_DO.length]!, text: `Đoạn ${i} <&> "trích" 'dẫn' 😀`.normalize('NFD') })),
    });
    await check({ loai: 'cong-van', ngayBanHanh: { nam: 2025 } });
    // Two exports, one of 500 blocks: room for a loaded machine beyond vitest's 5 s.
  }, 60_000);
});
