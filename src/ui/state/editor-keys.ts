// Keys inside an outline block. Tab changes the level there, which would trap keyboard users in
// the outline; Escape releases the next Tab to move the focus on, as code editors do.
import { htmlItems, importBody, importBodyItems, ImportLimitError } from '../../core/import/index.ts';
import type { Khoi } from '../../core/model/van-ban.ts';
import { hasEndMark, withoutEndMark } from '../../core/import/line-kinds.ts';
import { splitMarker } from '../../core/import/marker.ts';
import { backspaceAtStart, moveBlock, pasteBlocks, shiftLevel, splitBlock } from './editor-outline.ts';
import type { EditorState } from './editor.svelte.ts';
import { notices } from './notices.svelte.ts';

let tabLeaves = false;

/** Handles a key in block `id`; returns true when the key was used (the caller prevents its default). */
export function outlineKey(editor: EditorState, id: string, e: KeyboardEvent, box: HTMLTextAreaElement): boolean {
  const doc = editor.doc;
  if (!doc || e.isComposing) return false;
  if (e.key === 'Escape') {
    tabLeaves = true;
    return false;
  }
  const leave = tabLeaves;
  tabLeaves = false;
  const { selectionStart: from, selectionEnd: to } = box;
  if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey && !e.altKey) {
    editor.applyOutline(splitBlock(doc.noiDung, id, from, to));
    return true;
  }
  if (e.key === 'Backspace' && from === 0 && to === 0 && !e.ctrlKey && !e.metaKey && !e.altKey) {
    const edit = backspaceAtStart(doc.noiDung, id);
    if (edit) editor.applyOutline(edit);
    return edit !== null;
  }
  if (e.key === 'Tab' && !leave && !e.ctrlKey && !e.metaKey && !e.altKey) {
    editor.setBlocks(shiftLevel(doc.noiDung, id, e.shiftKey ? -1 : 1, editor.levels), null);
    return true;
  }
  if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
    editor.setBlocks(moveBlock(doc.noiDung, id, e.key === 'ArrowUp' ? -1 : 1), null);
    editor.focus = { id, at: from };
    return true;
  }
  return false;
}

/**
 * Several lines pasted into a block become blocks with their levels read from their markers. A
 * last line ending in "./." is the closing sentence and goes to its own field, as the layout
 * writes it after the body. One line with a marker ("1. Chủ trì: …") pasted at the start of a
 * block is read the same way, so that items pasted one by one land at one level, not as a
 * paragraph that keeps its typed "1.". TAB rows become a table; so does a clipboard whose HTML holds
 * a <table> (Word, Excel, Google Sheets, LibreOffice), read as data with its spans — exact where
 * TABs lose the merged cells — and never inserted as HTML.
 */
export function outlinePaste(editor: EditorState, id: string, text: string, from: number, to: number, html = ''): boolean {
  const doc = editor.doc;
  if (!doc) return false;
  const fromHtml = /<table[\s>]/i.test(html);
  const lines = text.split(/\r\n?|\n|\u2028|\u2029/).filter((l) => l.trim() !== '');
  const markedItem = lines.length === 1 && from === 0 && splitMarker(lines[0]!).capDo !== 'doan';
  if (!fromHtml && lines.length < 2 && !markedItem) return false;
  let ketThuc: string | null = null;
  let pasted: Khoi[];
  try {
    if (fromHtml) pasted = importBodyItems(htmlItems(html));
    else {
      const last = lines[lines.length - 1]!;
      if (hasEndMark(last) && splitMarker(last).capDo === 'doan') {
        ketThuc = withoutEndMark(last).trim();
        lines.pop();
      }
      pasted = importBody(lines.join('\n'));
    }
  } catch (e) {
    // A pasted table past the model's limits: one message naming the limit, nothing changes.
    if (!(e instanceof ImportLimitError)) throw e;
    notices.fail(`Chưa dán: ${e.message}.`);
    return true;
  }
  if (pasted.length === 0) return false;
  const tables = pasted.filter((k) => k.capDo === 'bang').length;
  const edit = pasteBlocks(doc.noiDung, id, from, to, pasted);
  if (!editor.applyOutline(edit, ketThuc !== null ? { ketThuc } : {})) return true;
  const tableNote = tables > 0 ? ` Trong đó có ${tables} bảng.` : '';
  notices.say(`Đã dán ${pasted.length} khối, số thứ tự tự đánh theo cấp.${tableNote}${ketThuc !== null ? ' Câu cuối (có «./.») đã vào ô «Câu kết thúc».' : ''}`);
  return true;
}
