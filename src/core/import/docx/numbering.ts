// Word's automatic numbering, computed as Word shows it, so that the outline reads "1.", "a)", "-"
// exactly as on screen. A paragraph's list (numId) and level come from its own w:numPr or from its
// paragraph style; the level's format comes from numbering.xml. As in Word, counters belong to the
// abstract definition (several w:num share one running count), a w:startOverride restarts the count
// the first time its w:num is used, and a level restarts when a level above it is used (w:lvlRestart).
import { children, intAttr, isW, wAttr, wChild, wOn, wPath, wVal, type XElement } from './xml.ts';

interface Level {
  start: number;
  format: string;
  text: string | null;
  /** w:lvlRestart: 0 never, n after level n (1-based) or above; undefined after any level above. */
  restart?: number;
  legal: boolean;
  /** What Word puts between the number and the text: a tab, a space or nothing. */
  suffix: string;
  style: string | null;
}

interface Num {
  abstractId: string;
  startOverride: Map<number, number>;
  levelOverride: Map<number, Level>;
}

interface StyleNum {
  basedOn: string | null;
  numId: string | null;
  ilvl: number | null;
}

const MAX_LEVELS = 9;

function readLevel(lvl: XElement): Level {
  const restart = wVal(lvl, 'lvlRestart');
  const level: Level = {
    start: intAttr(wChild(lvl, 'start'), 'val', 0),
    format: wVal(lvl, 'numFmt') ?? 'decimal',
    text: wVal(lvl, 'lvlText'),
    legal: wOn(lvl, 'isLgl'),
    suffix: wVal(lvl, 'suff') ?? 'tab',
    style: wVal(lvl, 'pStyle'),
  };
  if (restart !== null) level.restart = Number.parseInt(restart, 10);
  if (wChild(lvl, 'lvlPicBulletId')) level.format = 'bullet';
  return level;
}

function levelsOf(abstract: XElement): Map<number, Level> {
  const levels = new Map<number, Level>();
  for (const lvl of children(abstract)) if (isW(lvl, 'lvl')) levels.set(intAttr(lvl, 'ilvl', 0), readLevel(lvl));
  return levels;
}

