// The app's own copy inside a .docx it exported (core/app-copy.ts), read back as untrusted input:
// the part is parsed by the reader's strict parser (no DOCTYPE, no entities), its JSON with the
// backup's guards, the document with the model's schema. A file without the part is just a Word
// file; a part that fails any check is set aside with a note and the file is read as Word shows it.
import { APP_COPY_APP, APP_COPY_FORMAT, APP_COPY_NAMESPACE, textHash, visibleWordText } from '../../app-copy.ts';
import { parseGuardedJson } from '../../model/guarded-json.ts';
import { parseVanBan } from '../../model/parse.ts';
import { LIMITS, type VanBan } from '../../model/van-ban.ts';
import { readCustomXmlParts } from './package.ts';
import { sniff } from './sniff.ts';
import { parsePart, type XmlParser } from './xml.ts';

export type AppCopyRead =
  | { found: false }
  /** `unchanged`: the text the file shows is still the text exported with the copy. */
  | { found: true; vanBan: VanBan; unchanged: boolean }
  /** The part is there but cannot be used; `note` says why, for the import notes. */
  | { found: true; vanBan: null; note: string };

const refused = (why: string) => ({ found: true as const, vanBan: null, note: `Bản gốc của ứng dụng lưu trong tệp không dùng được (${why}); đã đọc nội dung hiển thị trong Word.` });

/** Longer than any text the model allows. */
const MAX_STRING = Math.max(LIMITS.paragraph, 100_000);

export function readAppCopy(bytes: Uint8Array, xml: XmlParser): AppCopyRead {
  sniff(bytes);
  const parts = readCustomXmlParts(bytes, xml);
  let json: string | undefined;
  for (const item of parts.items) {
    // Only our own root is read; Word and SharePoint keep other custom XML in the same folder.
    if (!item.includes(APP_COPY_NAMESPACE)) continue;
    let root;
    try {
      root = parsePart(xml, 'customXml', item);
    } catch (e) {
      return refused((e as Error).message.replace(/\.$/, ''));
    }
    if (root.namespaceURI === APP_COPY_NAMESPACE) {
      json = root.textContent ?? '';
      break;
    }
  }
  if (json === undefined) return { found: false };

  const r = parseGuardedJson(json, MAX_STRING);
  if (!r.ok) return refused(r.problem === 'syntax' ? 'JSON sai cú pháp' : r.problem === 'forbidden-key' ? `có khoá bị cấm "${r.key}"` : `chuỗi quá dài ở mục "${r.key}"`);
  const env = r.value;
  if (!env || typeof env !== 'object' || Array.isArray(env)) return refused('không phải dữ liệu của Soạn văn bản');
  const o = env as Record<string, unknown>;
  if (o.app !== APP_COPY_APP) return refused('không phải dữ liệu của Soạn văn bản');
  if (typeof o.format !== 'number' || o.format > APP_COPY_FORMAT) return refused(`định dạng ${String(o.format)}, phiên bản này đọc được đến định dạng ${APP_COPY_FORMAT}; hãy cập nhật ứng dụng`);
  if (typeof o.textHash !== 'string') return refused('thiếu mã kiểm tra nội dung');
  const v = parseVanBan(o.vanBan);
  if (!v.ok) return refused(v.errors.slice(0, 3).join('; '));
  const shown = textHash(visibleWordText(parts.document(), parts.footnotes()));
  return { found: true, vanBan: v.value, unchanged: shown === o.textHash };
}
