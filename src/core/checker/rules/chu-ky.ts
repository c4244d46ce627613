// Signature block (ô 7a, 7b): authority prefix, title lines, signer's name.
import type { QuyenHan, VanBan } from '../../model/van-ban.ts';
import type { Rule } from '../finding.ts';
import { NGUON } from '../sources.ts';
import { rewrite } from '../text-parts.ts';
import { lowerVi } from '../../text/normalize.ts';
import { capitaliseEach, quote } from '../text-case.ts';

/**
 * A prefix typed at the start of a line: the state form "TM." or a slip without the period, or the
 * Party form "T/M" (Hướng dẫn 36-HD/VPTW), which state documents do not use.
 */
const TYPED_PREFIX = /^(T\/M|K\/T|T\/L|T\.U\.Q\.?|TUQ|TM|KT|TL)(\.|\s)\s*|^(Q)\.\s*/u;
const PARTY_FORM: Record<string, QuyenHan> = { 'T/M': 'TM', 'K/T': 'KT', 'T/L': 'TL' };

function readPrefix(line: string): { quyenHan: QuyenHan; typed: string; rest: string } | null {
  const m = TYPED_PREFIX.exec(line);
  if (!m) return null;
  const word = (m[1] ?? m[3])!;
  const quyenHan: QuyenHan = PARTY_FORM[word] ?? (word.startsWith('T.U') ? 'TUQ' : (word as QuyenHan));
  return { quyenHan, typed: m[0].trim(), rest: line.slice(m[0].length) };
}

const isParty = (typed: string) => typed.includes('/');

export const tienToTrongDong: Rule = {
  id: 'chu-ky.tien-to-go-tay',
  severity: 'error',
  source: NGUON.quyenHan,
  parts: ['chuKy'],
  check: (v) => {
    const p = readPrefix(v.chuKy.thayMat);
    if (!p) return [];
    const party = isParty(p.typed) ? `; «${p.typed}» là cách viết của văn bản Đảng, văn bản hành chính dùng «${p.quyenHan}.»` : '';
    const fixable = v.chuKy.quyenHan === '' || v.chuKy.quyenHan === p.quyenHan;
    const where = v.chuKy.quyenHan === '' ? 'hãy chọn ở ô «Quyền hạn ký»' : `đã chọn «${v.chuKy.quyenHan}.», sẽ in hai lần`;
    return [{ at: { part: 'chuKy', field: 'thayMat' }, message: `Quyền hạn ký «${p.typed}» gõ vào dòng ${quote(v.chuKy.thayMat)}: ${where}${party}`, fixable }];
  },
  fix: (v: VanBan) => {
    const p = readPrefix(v.chuKy.thayMat);
    if (!p) return v;
    return { ...v, chuKy: { ...v.chuKy, quyenHan: p.quyenHan, thayMat: p.rest } };
  },
};

/** Lines of chucVu that start with the Party form: "K/T CHỦ TỊCH" → "KT. CHỦ TỊCH". */
function partyLines(chucVu: string): boolean {
  return chucVu.split('\n').some((l) => {
    const p = readPrefix(l);
    return p !== null && isParty(p.typed);
  });
}

export const tienToDang: Rule = {
  id: 'chu-ky.tien-to-dang',
  severity: 'error',
  source: NGUON.quyenHan,
  parts: ['chuKy'],
  check: (v) =>
    partyLines(v.chuKy.chucVu)
      ? [{ at: { part: 'chuKy', field: 'chucVu' }, message: `Chức vụ ${quote(v.chuKy.chucVu)} dùng «T/M», «K/T» hoặc «T/L» của văn bản Đảng: văn bản hành chính ghi «TM.», «KT.», «TL.»` }]
      : [],
  fix: rewrite((chucVu) =>
    chucVu
      .split('\n')
      .map((l) => {
        const p = readPrefix(l);
        return p && isParty(p.typed) ? `${p.quyenHan}. ${p.rest}` : l;
      })
      .join('\n'),
  ),
};

export const thieuTienTo: Rule = {
  id: 'chu-ky.thieu-tien-to',
  severity: 'error',
  source: NGUON.quyenHan,
  parts: ['chuKy'],
  check: (v) => {
    const { quyenHan, thayMat } = v.chuKy;
    if (quyenHan !== '' || thayMat === '' || readPrefix(thayMat)) return [];
    return [{ at: { part: 'chuKy', field: 'quyenHan' }, message: `Dòng ${quote(thayMat)} cần chữ viết tắt quyền hạn đứng trước: «TM.» khi ký thay mặt tập thể, «KT.», «TL.», «TUQ.» hoặc «Q.» trước chức vụ người đứng đầu` }];
  },
};

export const tienToKhongDong: Rule = {
  id: 'chu-ky.tien-to-thieu-dong',
  severity: 'error',
  source: NGUON.quyenHan,
  parts: ['chuKy'],
  check: (v) => {
    const { quyenHan, thayMat } = v.chuKy;
    if (quyenHan === '' || thayMat !== '') return [];
    return [{ at: { part: 'chuKy', field: 'thayMat' }, message: `Sau «${quyenHan}.» phải có tên tập thể (TM.) hoặc chức vụ người đứng đầu (KT., TL., TUQ., Q.)` }];
  },
};

/** Academic degrees and honorifics the decree keeps out of the name line. */
const HOC_HAM = /^(GS\.?\s*TS|PGS\.?\s*TS|GS|PGS|TS|ThS|BS|KS|CN|LS|Ông|Bà|Đồng chí|Đ\/c)\.?\s+(?=\p{Lu})/u;

export const hocHam: Rule = {
  id: 'chu-ky.hoc-ham',
  severity: 'warning',
  source: NGUON.hoTen,
  parts: ['chuKy'],
  check: (v) => {
    const m = HOC_HAM.exec(v.chuKy.hoTen);
    return m ? [{ at: { part: 'chuKy', field: 'hoTen' }, message: `Trước họ tên người ký không ghi học hàm, học vị, danh xưng («${m[0].trim()}»), trừ khi người đứng đầu ngành cho phép` }] : [];
  },
  fix: rewrite((t) => t.replace(HOC_HAM, '')),
};

export const hoTenInHoa: Rule = {
  id: 'chu-ky.ho-ten-in-hoa',
  severity: 'warning',
  source: NGUON.trinhBayChuKy,
  parts: ['chuKy'],
  check: (v) => {
    const t = v.chuKy.hoTen;
    return /\p{L}{2}/u.test(t) && !/\p{Ll}/u.test(t)
      ? [{ at: { part: 'chuKy', field: 'hoTen' }, message: `Họ tên người ký ${quote(t)} gõ bằng chữ in hoa: họ tên trình bày chữ in thường, viết hoa chữ cái đầu mỗi âm tiết` }]
      : [];
  },
  fix: rewrite((t) => capitaliseEach(lowerVi(t))),
};
