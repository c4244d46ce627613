// The classifier: a whole document, as the lines and tables a reader hands it (pasted plain text,
// later a .docx), into the model. Every line ends up somewhere: in a field, in the body, or (for
// drawn rules and signature placeholders the layout supplies itself) quoted in the notes; every
// table becomes a table block where it stood.
import { hasCanCu, loiBanHanh as loiBanHanhLine } from '../decree/layout-variant.ts';
import { dauDuThao } from '../du-thao.ts';
import { upperVi } from '../text/normalize.ts';
import { vanBanSchema, type ChuKy, type Khoi, type KhoiBang, type VanBan } from '../model/van-ban.ts';
import { gatherTables } from './bang.ts';
import { splitCoQuan } from './co-quan.ts';
import { findFooterStart, readPhanCuoi } from './footer.ts';
import { readDuThao, readPhanDau } from './header.ts';
import { readKinhGui } from './kinh-gui.ts';
import { checkTableCount, fitLimits, type DraftVanBan } from './limits.ts';
import { isRuleLine } from './line-kinds.ts';
import { decideLoai } from './loai.ts';
import { readNoiDung, toKhoi } from './noi-dung.ts';
import { readThamQuyen } from './tham-quyen.ts';
import { tachKemTheo } from './kem-theo.ts';
import { ngayBanHanhWithNotes } from './ngay-ban-hanh.ts';
import { lineView, tablesIn } from './line-view.ts';
import type { MucNhap } from './nguon.ts';
import { cleanItems, textItems, unfoldLayoutLines } from './text-lines.ts';
import { readTrichYeu, readTrichYeuKhac } from './trich-yeu.ts';

/** Types whose articles open with a line of their own ("QUYẾT ĐỊNH:", "QUYẾT NGHỊ:"). */
const LOI_BAN_HANH = ['quyet-dinh', 'nghi-quyet'] as const;

export interface ImportOptions {
  /** Supplies the year when the text has no date line. */
  today?: Date;
}

export interface ImportResult {
  vanBan: VanBan;
  /** What the import read differently from the text, or could not place, in Vietnamese for the user. */
  notes: string[];
}

/** Pasted plain text: its lines and TAB tables, through the classifier. */
export function importVanBan(text: string, options: ImportOptions = {}): ImportResult {
  return importItems(textItems(text), options);
}

const countTables = (blocks: readonly Khoi[]) => blocks.filter((b) => b.capDo === 'bang').length;

