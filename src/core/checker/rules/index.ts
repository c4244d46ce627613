// Every rule of the checker, in the order a reader meets the parts on the page.
import type { Rule } from '../finding.ts';
import * as bang from './bang.ts';
import { batBuoc } from './bat-buoc.ts';
import * as chinhTa from './chinh-ta.ts';
import * as chuKy from './chu-ky.ts';
import * as diaDanh from './dia-danh.ts';
import * as ketThuc from './ket-thuc.ts';
import * as kinhGui from './kinh-gui.ts';
import { nfc } from './nfc.ts';
import * as ngayThang from './ngay-thang.ts';
import * as noiDung from './noi-dung.ts';
import * as noiNhan from './noi-nhan.ts';
import * as soKyHieu from './so-ky-hieu.ts';
import * as tieuNgu from './tieu-ngu.ts';
import * as trichYeu from './trich-yeu.ts';
import * as vietHoa from './viet-hoa.ts';

const rulesOf = (m: Record<string, unknown>): Rule[] => Object.values(m).filter((x): x is Rule => typeof x === 'object' && x !== null && 'check' in x);

export const RULES: readonly Rule[] = [
  nfc,
  ...rulesOf(tieuNgu),
  ...rulesOf(soKyHieu),
  ...rulesOf(diaDanh),
  ...rulesOf(trichYeu),
  ...rulesOf(kinhGui),
  ...rulesOf(noiDung),
  ...rulesOf(bang),
  ...rulesOf(ngayThang),
  ...rulesOf(vietHoa),
  ...rulesOf(chinhTa),
  ...rulesOf(ketThuc),
  ...rulesOf(noiNhan),
  ...rulesOf(chuKy),
  ...batBuoc,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));
