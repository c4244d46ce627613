// Blocks the schema accepted before are set aside on the next check (known-blocks.ts): the result must
// be exactly the schema's own, any change — a new object or the same one changed in place — is
// checked again, and the rules of the whole body still hold for the blocks set aside.
import fc from 'fast-check';
import * as z from 'zod/mini';
import { beforeEach, describe, expect, it } from 'vitest';
import { forgetKnownBlocks, sealBlock, setAsideKnownBlocks } from '../../../src/core/model/known-blocks.ts';
import { parseVanBan } from '../../../src/core/model/parse.ts';
import { LIMITS, vanBanSchema, type VanBan } from '../../../src/core/model/van-ban.ts';
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

  it('blocks given as the editor holds them (keys in another order, text not yet NFC) are set aside from the second check on', () => {
    const v = parsed(TABLE_DOC());
    const nfd = 'Kết quả thực hiện'.normalize('NFD');
    // The editor adds ids after the other keys; the schema gives them out first.
    const editorDoc = { ...v, noiDung: v.noiDung.map((b, i) => (b.capDo === 'bang' ? b : { capDo: b.capDo, text: i === 1 ? nfd : b.text, id: `k${i}` })) };
    const once = parsed(editorDoc);
    expect(once).toEqual(schemaAlone(editorDoc).data);
    expect(setAsideKnownBlocks(editorDoc).aside).toHaveLength(editorDoc.noiDung.length);
    const twice = parsed(editorDoc);
    expect(twice).toEqual(once);
    expect(twice.noiDung[1]).toEqual({ id: 'k1', capDo: v.noiDung[1]!.capDo, text: 'Kết quả thực hiện'.normalize('NFC') });
  });

  it('a sealed block is known by identity once checked; it cannot change, and an unsealed twin is still read by its JSON', () => {
    const v = parsed(TABLE_DOC());
    const editorDoc = { ...v, noiDung: v.noiDung.map((b) => sealBlock({ ...b })) };
    expect(Object.isFrozen(editorDoc.noiDung[0])).toBe(true);
    const table = editorDoc.noiDung.find((b) => b.capDo === 'bang');
    if (table?.capDo !== 'bang') throw new Error('no table');
    expect(Object.isFrozen(table.bang.hang[0]!.o[0])).toBe(true);
    expect(() => {
      (table.bang.hang[0]!.o[0] as { text: string }).text = 'x';
    }).toThrow(TypeError);
    forgetKnownBlocks();
    const once = parsed(editorDoc);
    // JSON.stringify would be called for a block not known by identity: count the calls.
    const stringify = JSON.stringify;
    let calls = 0;
    JSON.stringify = ((...args: Parameters<typeof stringify>) => {
      calls++;
      return stringify(...args);
    }) as typeof stringify;
    try {
      const light = setAsideKnownBlocks(editorDoc);
      expect(light.aside).toHaveLength(editorDoc.noiDung.length);
      expect(calls).toBe(0);
    } finally {
      JSON.stringify = stringify;
    }
    expect(parsed(editorDoc)).toEqual(once);
    expect(once).toEqual(schemaAlone(editorDoc).data);
  });

  it("a sealed block's output is frozen and given out again as the same object; only a changed block is new", () => {
    const v = parsed(TABLE_DOC());
    const editorDoc = { ...v, noiDung: v.noiDung.map((b, i) => sealBlock({ ...b, id: `k${i}` })) };
    const once = parsed(editorDoc);
    expect(once.noiDung.every((b) => Object.isFrozen(b))).toBe(true);
    const changed = { ...editorDoc, noiDung: editorDoc.noiDung.map((b, i) => (i === 1 && b.capDo !== 'bang' ? sealBlock({ ...b, text: `${b.text} thêm` }) : b)) };
    const twice = parsed(changed);
    expect(twice).toEqual(schemaAlone(changed).data);
    expect(twice.noiDung.map((b, i) => b === once.noiDung[i])).toEqual(once.noiDung.map((_, i) => i !== 1));
    // An unsealed block is never given out frozen: its owner may go on changing what it gets back.
    const plain = parsed({ ...v, noiDung: v.noiDung.map((b) => ({ ...b })) });
    expect(plain.noiDung.some((b) => Object.isFrozen(b))).toBe(false);
  });

  it('sealed blocks mixed with new ones, in the body and in attachments, give what the schema gives (property)', () => {
    const seal = (v: unknown) => {
      const copy = structuredClone(v) as { noiDung?: unknown[]; kemTheo?: { noiDung?: unknown[] }[] };
      copy.noiDung?.forEach(sealBlock);
      copy.kemTheo?.forEach((k) => k.noiDung?.forEach(sealBlock));
      return copy;
    };
    const mix = (known: unknown[] | undefined, fresh: unknown[] | undefined, picks: boolean[]) => {
      const out: unknown[] = [];
      for (let i = 0; i < Math.max(known?.length ?? 0, fresh?.length ?? 0); i++) {
        const b = picks[i % Math.max(1, picks.length)] ? known?.[i] : fresh?.[i];
        if (b !== undefined) out.push(b);
      }
      return out;
    };
    fc.assert(
      fc.property(vanBanArb, vanBanArb, fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }), (a, b, picks) => {
        forgetKnownBlocks();
        const sa = seal(a);
        parseVanBan(sa);
        const mixed = {
          ...b,
          noiDung: mix(sa.noiDung, b.noiDung as unknown[], picks),
          kemTheo: ((b.kemTheo ?? []) as { noiDung?: unknown[] }[]).map((k, i) => ({ ...k, noiDung: mix(sa.kemTheo?.[i]?.noiDung, k.noiDung, picks) })),
        };
        const alone = schemaAlone(mixed);
        const r = parseVanBan(mixed);
        expect(r.ok).toBe(alone.success);
        if (r.ok) expect(r.value).toEqual(alone.data);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 60) },
    );
  });

  it('known blocks still count against the limit of blocks a list may hold', () => {
    const many = parsed({ loai: 'bao-cao', ngayBanHanh: { nam: 2025 }, noiDung: Array.from({ length: LIMITS.blocks }, (_, i) => ({ capDo: 'doan', text: `Đoạn ${i}` })) });
    expect(parseVanBan(many).ok).toBe(true);
    const r = parseVanBan({ ...many, noiDung: [...many.noiDung, { capDo: 'doan', text: 'Một đoạn nữa' }] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join('\n')).toContain(`Nội dung: quá nhiều mục (tối đa ${LIMITS.blocks})`);
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
