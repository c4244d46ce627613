// The one walk of a document plan, in reading order, shared by the .docx writer and the A4 preview:
// which item comes after which, where a page or a section breaks, and what each section is (portrait
// or landscape, numbering continued or restarted). Neither renderer decides any of it again.
import type { DocumentPlan, PlanBodyItem, PlanGrid, PlanParagraph, PlanRule, PlanTable } from './plan-types.ts';

/** A run of pages with one page setup. */
export interface Section {
  /** A landscape page for a table too wide for portrait (layout.ts, LANDSCAPE_PAGE). */
  landscape: boolean;
  /**
   * 'start': the document's first section, numbered from 1 with no number on its first page (Phụ
   * lục I, Mục I k7); 'restart': an appendix, numbered from 1 again, likewise (Mục III k1(đ));
   * 'continue': a section after a landscape table, whose pages count on and all show their number.
   */
  numbering: 'start' | 'restart' | 'continue';
}

export interface PlanVisitor {
  paragraph(p: PlanParagraph): void;
  rule(r: PlanRule): void;
  /** The borderless header and signature tables. */
  layoutTable(t: PlanTable): void;
  /** A data table's grid; its caption, unit line and notes come as paragraphs around it. */
  grid(g: PlanGrid): void;
  /** A new page in the same section (a văn bản kèm theo). */
  pageBreak(): void;
  /**
   * The section `ending` ends here and `next` starts on a new page. `tableFirst`: the new section
   * opens with a table; LibreOffice loses a section break that a table follows directly (it drew the
   * signature on the landscape page), so an empty mark-sized paragraph opens the section instead.
   */
  sectionBreak(ending: Section, next: Section, tableFirst: boolean): void;
}

const PORTRAIT_CONTINUED: Section = { landscape: false, numbering: 'continue' };

/** Walks the plan; returns the last section, whose setup closes the document. */
export function walkPlan(plan: DocumentPlan, v: PlanVisitor): Section {
  let current: Section = { landscape: false, numbering: 'start' };
  // After a landscape table the page turns back only when something else comes: a second wide table
  // right after shares the landscape pages, and no page is left empty between two section breaks.
  let backToPortrait = false;
  const startSection = (next: Section, tableFirst: boolean) => {
    v.sectionBreak(current, next, tableFirst);
    current = next;
    backToPortrait = false;
  };
  const settle = (tableFirst: boolean) => {
    if (backToPortrait) startSection(PORTRAIT_CONTINUED, tableFirst);
  };
  const bodyItems = (items: readonly PlanBodyItem[]) => {
    for (const item of items) {
      if (item.kind === 'bang') {
        const tableFirst = item.before.length === 0;
        if (item.landscape && !current.landscape) startSection({ landscape: true, numbering: 'continue' }, tableFirst);
        else if (!item.landscape) settle(tableFirst);
        backToPortrait = false;
        for (const p of item.before) v.paragraph(p);
        v.grid(item.grid);
        for (const p of item.after) v.paragraph(p);
        if (item.landscape) backToPortrait = true;
      } else {
        settle(false);
        if (item.kind === 'rule') v.rule(item);
        else v.paragraph(item);
      }
    }
  };

  v.layoutTable(plan.header);
  bodyItems(plan.main);
  settle(true);
  v.layoutTable(plan.signature);
  for (const p of plan.after) v.paragraph(p);
  for (const k of plan.kemTheo) {
    if (k.newSection) startSection({ landscape: false, numbering: 'restart' }, k.header !== null);
    else if (backToPortrait) startSection(PORTRAIT_CONTINUED, k.header !== null);
    else v.pageBreak();
    if (k.header) v.layoutTable(k.header);
    bodyItems(k.main);
    if (k.signature) {
      settle(true);
      v.layoutTable(k.signature);
    }
  }
  return current;
}
