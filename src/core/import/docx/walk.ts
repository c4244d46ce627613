// The walk over a story of the document (the body, a text box, a footnote, a page header) in
// reading order: paragraphs become lines, tables go to tables.ts. What Word shows is what we keep:
// field results without their instructions, insertions of tracked changes without the deletions,
// a text box once (the mc:Choice, never its mc:Fallback copy), the automatic number before the
// paragraph's text, a soft break as a new line. A footnote reference stays in the text as a token,
// "\u0001<n>\u0002" (control characters XML cannot hold), until the final pass turns it into a place.
import type { MucNhap } from '../nguon.ts';
import type { Numbering } from './numbering.ts';
import { readTable } from './tables.ts';
import { children, findAll, isW, MC_NS, M_NS, nsAttr, R_NS, VML_NS, wAttr, wChild, wOn, type XElement } from './xml.ts';

/** What the walk met that is not text, counted for the import notes. */
export interface Tally {
  images: number;
  /** Embedded objects, charts and diagrams, whose content is not read. */
  objects: number;
  textBoxes: number;
  insertions: number;
  deletions: number;
  altChunks: number;
}

export interface NoteRef {
  kind: 'footnote' | 'endnote';
  id: string;
}

/** State of one walk; the numbering and the tally are shared by all stories of a document. */
export interface Story {
  numbering: Numbering;
  tally: Tally;
  /** Footnote and endnote references in the order met; the token holds the index. */
  refs: NoteRef[];
  /** Hidden text (w:vanish), one entry per paragraph, for the notes. */
  hidden: string[];
  /** Page headers and footers: field results there are page numbers, which the layout makes. */
  dropFieldResults?: boolean;
  /** Open complex fields, true once past their "separate" mark (the result). */
  fields?: boolean[];
}

/** Called with a section's properties and the number of items before its end. */
export type OnSection = (sectPr: XElement, itemCount: number) => void;

function choice(alt: XElement): XElement | undefined {
  let fallback: XElement | undefined;
  for (const c of children(alt)) {
    if (c.namespaceURI !== MC_NS) continue;
    if (c.localName === 'Choice') return c;
    if (c.localName === 'Fallback') fallback = c;
  }
  return fallback;
}

const isMc = (el: XElement, name: string) => el.namespaceURI === MC_NS && el.localName === name;

class Paragraph {
  text = '';
  hidden = '';
  /** Items found inside the paragraph (text boxes), read after its own lines. */
  readonly after: MucNhap[] = [];

  constructor(private readonly story: Story) {}

  private get showing(): boolean {
    const fields = this.story.fields ?? [];
    if (fields.length === 0) return true;
    return !this.story.dropFieldResults && fields.every((inResult) => inResult);
  }

  emit(s: string, hidden = false): void {
    if (!this.showing) return;
    if (hidden) this.hidden += s;
    else this.text += s;
  }

  inline(el: XElement): void {
    for (const c of children(el)) {
      if (isW(c)) {
        switch (c.localName) {
          case 'r':
            this.run(c);
            break;
          case 'pPr':
          case 'rPr':
          case 'proofErr':
          case 'bookmarkStart':
          case 'bookmarkEnd':
            break;
          case 'del':
          case 'moveFrom':
            this.story.tally.deletions += 1;
            break;
          case 'ins':
          case 'moveTo':
            this.story.tally.insertions += 1;
            this.inline(c);
            break;
          case 'fldSimple':
            if (!this.story.dropFieldResults) this.inline(c);
            break;
          default:
            // hyperlink, smartTag, customXml, sdt/sdtContent, dir, bdo, …: their runs are text.
            this.inline(c);
        }
      } else if (isMc(c, 'AlternateContent')) {
        const ch = choice(c);
        if (ch) this.inline(ch);
      } else if (M_NS.includes(c.namespaceURI ?? '') && c.localName === 't') {
        this.emit(c.textContent ?? '');
      } else this.inline(c);
    }
  }