const ROMAN: [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

function roman(n: number): string {
  let out = '';
  for (const [v, s] of ROMAN) while (n >= v) (out += s), (n -= v);
  return out;
}

/** Word's letters: a … z, then aa … zz, then aaa … (the letter repeated). */
function letters(n: number): string {
  if (n < 1) return String(n);
  return String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
}

/** One level's number in its format; formats Vietnamese documents never use read as decimal. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'decimalZero':
      return n >= 0 && n < 10 ? `0${n}` : String(n);
    case 'upperRoman':
      return n > 0 ? roman(n) : String(n);
    case 'lowerRoman':
      return n > 0 ? roman(n).toLowerCase() : String(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerLetter':
      return letters(n);
    case 'none':
      return '';
    default:
      return String(n);
  }
}

export class Numbering {
  private readonly abstracts = new Map<string, { levels: Map<number, Level>; styleLink: string | null }>();
  private readonly nums = new Map<string, Num>();
  private readonly styles = new Map<string, StyleNum>();
  private readonly defaultStyle: string | null = null;
  /** Running counts per abstract definition; undefined = the level starts afresh when next used. */
  private readonly counters = new Map<string, (number | undefined)[]>();
  /** "numId:ilvl" pairs already seen, for w:startOverride. */
  private readonly seen = new Set<string>();

  constructor(numbering?: XElement, styles?: XElement) {
    if (styles) {
      for (const s of children(styles)) {
        if (!isW(s, 'style') || wAttr(s, 'type') !== 'paragraph') continue;
        const id = wAttr(s, 'styleId');
        if (!id) continue;
        const numPr = wPath(s, 'pPr', 'numPr');
        const ilvl = wVal(numPr, 'ilvl');
        this.styles.set(id, { basedOn: wVal(s, 'basedOn'), numId: wVal(numPr, 'numId'), ilvl: ilvl === null ? null : Number.parseInt(ilvl, 10) });
        if (wAttr(s, 'default') === '1' || wAttr(s, 'default') === 'true') this.defaultStyle = id;
      }
    }
    if (!numbering) return;
    for (const el of children(numbering)) {
      if (isW(el, 'abstractNum')) {
        const id = wAttr(el, 'abstractNumId');
        if (id !== null) this.abstracts.set(id, { levels: levelsOf(el), styleLink: wVal(el, 'numStyleLink') });
      } else if (isW(el, 'num')) {
        const id = wAttr(el, 'numId');
        const abstractId = wVal(el, 'abstractNumId');
        if (id === null || abstractId === null) continue;
        const num: Num = { abstractId, startOverride: new Map(), levelOverride: new Map() };
        for (const o of children(el)) {
          if (!isW(o, 'lvlOverride')) continue;
          const ilvl = intAttr(o, 'ilvl', 0);
          const so = wChild(o, 'startOverride');
          if (so) num.startOverride.set(ilvl, intAttr(so, 'val', 0));
          const lvl = wChild(o, 'lvl');
          if (lvl) num.levelOverride.set(ilvl, readLevel(lvl));
        }
        this.nums.set(id, num);
      }
    }
  }

  /** The style chain's numPr, nearest first (a style may set only the list, or only the level). */
  private fromStyle(styleId: string | null): { numId: string | null; ilvl: number | null } {
    let numId: string | null = null;
    let ilvl: number | null = null;
    const visited = new Set<string>();
    for (let id = styleId; id !== null && !visited.has(id); id = this.styles.get(id)?.basedOn ?? null) {
      visited.add(id);
      const s = this.styles.get(id);
      if (!s) break;
      numId ??= s.numId;
      ilvl ??= s.ilvl;
    }
    return { numId, ilvl };
  }

  /** The abstract definition behind a num, following w:numStyleLink to the numbering style's list. */
  private abstractOf(num: Num): string {
    let id = num.abstractId;
    for (let hops = 0; hops < 5; hops += 1) {
      const link = this.abstracts.get(id)?.styleLink;
      if (!link) break;
      const linkedNum = this.nums.get(this.fromStyle(link).numId ?? '');
      if (!linkedNum) break;
      id = linkedNum.abstractId;
    }
    return id;
  }

  private level(num: Num, abstractId: string, ilvl: number): Level | undefined {
    return num.levelOverride.get(ilvl) ?? this.abstracts.get(abstractId)?.levels.get(ilvl);
  }

  /**
   * The marker Word shows before the paragraph whose properties are `pPr` ("1.", "a)", "-", "Điều 3."),
   * with its separator; '' when it has none. Call once per paragraph, in document order: it counts.
   */
  next(pPr: XElement | undefined): string {
    const styleId = wVal(pPr, 'pStyle') ?? this.defaultStyle;
    const own = wChild(pPr, 'numPr');
    const style = this.fromStyle(styleId);
    const numId = wVal(own, 'numId') ?? style.numId;
    if (numId === null || numId === '0') return '';
    const num = this.nums.get(numId);
    if (!num) return '';
    const abstractId = this.abstractOf(num);
    let ilvl = intAttr(wChild(own, 'ilvl'), 'val', NaN);
    if (!Number.isFinite(ilvl)) ilvl = style.ilvl ?? this.levelOfStyle(num, abstractId, styleId) ?? 0;
    ilvl = Math.min(Math.max(ilvl, 0), MAX_LEVELS - 1);
    const lvl = this.level(num, abstractId, ilvl);
    if (!lvl) return '';

    const counts = this.counters.get(abstractId) ?? [];
    this.counters.set(abstractId, counts);
    const key = `${numId}:${ilvl}`;
    const override = this.seen.has(key) ? undefined : num.startOverride.get(ilvl);
    this.seen.add(key);
    const current = counts[ilvl];
    counts[ilvl] = override ?? (current === undefined ? lvl.start : current + 1);
    for (let k = ilvl + 1; k < MAX_LEVELS; k += 1) {
      const restart = this.level(num, abstractId, k)?.restart;
      if (restart === 0) continue;
      if (restart === undefined || ilvl < restart) counts[k] = undefined;
    }

    if (lvl.format === 'bullet') return '- ';
    if (lvl.text === null || lvl.text === '') return '';
    const marker = lvl.text.replace(/%([1-9])/g, (_, d: string) => {
      const k = Number(d) - 1;
      const kl = this.level(num, abstractId, k);
      const value = counts[k] ?? kl?.start ?? 0;
      const format = lvl.legal && kl?.format !== 'none' ? 'decimal' : (kl?.format ?? 'decimal');
      return formatNumber(value, format === 'bullet' ? 'decimal' : format);
    });
    if (marker.trim() === '') return '';
    return lvl.suffix === 'nothing' ? marker : `${marker} `;
  }

  /** A level bound to the paragraph's style by w:pStyle inside the list definition. */
  private levelOfStyle(num: Num, abstractId: string, styleId: string | null): number | undefined {
    if (styleId === null) return undefined;
    for (let k = 0; k < MAX_LEVELS; k += 1) if (this.level(num, abstractId, k)?.style === styleId) return k;
    return undefined;
  }
}
