// A rescued text (the editor's content whose save the schema refused, and the texts of boxes the
// editor could not take) made into a document the schema accepts, dropping nothing: what does not
// fit its field moves to the body (fitLimits), and each held box's text opens the body, one
// paragraph per line. The notes say where everything went.
import { CAP_DO, khoiBangSchema, LIMITS, type CapDo, type KemTheo, type Khoi } from '../model/van-ban.ts';
import { fitLimits, splitParagraph, type DraftVanBan } from './limits.ts';

export interface HeldBox {
  label: string;
  text: string;
}

type Obj = Record<string, unknown>;

const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const str = (x: unknown): string => (typeof x === 'string' ? x : '');
const strings = (x: unknown): string[] => (Array.isArray(x) ? x.filter((v): v is string => typeof v === 'string') : []);
/**
 * Body blocks as kept: a table stays a table (its cells are checked by the schema when the document
 * is made; one the schema refuses turns into paragraphs, one a row); anything else becomes a paragraph.
 */
const blocks = (x: unknown): Khoi[] =>
  Array.isArray(x)
    ? x.filter(isObj).flatMap((b): Khoi[] => {
        if (b.capDo === 'bang') {
          const t = khoiBangSchema.safeParse(b);
          return t.success ? [t.data] : tableRows(b.bang).map((text) => ({ capDo: 'doan' as const, text }));
        }
        const capDo = typeof b.capDo === 'string' && (CAP_DO as readonly string[]).includes(b.capDo) ? (b.capDo as CapDo) : 'doan';
        return [{ capDo, text: str(b.text) }];
      })
    : [];

/** A refused table's text, a row a line with its cells joined by TABs, so no cell is lost. */
function tableRows(bang: unknown): string[] {
  if (!isObj(bang)) return [];
  const rows = Array.isArray(bang.hang) ? bang.hang.filter(isObj) : [];
  const lines = [str(bang.tieuDe), str(bang.donViTinh)];
  for (const r of rows) lines.push((Array.isArray(r.o) ? r.o.filter(isObj) : []).map((o) => str(o.text).replace(/\s+/g, ' ')).join('\t'));
  return [...lines, ...strings(bang.ghiChu)].filter((l) => l.trim() !== '');
}

/** Plain paragraphs for free text: one per non-empty line, long ones split at spaces. */
function paragraphs(text: string): Khoi[] {
  return text
    .split(/\r\n?|\n/)
    .filter((l) => l.trim() !== '')
    .flatMap((l) => splitParagraph(l).map((t) => ({ capDo: 'doan' as const, text: t })));
}

/** An attached document kept whole: an over-long name or summary opens its own body. */
function fitKemTheo(k: Obj, notes: string[]): KemTheo {
  const moved: Khoi[] = [];
  const line = (v: unknown, label: string): string => {
    const s = str(v);
    if (s.length <= LIMITS.line) return s;
    moved.push(...paragraphs(s));
    notes.push(`${label} của văn bản kèm theo quá dài: chuyển vào nội dung của nó`);
    return '';
  };
  const ten = line(k.ten, 'Tên');
  const trichYeu = line(k.trichYeu, 'Trích yếu');
  const noiDung = [...moved, ...blocks(k.noiDung)].flatMap((b): Khoi[] =>
    b.capDo === 'bang' ? [b] : splitParagraph(b.text).map((text, i) => ({ capDo: i === 0 ? b.capDo : 'doan', text })),
  );
  return { kieu: k.kieu === 'phu-luc' ? 'phu-luc' : 'ban-hanh', ten, trichYeu, noiDung };
}

export function fitRescued(vanBan: unknown, held: readonly HeldBox[] = []): { vanBan: DraftVanBan; notes: string[] } {
  const notes: string[] = [];
  const src: Obj = isObj(vanBan) ? vanBan : {};
  const draft: DraftVanBan = {
    ...(src as Partial<DraftVanBan>),
    loai: (typeof src.loai === 'string' ? src.loai : 'bao-cao') as DraftVanBan['loai'],
    ngayBanHanh: (isObj(src.ngayBanHanh) ? src.ngayBanHanh : { nam: new Date().getFullYear() }) as DraftVanBan['ngayBanHanh'],
    kinhGui: strings(src.kinhGui),
    canCu: strings(src.canCu),
    noiNhan: strings(src.noiNhan),
    noiDung: blocks(src.noiDung),
    ketThuc: str(src.ketThuc),
  };
  // A number the schema refuses (letters, a slash) is text the user typed: it goes to the body too.
  const so = str(src.so);
  if (so !== '' && !/^\d{1,9}[a-zA-Z]?$/.test(so.trim())) {
    draft.so = '';
    draft.noiDung = [{ capDo: 'doan', text: so }, ...draft.noiDung];
    notes.push(`Số «${so.slice(0, 20)}» không hợp lệ: chuyển vào đầu nội dung`);
  }
  // The one-line fields fitLimits does not know (an import never fills them past their limit).
  const tooLong = (value: unknown, label: string): string => {
    const v = str(value);
    if (v.length <= LIMITS.line) return v;
    draft.noiDung = [...paragraphs(v), ...draft.noiDung];
    notes.push(`${label} quá dài (hơn ${LIMITS.line} ký tự): chuyển vào nội dung`);
    return '';
  };
  draft.diaDanh = tooLong(src.diaDanh, 'Địa danh');
  draft.thamQuyen = tooLong(src.thamQuyen, 'Thẩm quyền ban hành');
  if (isObj(src.chuKyPhu)) {
    draft.chuKyPhu = { chucVu: tooLong(src.chuKyPhu.chucVu, 'Chức vụ người ký bên trái'), hoTen: tooLong(src.chuKyPhu.hoTen, 'Người ký bên trái') };
  }
  for (const h of [...held].reverse()) {
    draft.noiDung = [...paragraphs(h.text), ...draft.noiDung];
  }
  if (held.length > 0) notes.push(`Nội dung chưa lưu được của ô ${held.map((h) => `«${h.label}»`).join(', ')} được đặt ở đầu phần nội dung`);
  fitLimits(draft, notes);

  const attached = Array.isArray(src.kemTheo) ? src.kemTheo.filter(isObj).map((k) => fitKemTheo(k, notes)) : [];
  const extra = attached.splice(LIMITS.kemTheo);
  if (extra.length > 0) {
    draft.noiDung.push(...extra.flatMap((k) => [...paragraphs(k.ten), ...paragraphs(k.trichYeu), ...k.noiDung]));
    notes.push(`Quá ${LIMITS.kemTheo} văn bản kèm theo: nội dung của các văn bản sau được chuyển vào cuối phần nội dung`);
  }
  draft.kemTheo = attached;
  return { vanBan: draft, notes };
}
