// The organisation-profile form as plain strings (what the inputs hold) and its conversion to and
// from the stored profile. Lists (Kính gửi, Nơi nhận) are typed one item a line.
// Types only: the model module carries the zod schemas, which the first screen must not wait for.
import type { QuyenHan } from '../../core/model/van-ban.ts';
import type { ProfileInput, ProfileRecord } from '../../storage/index.ts';

export interface ProfileForm {
  coQuanChuQuan: string;
  coQuanBanHanh: string;
  diaDanh: string;
  maCoQuan: string;
  quyenHan: QuyenHan;
  thayMat: string;
  chucVu: string;
  hoTen: string;
  kinhGui: string;
  noiNhan: string;
}

/** Signing-authority choices as an office reads them (Điều 13). */
export const QUYEN_HAN_CHOICES: readonly { value: QuyenHan; label: string }[] = [
  { value: '', label: 'Ký trực tiếp (không ghi)' },
  { value: 'TM', label: 'TM. — thay mặt tập thể' },
  { value: 'KT', label: 'KT. — ký thay' },
  { value: 'TL', label: 'TL. — thừa lệnh' },
  { value: 'TUQ', label: 'TUQ. — thừa ủy quyền' },
  { value: 'Q', label: 'Q. — quyền' },
];

export function emptyForm(): ProfileForm {
  return { coQuanChuQuan: '', coQuanBanHanh: '', diaDanh: '', maCoQuan: '', quyenHan: '', thayMat: '', chucVu: '', hoTen: '', kinhGui: '', noiNhan: '' };
}

export function formFromProfile(p: ProfileRecord | undefined): ProfileForm {
  if (!p) return emptyForm();
  return {
    coQuanChuQuan: p.coQuanChuQuan,
    coQuanBanHanh: p.coQuanBanHanh,
    diaDanh: p.diaDanh,
    maCoQuan: p.maCoQuan,
    quyenHan: p.chuKy.quyenHan,
    thayMat: p.chuKy.thayMat,
    chucVu: p.chuKy.chucVu,
    hoTen: p.chuKy.hoTen,
    kinhGui: p.kinhGui.join('\n'),
    noiNhan: p.noiNhan.join('\n'),
  };
}

/** One item a line; blank lines dropped and a typed leading dash removed (the layout draws it). */
export function listLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim().replace(/^[-–+•]\s*/, ''))
    .filter((l) => l.length > 0);
}

/** The name the profile is known by: the issuing body on one line, e.g. "UBND XÃ HƯƠNG LONG". */
export function profileName(f: Pick<ProfileForm, 'coQuanBanHanh'>): string {
  return f.coQuanBanHanh.split(/\r?\n/).map((l) => l.trim()).filter(Boolean).join(' ') || 'Hồ sơ cơ quan';
}

export function profileFromForm(f: ProfileForm, id?: string): ProfileInput {
  const quyenHan = QUYEN_HAN_CHOICES.some((c) => c.value === f.quyenHan) ? f.quyenHan : '';
  const input: ProfileInput = {
    ten: profileName(f),
    coQuanChuQuan: f.coQuanChuQuan,
    coQuanBanHanh: f.coQuanBanHanh,
    diaDanh: f.diaDanh,
    maCoQuan: f.maCoQuan,
    chuKy: { quyenHan, thayMat: quyenHan ? f.thayMat : '', chucVu: f.chucVu, hoTen: f.hoTen },
    kinhGui: listLines(f.kinhGui),
    noiNhan: listLines(f.noiNhan),
  };
  if (id) input.id = id;
  return input;
}
