// Test helper: is every line of a pasted text still findable in what the import returned?
// Written independently of the importer's recognisers so that it checks them rather than echoes them.
import { placeDateLine } from '../../../src/core/date-line.ts';
import { documentType } from '../../../src/core/decree/document-types.ts';
import { soKyHieuLine } from '../../../src/core/so-ky-hieu.ts';
import { foldDiacritics } from '../../../src/core/text/normalize.ts';
import type { ImportResult } from '../../../src/core/import/index.ts';
import { blockText } from '../../../src/core/table/texts.ts';

/** Compare text without diacritics, case, spaces or leading zeros: what the import may rewrite. */
function key(s: string): string {
  return foldDiacritics(s.normalize('NFC'))
    .replace(/\b0+(\d)/g, '$1')
    .replace(/[\s\u00A0]+/g, '');
}

/** What a line carries once its marker, label or end mark is set aside. */
function content(line: string): string {
  return line
    .normalize('NFC')
    .trim()
    .replace(/\s*\.\/\.\s*$/, '')
    .replace(/^(kính\s*gửi|nơi\s*nhận|v\s*\/\s*v)\s*[:.]?\s*/iu, '')
    .replace(/^(TUQ|TM|KT|TL|Q|T\/M|K\/T|T\/L)(?:\.\s*|\s+)/u, '')
    .replace(/^Điều\s+\d{1,3}\s*[.:]\s*/u, '')
    // "Chương I", "Phần II": labels the layout computes, like the numbers of the outline.
    .replace(/^(?:Chương|CHƯƠNG|Phần|PHẦN)\s+(?:[IVXLC]+|\d{1,3})\s*[.:]?\s*/u, '')
    .replace(/^(?:(?:[IVXLC]+\.|\d{1,2}(?:\.\d{1,2})?[./)]?)(?=\s|$|\p{L})|[a-zđ]\)|[-–—•+◦])\s*/u, '')
    .trim();
}

export function haystack(r: ImportResult): string {
  const v = r.vanBan;
  return [
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    v.coQuanChuQuan,
    v.coQuanBanHanh,
    soKyHieuLine(v),
    placeDateLine(v.diaDanh, v.ngayBanHanh),
    documentType(v.loai).ten,
    v.trichYeu,
    v.thamQuyen,
    ...v.kinhGui,
    ...v.canCu,
    ...v.noiDung.map(blockText),
    v.ketThuc,
    ...v.noiNhan,
    v.chuKy.thayMat,
    v.chuKy.chucVu,
    v.chuKy.hoTen,
    ...v.kemTheo.flatMap((k) => [k.ten, k.trichYeu, ...k.noiDung.map(blockText)]),
    ...r.notes,
  ]
    .map(key)
    .join('\n');
}

/** A "Số:" line is findable when its number and its symbol are, wherever the import put them. */
function pieces(line: string): string[] {
  const so = /^số\s*:\s*(.*)$/iu.exec(line.trim());
  return so ? so[1]!.split('/') : [content(line)];
}

/** Lines of the input whose content cannot be found in the result. */
export function missingLines(text: string, r: ImportResult): string[] {
  const hay = haystack(r);
  return text
    .split(/\r\n|\r|\n|\t/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .filter((l) =>
      pieces(l).some((p) => {
        const c = key(p);
        return c.length > 0 && !hay.includes(c);
      }),
    );
}