  run(r: XElement): void {
    const hidden = wOn(wChild(r, 'rPr'), 'vanish');
    for (const c of children(r)) {
      if (isMc(c, 'AlternateContent')) {
        const ch = choice(c);
        if (ch) this.run(ch);
        continue;
      }
      if (!isW(c)) continue;
      switch (c.localName) {
        case 't':
          this.emit(c.textContent ?? '', hidden);
          break;
        case 'tab':
        case 'ptab':
          this.emit('\t', hidden);
          break;
        case 'br':
        case 'cr':
          this.emit('\n', hidden);
          break;
        case 'noBreakHyphen':
          this.emit('-', hidden);
          break;
        case 'sym': {
          const code = Number.parseInt(wAttr(c, 'char') ?? '', 16);
          // Symbol-font characters (F0xx) have no Unicode meaning of their own; a bullet is the usual one.
          if (Number.isFinite(code)) this.emit(code >= 0xf000 && code <= 0xf0ff ? '•' : String.fromCodePoint(code), hidden);
          break;
        }
        case 'fldChar':
          this.field(wAttr(c, 'fldCharType'));
          break;
        case 'footnoteReference':
        case 'endnoteReference': {
          const id = wAttr(c, 'id');
          if (id !== null && this.showing) {
            this.story.refs.push({ kind: c.localName === 'footnoteReference' ? 'footnote' : 'endnote', id });
            this.text += `\u0001${this.story.refs.length - 1}\u0002`;
          }
          break;
        }
        case 'drawing':
        case 'pict':
          this.drawing(c);
          break;
        case 'object':
          this.story.tally.objects += 1;
          break;
        case 'ruby': {
          const base = wChild(c, 'rubyBase');
          if (base) this.inline(base);
          break;
        }
        default:
        // rPr, instrText (a field's instruction), delText, lastRenderedPageBreak, footnoteRef, …
      }
    }
  }

  private field(type: string | null): void {
    const fields = (this.story.fields ??= []);
    if (type === 'begin') fields.push(false);
    else if (type === 'separate' && fields.length > 0) fields[fields.length - 1] = true;
    else if (type === 'end') fields.pop();
  }

  /** A drawing or VML picture: its text boxes are read, its pictures and charts counted. */
  private drawing(el: XElement): void {
    const tally = this.story.tally;
    for (const box of findAll(el, (e) => isW(e, 'txbxContent'))) {
      const from = this.after.length;
      walkBlocks(box, this.story, this.after);
      if (this.after.slice(from).some((m) => typeof m !== 'string' || m.trim() !== '')) tally.textBoxes += 1;
    }
    // Pictures inside a text box are counted when its own paragraphs are read.
    const isBox = (e: XElement) => isW(e, 'txbxContent');
    // Old WordArt (and a page header's "DỰ THẢO" watermark) keeps its text in v:textpath's string.
    for (const t of findAll(el, (e) => e.localName === 'textpath' && e.namespaceURI === VML_NS, isBox)) {
      const text = t.getAttribute('string');
      if (text) this.after.push(text);
    }
    const isPicture = (e: XElement) => (e.localName === 'blip' && nsAttr(e, R_NS, 'embed') !== null) || e.localName === 'imagedata';
    tally.images += findAll(el, isPicture, isBox).length;
    for (const g of findAll(el, (e) => e.localName === 'graphicData', isBox)) {
      if (/\/(chart|diagram)$/.test(g.getAttribute('uri') ?? '')) tally.objects += 1;
    }
  }
}

/** The lines of one paragraph (its number first), then what it anchors (text boxes). */
export function readParagraph(p: XElement, story: Story): { lines: string[]; after: MucNhap[] } {
  const para = new Paragraph(story);
  para.text = story.numbering.next(wChild(p, 'pPr'));
  para.inline(p);
  if (para.hidden.trim() !== '') story.hidden.push(para.hidden);
  return { lines: para.text.split('\n'), after: para.after };
}

/** Block content (body, cell, text box, footnote) in order into `out`. */
export function walkBlocks(container: XElement, story: Story, out: MucNhap[], onSection?: OnSection): void {
  for (const c of children(container)) {
    if (isMc(c, 'AlternateContent')) {
      const ch = choice(c);
      if (ch) walkBlocks(ch, story, out, onSection);
      continue;
    }
    if (!isW(c)) continue;
    switch (c.localName) {
      case 'p': {
        const { lines, after } = readParagraph(c, story);
        out.push(...lines, ...after);
        const sectPr = wChild(wChild(c, 'pPr'), 'sectPr');
        if (sectPr && onSection) onSection(sectPr, out.length);
        break;
      }
      case 'tbl':
        out.push(
          ...readTable(c, {
            cell: (tc) => {
              const items: MucNhap[] = [];
              walkBlocks(tc, story, items);
              return items;
            },
            deletedRow: () => (story.tally.deletions += 1),
          }),
        );
        break;
      case 'sdt': {
        const content = wChild(c, 'sdtContent');
        if (content) walkBlocks(content, story, out, onSection);
        break;
      }
      case 'altChunk':
        story.tally.altChunks += 1;
        break;
      case 'del':
      case 'moveFrom':
        story.tally.deletions += 1;
        break;
      case 'sectPr':
      case 'tcPr':
      case 'tblPr':
        break;
      default:
        // customXml, ins, moveTo and the like wrap blocks.
        walkBlocks(c, story, out, onSection);
    }
  }
}
