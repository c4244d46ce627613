// Keeping an imported document inside the model's limits (LIMITS in model/van-ban.ts) without
// losing text: what does not fit a header field goes to the body, and over-long paragraphs are split.
import { LIMITS, type Khoi, type VanBanInput } from '../model/van-ban.ts';

/** Split at spaces into pieces the schema accepts; a piece without spaces is cut where it must be. */
export function splitParagraph(text: string, max: number = LIMITS.paragraph): string[] {
  if (text.length <= max) return [text];
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const space = rest.lastIndexOf(' ', max);
    const cut = space > max / 2 ? space : max;
    pieces.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest.length > 0) pieces.push(rest);
  return pieces;
}

export type DraftVanBan = VanBanInput & {
  kinhGui: string[];
  canCu: string[];
  noiNhan: string[];
  noiDung: Khoi[];
  ketThuc: string;
};

/** Moves what is too long for its field into the body as plain paragraphs, and says so in notes. */
export function fitLimits(draft: DraftVanBan, notes: string[]): void {
  const moved: string[] = [];
  const fitLine = (value: string, label: string, max: number = LIMITS.line): string => {
    if (value.length <= max) return value;
    moved.push(value);
    notes.push(`${label} quá dài (hơn ${max} ký tự): chuyển vào nội dung`);
    return '';
  };
  const fitList = (items: string[], label: string): string[] => {
    const kept = items.filter((v) => fitLine(v, label) !== '' || v === '');
    const overflow = kept.splice(LIMITS.listItems);
    if (overflow.length > 0) {
      moved.push(...overflow);
      notes.push(`${label}: quá ${LIMITS.listItems} mục, các mục sau được chuyển vào nội dung`);
    }
    return kept;
  };
  draft.trichYeu = fitLine(draft.trichYeu ?? '', 'Trích yếu');
  draft.coQuanChuQuan = fitLine(draft.coQuanChuQuan ?? '', 'Cơ quan chủ quản');
  draft.coQuanBanHanh = fitLine(draft.coQuanBanHanh ?? '', 'Cơ quan ban hành');
  draft.maCoQuan = fitLine(draft.maCoQuan ?? '', 'Ký hiệu cơ quan');
  draft.maDonVi = fitLine(draft.maDonVi ?? '', 'Ký hiệu đơn vị');
  draft.kinhGui = fitList(draft.kinhGui, 'Kính gửi');
  draft.canCu = fitList(draft.canCu, 'Căn cứ');
  draft.noiNhan = fitList(draft.noiNhan, 'Nơi nhận');
  if (draft.chuKy) {
    draft.chuKy.thayMat = fitLine(draft.chuKy.thayMat ?? '', 'Chữ ký');
    draft.chuKy.chucVu = fitLine(draft.chuKy.chucVu ?? '', 'Chức vụ người ký');
    draft.chuKy.hoTen = fitLine(draft.chuKy.hoTen ?? '', 'Người ký');
  }
  const ketThuc = splitParagraph(draft.ketThuc);
  draft.ketThuc = ketThuc.pop() ?? '';
  const blocks: Khoi[] = [
    ...moved.map((text) => ({ capDo: 'doan' as const, text })),
    ...draft.noiDung,
    ...ketThuc.map((text) => ({ capDo: 'doan' as const, text })),
  ];
  draft.noiDung = blocks.flatMap((b) => splitParagraph(b.text).map((text, i) => ({ capDo: i === 0 ? b.capDo : 'doan', text })));
  if (draft.noiDung.length > LIMITS.blocks) {
    throw new RangeError(`Văn bản quá dài: ${draft.noiDung.length} đoạn (tối đa ${LIMITS.blocks})`);
  }
}
