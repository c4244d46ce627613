// Blocks the schema accepted before are set aside on the next check (known-blocks.ts): the result must
// be exactly the schema's own, and any change — a new object or the same one changed in place — is
// checked again.
import fc from 'fast-check';
import * as z from 'zod/mini';
import { beforeEach, describe, expect, it } from 'vitest';
import { forgetKnownBlocks, setAsideKnownBlocks } from '../../../src/core/model/known-blocks.ts';
import { parseVanBan } from '../../../src/core/model/parse.ts';
import { vanBanSchema, type VanBan } from '../../../src/core/model/van-ban.ts';
import { largeVanBanWithTables } from '../../helpers/large-document.ts';
import { vanBanArb } from '../../helpers/van-ban-arbitrary.ts';

const schemaAlone = (input: unknown) => z.safeParse(vanBanSchema, input);

function parsed(input: unknown): VanBan {
  const r = parseVanBan(input);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.value;
}

const TABLE_DOC = () => largeVanBanWithTables(3, 5, 1);

beforeEach(() => forgetKnownBlocks());

describe('known blocks', () => {
  it('a second check of the same document sets every block aside and gives what the schema gives', () => {
    const v = TABLE_DOC();
    const first = parsed(v);
    const blocks = first.noiDung.length + first.kemTheo.reduce((n, k) => n + k.noiDung.length, 0);
    expect(setAsideKnownBlocks(first).aside).toHaveLength(blocks);
    const again = parsed(first);
    expect(again).toEqual(schemaAlone(first).data);
    expect(again).toEqual(first);
    // Fresh copies: the result shares no block with the input.
    expect(again.noiDung.some((b, i) => b === first.noiDung[i])).toBe(false);
  });

  it('any document, checked twice, equals the schema alone (property)', () => {
    fc.assert(
      fc.property(vanBanArb, (input) => {
        const alone = schemaAlone(input);
        const once = parseVanBan(input);
        const twice = parseVanBan(once.ok ? once.value : input);
        expect(once.ok).toBe(alone.success);
        if (once.ok && twice.ok) {
          expect(once.value).toEqual(alone.data);
          expect(twice.value).toEqual(alone.data);
        }
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 60) },
    );
  });

  it('a known table changed in place is checked again: a cell past its limit is refused, naming it', () => {
    const v = parsed(TABLE_DOC());
    expect(parseVanBan(v).ok).toBe(true);
    const k = v.noiDung.findIndex((b) => b.capDo === 'bang');
    const table = v.noiDung[k]!;
    if (table.capDo !== 'bang') throw new Error('no table');
    table.bang.hang[1]!.o[1]!.text = 'x'.repeat(2_001);
    const r = parseVanBan(v);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join('\n')).toMatch(new RegExp(`mục thứ ${k + 1}, bảng, hàng, mục thứ 2, ô, mục thứ 2`));
  });

  it('a new block beside known ones is checked and normalised (NFD → NFC); the known ones keep their places', () => {
    const v = parsed(TABLE_DOC());
    const nfd = 'Thôn Đông'.normalize('NFD');
    const input = { ...v, noiDung: [...v.noiDung.slice(0, 2), { capDo: 'doan', text: nfd }, ...v.noiDung.slice(2)] };
    const out = parsed(input);
    expect(out.noiDung[2]).toEqual({ capDo: 'doan', text: 'Thôn Đông'.normalize('NFC') });
    expect(out).toEqual(schemaAlone(input).data);
  });

  it('an error in one block is named at its own place while the others are set aside', () => {
    const v = parsed(TABLE_DOC());
    const bad = { ...v, noiDung: v.noiDung.map((b, i) => (i === 4 ? { ...b, capDo: 'khong-co' } : b)) };
    const r = parseVanBan(bad);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join('\n')).toContain('mục thứ 5');
  });

  it('tables set aside still count against the limit of tables a document may hold', () => {
    const table = TABLE_DOC().noiDung.find((b) => b.capDo === 'bang')!;
    const many = parsed({ loai: 'bao-cao', ngayBanHanh: { nam: 2025 }, noiDung: Array.from({ length: 100 }, () => table) });
    expect(parseVanBan(many).ok).toBe(true);
    const r = parseVanBan({ ...many, noiDung: [...many.noiDung, table] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join('\n')).toContain('quá nhiều bảng (101; tối đa 100');
  });
});
