// Rich paste: the HTML that Word, Excel, Google Sheets and LibreOffice put on the clipboard, read as
// data into the classifier's items — paragraphs as lines, each <table> as a table with its cells'
// spans. A small tolerant tokenizer, no DOM: the HTML is never parsed by the browser, never inserted
// anywhere, and nothing in it runs. Word's conditional comments (<!--[if …]>…<![endif]-->) hide what
// they hold; its downlevel-revealed markers (<![if !supportLists]>) show it; <o:p>, styles, scripts
// and the head are left out.
import type { BangNhap, MucNhap, ONhap } from './nguon.ts';

/** Elements whose content is not text the user sees. */
const SKIPPED = new Set(['head', 'style', 'script', 'title', 'xml', 'template', 'noscript', 'object', 'iframe', 'svg', 'math']);
/** Elements that end a line (a paragraph outside a table, a line inside a cell). */
const BLOCKS = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre',
  'section', 'article', 'header', 'footer', 'address', 'hr', 'caption', 'center', 'table',
]);

const NAMED: Record<string, string> = {
  nbsp: '\u00A0', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ndash: '–', mdash: '—', hellip: '…', laquo: '«', raquo: '»',
  ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', bull: '•', middot: '·', times: '×', divide: '÷', deg: '°', copy: '©',
  reg: '®', trade: '™', sect: '§', para: '¶', shy: '', zwnj: '\u200C', zwj: '\u200D', ensp: ' ', emsp: ' ', thinsp: ' ',
  minus: '−', plusmn: '±', frac12: '½', frac14: '¼', frac34: '¾', permil: '‰', euro: '€', cent: '¢', pound: '£', yen: '¥',
};

/** Character references: named ones a clipboard uses, decimal and hexadecimal; anything else as typed. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z][a-zA-Z0-9]{1,31});?/g, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '';
    }
    return NAMED[ref] ?? NAMED[ref.toLowerCase()] ?? whole;
  });
}

interface Tag {
  name: string;
  end: boolean;
  attrs: Record<string, string>;
}

const ATTR = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

function parseTag(source: string): Tag {
  const end = source.startsWith('/');
  const body = end ? source.slice(1) : source;
  const name = /^[^\s/>]+/.exec(body)?.[0].toLowerCase() ?? '';
  const attrs: Record<string, string> = {};
  for (const m of body.slice(name.length).matchAll(ATTR)) attrs[m[1]!.toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  return { name, end, attrs };
}

/** Index just after the '>' that closes the tag opened at `from`, quotes respected; -1 if none. */
function tagEnd(html: string, from: number): number {
  let quote = '';
  for (let i = from; i < html.length; i++) {
    const ch = html[i]!;
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") {
      // A quote only opens inside an attribute value (after "="); a stray one in text does not.
      if (/=\s*$/.test(html.slice(Math.max(from, i - 8), i))) quote = ch;
    } else if (ch === '>') return i + 1;
  }
  return -1;
}

function span(value: string | undefined, max: number): number {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, max) : 1;
}

/** Text being gathered: words joined by single spaces, line breaks kept. */
class Lines {
  private done: string[] = [];
  private current = '';
  add(text: string): void {
    this.current += text;
  }
  br(): void {
    this.done.push(this.current);
    this.current = '';
  }
  take(): string[] {
    this.br();
    const out = this.done.map((l) => l.replace(/[ \t\n\r\f\u00A0]+/g, ' ').trim()).filter((l) => l.length > 0);
    this.done = [];
    return out;
  }
}

interface TableState {
  rows: ONhap[][];
  row: ONhap[] | null;
  cell: { lines: Lines; gopCot: number; gopHang: number; th: boolean } | null;
  /** Text inside the table but outside its cells (a <caption>, stray words): kept, above the table. */
  stray: Lines;
  /** Rows inside <thead>, and whether each row was all <th>. */
  headRows: number;
  inHead: boolean;
  allTh: boolean[];
  rowTh: boolean;
}

/**
 * The items of an HTML clipboard string: each paragraph or line as a string, each table as a table
 * with its cells (text over several lines where the cell had breaks) and spans. A table inside a
 * cell gives its cells' text to that cell, one cell a line.
 */
