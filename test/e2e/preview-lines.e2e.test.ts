// The preview breaks the header, the summary and the signature block exactly where the .docx does:
// the .docx carries those breaks explicitly (src/export/line-breaks.ts), and here the preview must
// show the same lines, each on one line box, with nothing wrapped further — and LibreOffice must print
// each of them as one whole line.
import { describe, expect, it } from 'vitest';
import { mauBaoCao } from '../../src/core/samples/mau-bao-cao.ts';
import { exportDocx } from '../../src/export/docx-writer.ts';
import { SKIP_E2E } from '../helpers/browser.ts';
import { paragraphs, readDocx } from '../helpers/docx-reader.ts';
import { printedLines } from '../helpers/libreoffice.ts';
import { DESKTOP } from '../helpers/page-kit.ts';
import { useServedApp } from '../helpers/served-app.ts';
import { BUILD_1 } from './builds.ts';
import { skipSetup } from './list-kit.ts';

const ROLES = ['coQuanBanHanh', 'quocHieu', 'tieuNgu', 'soKyHieu', 'diaDanhThoiGian', 'tenLoai', 'trichYeu', 'chuKy.chucVu', 'chuKy.hoTen'];

describe.skipIf(SKIP_E2E)('preview line breaks', () => {
  const app = useServedApp(BUILD_1.dir, { viewport: DESKTOP });

  it('shows the sample report header, summary and signature lines as the .docx breaks them and LibreOffice prints them', async () => {
    const page = app.b.page;
    await skipSetup(page);
    await page.getByRole('link', { name: /Công tác tuyên truyền cải cách hành chính năm 2023/ }).click();
    await page.locator('.preview section.page').first().waitFor();
    await page.evaluate(() => document.fonts.ready);

    const shown = await page.evaluate((roles) => {
      const firstPage = (sel: string) => [...document.querySelectorAll(`.preview section.page ${sel}`)];
      return roles.flatMap((role) =>
        firstPage(`[data-role="${role}"]`).map((el) => {
          // Line boxes: distinct rows of glyph rectangles.
          const range = document.createRange();
          range.selectNodeContents(el);
          const tops = [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top));
          const rows = tops.filter((t, i) => tops.findIndex((u) => Math.abs(u - t) < 3) === i).length;
          const lines = (el as HTMLElement).innerText.split('\n').map((l) => l.trim());
          return { role, lines, rows };
        }),
      );
    }, ROLES);

    // The .docx of the same document, read back: each paragraph's explicit lines.
    const docx = paragraphs(readDocx(await exportDocx(mauBaoCao())).document).map((p) => p.text.split('\n'));
    for (const s of shown) {
      expect(s.rows, `${s.role} «${s.lines.join(' / ')}» wraps further in the preview`).toBe(s.lines.length);
      expect(docx, `${s.role} «${s.lines.join(' / ')}»`).toContainEqual(s.lines);
    }
    // And LibreOffice prints each of these lines whole, as one line of its page (issue 5: the preview and
    // the LibreOffice render break the header, summary and signature block in the same places).
    const printed = new Set(printedLines(await exportDocx(mauBaoCao())).flat());
    for (const s of shown) for (const line of s.lines) expect(printed, `${s.role} «${line}» is not a whole printed line`).toContain(line);

    const trichYeu = shown.find((s) => s.role === 'trichYeu')!;
    expect(trichYeu.lines).toEqual(['Công tác tuyên truyền cải cách hành chính năm 2023', 'và Phương hướng nhiệm vụ năm 2024']);
    expect(shown.filter((s) => s.role === 'coQuanBanHanh').map((s) => s.lines)).toEqual([['ỦY BAN NHÂN DÂN'], ['XÃ HƯƠNG LONG']]);
  });
});