/** Lines and tables in reading order, as any reader hands them, into one document. */
export function importItems(items: readonly MucNhap[], options: ImportOptions = {}): ImportResult {
  const notes: string[] = [];
  const all: MucNhap[] = [];
  for (const item of cleanItems(unfoldLayoutLines(items))) {
    if (typeof item === 'string' && isRuleLine(item)) notes.push(`Bỏ dòng kẻ «${item}»: bố cục tự vẽ đường kẻ`);
    else all.push(item);
  }
  const tach = tachKemTheo(all);
  const view = lineView(tach.chinh);
  const lines = view.lines;
  // The header, summary and Kính gửi end at the first table.
  const head = lines.slice(0, view.beforeFirstTable);

  const dau = readPhanDau(head);
  let i = dau.next;
  let trichYeu = dau.vv ?? '';
  if (dau.tenLoai !== null) {
    const ty = dau.tenKhac ? readTrichYeuKhac(head, i, dau.tenKhac.rest) : readTrichYeu(head, i);
    if (ty.trichYeu) trichYeu = trichYeu ? `${trichYeu} ${ty.trichYeu}` : ty.trichYeu;
    i = readDuThao(head, ty.next, dau.duThao);
  }
  const kg = readKinhGui(head, i);
  if (kg) i = kg.next;

  // The type decides whether "Căn cứ …" lines are legal bases or body text.
  const loiBanHanh = LOI_BAN_HANH.find((l) => lines.slice(i).some((line) => line.replace(/\s+/g, ' ').toLocaleUpperCase('vi-VN') === loiBanHanhLine(l))) ?? null;
  const loai = decideLoai({ kyHieu: dau.dongSo?.kyHieu ?? null, tenLoai: dau.tenLoai, hasVv: dau.vv !== null, loiBanHanh });
  notes.push(...loai.notes);
  if (dau.tenKhac) notes.push(`Loại văn bản: «${upperVi(dau.tenKhac.ten)}» không thuộc 29 loại của Nghị định 30; lưu là «Văn bản khác» với tên loại in như văn bản`);

  const footerStart = findFooterStart(lines, i, lines.length);
  const body = readNoiDung(tach.chinh.slice(view.after(i), view.at(footerStart)), hasCanCu(loai.loai));
  const cuoi = readPhanCuoi(lines, footerStart, lines.length);
  // Tables among the Nơi nhận and signature lines have no place there: they close the body.
  const trailing = gatherTables(tablesIn(tach.chinh.slice(view.at(footerStart)))).filter((b): b is KhoiBang => typeof b !== 'string');
  if (trailing.length > 0) notes.push(`${trailing.length} bảng nằm trong phần nơi nhận, chữ ký: đưa vào cuối nội dung`);
  notes.push(...body.notes, ...cuoi.notes);
  for (const p of cuoi.placeholders) notes.push(`Bỏ dòng «${p}» trong khối chữ ký: chỗ ký và đóng dấu do bố cục để trống`);
  for (const l of cuoi.leftovers) notes.push(`Dòng «${l}» không xếp được vào phần nào: đưa vào cuối nội dung`);
  const coQuan = splitCoQuan(dau.coQuan);
  if (coQuan.coQuanChuQuan) {
    notes.push(`Đầu văn bản: «${coQuan.coQuanChuQuan.replace(/\n/g, ' ')}» là cơ quan chủ quản, «${coQuan.coQuanBanHanh.replace(/\n/g, ' ')}» là cơ quan ban hành; kiểm tra lại`);
  }
  const so = dau.dongSo;
  if (so?.soKhongDoc) notes.push(`Số: «${so.soKhongDoc}» không phải là số; để trống`);
  if (so && so.giua.length > 0) notes.push(`Số: phần «${so.giua.join('/')}» giữa số và ký hiệu không được lưu`);
  if (!so) notes.push('Không thấy dòng «Số:»; để trống số');
  const ngay = ngayBanHanhWithNotes(dau.ngayThang, options.today ?? new Date());
  notes.push(...ngay.notes);
  const duThao = { duThao: dau.duThao.length > 0, lanDuThao: dau.duThao.find((d) => d.lan !== null)?.lan ?? null };
  for (const d of dau.duThao) notes.push(`Dòng «${d.line}» là dấu dự thảo: lưu thành dấu «${dauDuThao(duThao)}» của văn bản, in trong khung dưới số, ký hiệu`);

  const tq = readThamQuyen(loai.loai, body.noiDung);
  notes.push(...tq.notes, ...tach.notes);

  const chuKy: ChuKy = cuoi.chuKy ?? { quyenHan: '', thayMat: '', chucVu: '', hoTen: '' };
  const draft: DraftVanBan = {
    loai: loai.loai,
    tenLoai: loai.loai === 'khac' ? (dau.tenKhac?.ten ?? '') : '',
    coQuanChuQuan: coQuan.coQuanChuQuan,
    coQuanBanHanh: coQuan.coQuanBanHanh,
    maCoQuan: loai.maCoQuan,
    maDonVi: loai.maDonVi,
    diaDanh: dau.ngayThang?.diaDanh ?? '',
    so: so?.so ?? '',
    ngayBanHanh: ngay.ngayBanHanh,
    ...duThao,
    trichYeu,
    thamQuyen: tq.thamQuyen,
    kinhGui: kg?.kinhGui ?? [],
    canCu: body.canCu,
    noiDung: [...tq.noiDung, ...cuoi.leftovers.map(toKhoi), ...trailing],
    kemTheo: tach.kemTheo,
    ketThuc: body.ketThuc,
    noiNhan: cuoi.noiNhan,
    chuKy: { ...chuKy },
  };
  fitLimits(draft, notes);
  checkTableCount(countTables(draft.noiDung) + tach.kemTheo.reduce((n, k) => n + countTables(k.noiDung), 0));
  return { vanBan: vanBanSchema.parse(draft), notes };
}
