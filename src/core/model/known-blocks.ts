// Body blocks the schema has already accepted, remembered by their JSON (as given and as given out). An autosave checks the whole
// document, and on a long one the schema is most of the save's main-thread time (100 pages with 20
// tables of 50 rows: 64 ms in Node, four times that on a phone) while a keystroke changes one block.
// A block whose JSON is exactly that of a block the schema gave out before is valid and canonical as
// it stands (the schema's output passes it unchanged: NFC, cleaning and defaults are idempotent), so
// it is taken out before the check and put back after it as a fresh copy of that JSON. A block given
// exactly as one the schema accepted before (same JSON, e.g. the editor's, whose keys come in another
// order than the schema's) gets that block's output back: the schema is a function of its input.
// Content, not object identity, decides: a block changed in place is simply checked again. The one
// exception cannot change in place: a block frozen all the way down (`sealBlock`, as the editor
// holds its blocks) is known by identity once checked, without writing its JSON again, and its output
// is frozen too and given out again as it is, the same object on every check.
// The schema sees only the blocks it has not checked before; the rules of the whole body (how many
// blocks a list, how many tables a document) are checked here on the body put back together, and a
// document that breaks one goes to the full check, which names the problem as it always does.
import { LIMITS, tableCount, type Khoi } from './van-ban.ts';

/** Enough for several long documents; past it the memory starts afresh. */
const MAX_KNOWN = 20_000;
/** A block's JSON as given, or as the schema gave it out → the JSON the schema gives out for it. */
const known = new Map<string, string>();

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** What the schema gives out for a known block: its JSON and, for a sealed input, the frozen output itself. */
interface Output {
  json: string;
  out?: object;
}

/** Frozen-through blocks already checked → their output. Frozen objects never change. */
let sealed = new WeakMap<object, Required<Output>>();

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

/** Where a block taken out was: the main body (list -1) or an attachment's body (its index). */
export interface SetAside extends Output {
  list: number;
  index: number;
}

/** The input without its known blocks, and where they were. */
export interface Lightened {
  input: unknown;
  aside: SetAside[];
  /** The input as given. */
  original: unknown;
}

function jsonOf(block: unknown): string | null {
  try {
    return JSON.stringify(block) ?? null;
  } catch {
    // A cycle or a BigInt: not JSON, so never known; the schema says what is wrong with it.
    return null;
  }
}

function knownOutput(b: Obj): Output | null {
  const s = sealed.get(b);
  if (s) return s;
  const given = jsonOf(b);
  const json = given === null ? undefined : known.get(given);
  if (json === undefined) return null;
  if (!frozenThrough(b)) return { json };
  const entry = { json, out: sealBlock(JSON.parse(json) as object) };
  sealed.set(b, entry);
  return entry;
}

function lightenList(blocks: unknown, list: number, aside: SetAside[]): unknown {
  if (!Array.isArray(blocks)) return blocks;
  let kept: unknown[] | null = null;
  blocks.forEach((b, index) => {
    const found = isObj(b) ? knownOutput(b) : null;
    if (!found) {
      kept?.push(b);
      return;
    }
    kept ??= blocks.slice(0, index);
    aside.push({ list, index, ...found });
  });
  return kept ?? blocks;
}

/** The input with its known blocks taken out; the input itself is left as it is. */
export function setAsideKnownBlocks(input: unknown): Lightened {
  const aside: SetAside[] = [];
  if (!isObj(input)) return { input, aside, original: input };
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
  if (aside.length === 0) return { input, aside, original: input };
  return { input: { ...input, noiDung, kemTheo }, aside, original: input };
}

interface Parsed {
  noiDung: Khoi[];
  kemTheo: { noiDung: Khoi[] }[];
}

/** The blocks of the input the schema read, list by list as in its output (the schema keeps their order). */
function givenLists(input: unknown): unknown[][] {
  if (!isObj(input)) return [];
  const main = Array.isArray(input.noiDung) ? input.noiDung : [];
  const attached = Array.isArray(input.kemTheo) ? input.kemTheo.map((k: unknown) => (isObj(k) && Array.isArray(k.noiDung) ? k.noiDung : [])) : [];
  return [main, ...attached];
}

/** A block the schema has just checked, remembered by its output's JSON and by the JSON it was given as. */
function remember(out: Khoi, input: unknown): void {
  const json = jsonOf(out);
  if (json === null) return;
  known.set(json, json);
  const asGiven = input === undefined ? null : jsonOf(input);
  if (asGiven !== null && asGiven !== json) known.set(asGiven, json);
  if (isObj(input) && frozenThrough(input)) sealed.set(input, { json, out: sealBlock(out) });
}

/**
 * The schema's output of the lightened input with the known blocks back in their places, every block
 * it checked this time remembered; null when the body put back together breaks a rule of the whole
 * document (then only the full check can say which, and where).
 */
export function putBackKnownBlocks<T extends Parsed>(value: T, light: Lightened): T | null {
  if (known.size > MAX_KNOWN) known.clear();
  const given = givenLists(light.original);
  const lists = [value.noiDung, ...value.kemTheo.map((k) => k.noiDung)];
  const whole: Khoi[][] = [];
  let a = 0;
  for (let l = 0; l < lists.length; l++) {
    const checked = lists[l]!;
    const inputs = given[l] ?? [];
    if (inputs.length > LIMITS.blocks) return null;
    const list: Khoi[] = [];
    let next = 0;
    for (let i = 0; i < inputs.length; i++) {
      const aside = light.aside[a];
      if (aside && aside.list === l - 1 && aside.index === i) {
        a++;
        list.push((aside.out ?? JSON.parse(aside.json)) as Khoi);
        continue;
      }
      const out = checked[next++];
      if (out === undefined) return null;
      remember(out, inputs[i]);
      list.push(out);
    }
    if (next !== checked.length) return null;
    whole.push(list);
  }
  if (a !== light.aside.length) return null;
  const result = { ...value, noiDung: whole[0]!, kemTheo: value.kemTheo.map((k, i) => ({ ...k, noiDung: whole[i + 1]! })) };
  return tableCount(result) > LIMITS.tables ? null : result;
}

/** For tests: forget every block (the next check is a full one). */
export function forgetKnownBlocks(): void {
  known.clear();
  sealed = new WeakMap();
}
