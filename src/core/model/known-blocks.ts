// Body blocks the schema has already accepted, remembered by their JSON (as given and as given out). An autosave checks the whole
// document, and on a long one the schema is most of the save's main-thread time (100 pages with 20
// tables of 50 rows: 64 ms in Node, four times that on a phone) while a keystroke changes one block.
// A block whose JSON is exactly that of a block the schema gave out before is valid and canonical as
// it stands (the schema's output passes it unchanged: NFC, cleaning and defaults are idempotent), so
// it is set aside before the check and put back after it as a fresh copy of that JSON. A block given
// exactly as one the schema accepted before (same JSON, e.g. the editor's, whose keys come in another
// order than the schema's) gets that block's output back: the schema is a function of its input.
// Content, not object identity, decides: a block changed in place is simply checked again. The one
// exception cannot change in place: a block frozen all the way down (`sealBlock`, as the editor
// holds its blocks) is known by identity once checked, without writing its JSON again.

/** Stand-ins of the same kind, so that the document's own rules (tables counted, blocks counted) see as many. */
const STAND_IN_PARAGRAPH = { capDo: 'doan', text: '' } as const;
const STAND_IN_TABLE = { capDo: 'bang', bang: { hang: [{ o: [] }] } } as const;

/** Enough for several long documents; past it the memory starts afresh. */
const MAX_KNOWN = 20_000;
/** A block's JSON as given, or as the schema gave it out → the JSON the schema gives out for it. */
const known = new Map<string, string>();

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Frozen-through blocks already checked → their output's JSON. Frozen objects never change. */
let sealed = new WeakMap<object, string>();

/** Freezes a block and everything in it, so a check can know it again by identity. */
export function sealBlock<T>(block: T): T {
  if (typeof block === 'object' && block !== null && !Object.isFrozen(block)) {
    for (const v of Object.values(block)) sealBlock(v);
    Object.freeze(block);
  }
  return block;
}

function frozenThrough(v: unknown): boolean {
  if (typeof v !== 'object' || v === null) return true;
  return Object.isFrozen(v) && Object.values(v).every(frozenThrough);
}

/** Where a set-aside block was: the main body (list -1) or an attachment's body (its index). */
export interface SetAside {
  list: number;
  index: number;
  json: string;
}

function jsonOf(block: unknown): string | null {
  try {
    return JSON.stringify(block) ?? null;
  } catch {
    // A cycle or a BigInt: not JSON, so never known; the schema says what is wrong with it.
    return null;
  }
}

function lightenList(blocks: unknown, list: number, aside: SetAside[]): unknown {
  if (!Array.isArray(blocks)) return blocks;
  let out: unknown[] | null = null;
  blocks.forEach((b, index) => {
    if (!isObj(b)) return;
    let json = sealed.get(b);
    if (json === undefined) {
      const given = jsonOf(b);
      json = given === null ? undefined : known.get(given);
      if (json === undefined) return;
      if (frozenThrough(b)) sealed.set(b, json);
    }
    out ??= blocks.slice();
    out[index] = b.capDo === 'bang' ? STAND_IN_TABLE : STAND_IN_PARAGRAPH;
    aside.push({ list, index, json });
  });
  return out ?? blocks;
}

/** The input with its known blocks replaced by stand-ins; the input itself is left as it is. */
export function setAsideKnownBlocks(input: unknown): { input: unknown; aside: SetAside[] } {
  const aside: SetAside[] = [];
  if (!isObj(input)) return { input, aside };
  const noiDung = lightenList(input.noiDung, -1, aside);
  let kemTheo = input.kemTheo;
  if (Array.isArray(kemTheo)) {
    const attachments: unknown[] = kemTheo;
    const copy = attachments.slice();
    let changed = false;
    attachments.forEach((k, i) => {
      if (!isObj(k)) return;
      const light = lightenList(k.noiDung, i, aside);
      if (light === k.noiDung) return;
      copy[i] = { ...k, noiDung: light };
      changed = true;
    });
    if (changed) kemTheo = copy;
  }
  if (aside.length === 0) return { input, aside };
  return { input: { ...input, noiDung, kemTheo }, aside };
}

interface Parsed {
  noiDung: unknown[];
  kemTheo: { noiDung: unknown[] }[];
}

const listOf = (v: Parsed, list: number): unknown[] => (list < 0 ? v.noiDung : v.kemTheo[list]!.noiDung);

/** The blocks of the input the schema read, list by list as in its output (the schema keeps their order). */
function givenLists(input: unknown): unknown[][] {
  if (!isObj(input)) return [];
  const main = Array.isArray(input.noiDung) ? input.noiDung : [];
  const attached = Array.isArray(input.kemTheo) ? input.kemTheo.map((k: unknown) => (isObj(k) && Array.isArray(k.noiDung) ? k.noiDung : [])) : [];
  return [main, ...attached];
}

/**
 * The schema's output with the set-aside blocks back in their places (fresh copies), and every block
 * it checked this time remembered as known, by its output's JSON and by the JSON it was given as
 * (`given`: the input the schema read, stand-ins and all).
 */
export function putBackKnownBlocks<T extends Parsed>(value: T, aside: readonly SetAside[], given: unknown): T {
  const back = new Set<unknown>();
  for (const a of aside) {
    const list = listOf(value, a.list);
    list[a.index] = JSON.parse(a.json) as unknown;
    back.add(list[a.index]);
  }
  if (known.size > MAX_KNOWN) known.clear();
  const inputs = givenLists(given);
  [value.noiDung, ...value.kemTheo.map((k) => k.noiDung)].forEach((list, l) => {
    list.forEach((b, i) => {
      if (back.has(b)) return;
      const json = jsonOf(b);
      if (json === null) return;
      known.set(json, json);
      const input = inputs[l]?.[i];
      const asGiven = input === undefined ? null : jsonOf(input);
      if (asGiven !== null && asGiven !== json) known.set(asGiven, json);
      if (isObj(input) && frozenThrough(input)) sealed.set(input, json);
    });
  });
  return value;
}

/** For tests: forget every block (the next check is a full one). */
export function forgetKnownBlocks(): void {
  known.clear();
  sealed = new WeakMap();
}