export function htmlItems(clipboard: string): MucNhap[] {
  // Windows' clipboard format may come with its "Version:0.9 StartHTML:…" header still in front.
  const html = clipboard.replace(/^\s*Version:\d[^<]*/, '');
  const out: MucNhap[] = [];
  const text = new Lines();
  const tables: TableState[] = [];
  const flushText = () => {
    for (const l of text.take()) out.push(l);
  };
  const sink = (): Lines => {
    const t = tables[tables.length - 1];
    return t ? (t.cell?.lines ?? t.stray) : text;
  };
  const endCell = (t: TableState) => {
    if (!t.cell) return;
    if (!t.row) t.row = [];
    t.row.push({ text: t.cell.lines.take().join('\n'), gopCot: t.cell.gopCot, gopHang: t.cell.gopHang });
    t.rowTh &&= t.cell.th;
    t.cell = null;
  };
  const endRow = (t: TableState) => {
    endCell(t);
    if (!t.row) return;
    if (t.inHead) t.headRows++;
    t.allTh.push(t.rowTh && t.row.length > 0);
    t.rows.push(t.row);
    t.row = null;
  };
  const endTable = () => {
    const t = tables.pop()!;
    endRow(t);
    const leadingTh = t.allTh.findIndex((x) => !x);
    const known = t.headRows > 0 ? t.headRows : leadingTh > 0 ? leadingTh : undefined;
    const outer = tables[tables.length - 1];
    if (outer) {
      // A table nested in a cell: its text joins that cell, one inner cell a line.
      const lines = outer.cell?.lines ?? outer.stray;
      for (const l of t.stray.take()) (lines.add(l), lines.br());
      for (const row of t.rows) for (const c of row) if (c.text) (lines.add(c.text), lines.br());
      return;
    }
    out.push(...t.stray.take());
    const bang: BangNhap = { kind: 'bang', hang: t.rows };
    if (known !== undefined) bang.soHangTieuDe = known;
    if (t.rows.length > 0) out.push(bang);
  };

  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const chunk = html.slice(i, lt < 0 ? html.length : lt);
    if (chunk) sink().add(decodeEntities(chunk));
    if (lt < 0) break;
    i = lt;
    if (html.startsWith('<!--', i)) {
      const close = html.indexOf('-->', i + 4);
      i = close < 0 ? html.length : close + 3;
      continue;
    }
    if (html.startsWith('<!', i) || html.startsWith('<?', i)) {
      // Doctype, downlevel-revealed "<![if …]>" / "<![endif]>" markers, processing instructions.
      const close = html.indexOf('>', i);
      i = close < 0 ? html.length : close + 1;
      continue;
    }
    if (!/^<\/?[a-zA-Z]/.test(html.slice(i, i + 3))) {
      // A "<" that opens no tag ("a < b") is text.
      sink().add('<');
      i++;
      continue;
    }
    const close = tagEnd(html, i + 1);
    if (close < 0) break;
    const tag = parseTag(html.slice(i + 1, close - 1).replace(/\/\s*$/, ''));
    i = close;
    if (!tag.end && SKIPPED.has(tag.name)) {
      // Skip to the matching end tag; these never nest text the user typed.
      const endTag = new RegExp(`</${tag.name}[\\s>]`, 'gi');
      endTag.lastIndex = i;
      const endAt = endTag.exec(html)?.index ?? -1;
      const after = endAt < 0 ? -1 : tagEnd(html, endAt + 1);
      i = after < 0 ? html.length : after;
      continue;
    }
    const t = tables[tables.length - 1];
    switch (tag.name) {
      case 'table':
        if (tag.end) {
          if (t) endTable();
        } else {
          if (!t) flushText();
          else sink().br();
          tables.push({ rows: [], row: null, cell: null, stray: new Lines(), headRows: 0, inHead: false, allTh: [], rowTh: true });
        }
        continue;
      case 'thead':
        if (t) t.inHead = !tag.end;
        continue;
      case 'tbody':
      case 'tfoot':
        if (t) t.inHead = false;
        continue;
      case 'tr':
        if (t) {
          endRow(t);
          if (!tag.end) {
            t.row = [];
            t.rowTh = true;
          }
        }
        continue;
      case 'td':
      case 'th':
        if (t) {
          endCell(t);
          if (!tag.end) {
            if (!t.row) (t.row = [], (t.rowTh = true));
            t.cell = { lines: new Lines(), gopCot: span(tag.attrs.colspan, 1000), gopHang: span(tag.attrs.rowspan, 65534), th: tag.name === 'th' };
          }
        }
        continue;
    }
    if (BLOCKS.has(tag.name)) sink().br();
  }
  while (tables.length > 0) endTable();
  flushText();
  return out;
}
