// The open document: its content, undo history, autosave and checker findings. The content is
// immutable ($state.raw): every edit replaces it, so undo keeps references, not copies, and the
// checker and the preview see a plain object. A keystroke costs the same in a 100-page document as
// in a short one: once the key is painted it replaces one block and hands the document to autosave
// (TypingSoon); the checker reads the whole document only after a pause in the typing (IdleTask).
import { applyFix, checkVanBan, type Finding } from '../../core/checker/index.ts';
import { sealBlock } from '../../core/model/known-blocks.ts';
import { LIMITS, measureText, type Bang, type ChuKy, type VanBan } from '../../core/model/van-ban.ts';
import { warmUpSave, type AutosaveController, type AutosaveState, type DocumentStatus, type RevisionRecord, type Storage } from '../../storage/index.ts';
import { appStorage } from './app-storage.svelte.ts';
import { EMPTY_CHECK, groupFindings, NO_FINDINGS, type CheckResult } from './editor-findings.ts';
import { HeldBoxes } from './editor-held.svelte.ts';
import { History } from './editor-history.ts';
import { heldMessage } from './editor-limits.ts';
import { IdleTask } from './idle-task.ts';
import { TypingSoon, type TypedBox, type TypingDoor } from './typing-soon.ts';
import { fitLongBlocks, levelsFor, setTable, setText, withIds, type Block, type Caret, type OutlineEdit } from './editor-outline.ts';
import { errorMessage, notices } from './notices.svelte.ts';

/** The document as the editor holds it: body blocks always carry ids. */
export type EditorDoc = Omit<VanBan, 'noiDung'> & { noiDung: Block[] };

/** The pause in typing after which the checker runs over the document. */
export const CHECK_DELAY_MS = 400;

export const STATUS_LABELS: Record<DocumentStatus, string> = { draft: 'Bản nháp', final: 'Hoàn thành' };

/** A stored text as the editor holds it: body blocks with ids. */
function toEditorDoc(vanBan: VanBan): EditorDoc {
  return sealed({ ...vanBan, noiDung: withIds(vanBan.noiDung) });
}

/**
 * Every edit makes new blocks and never changes one in place; frozen, they say so, and autosave's
 * check knows the unchanged ones by identity (known-blocks.ts) instead of writing each out as JSON.
 */
function sealed(doc: EditorDoc): EditorDoc {
  doc.noiDung.forEach(sealBlock);
  for (const k of doc.kemTheo) k.noiDung.forEach(sealBlock);
  return doc;
}

export class EditorState {
  loaded = $state(false);
  loadError = $state('');
  #doc = $state.raw<EditorDoc | null>(null);
  /** The record being saved to; a save conflict moves it to the copy autosave made. */
  docId = $state('');
  status = $state<DocumentStatus>('draft');
  save = $state.raw<AutosaveState | null>(null);
  canUndo = $state(false);
  canRedo = $state(false);
  /** Where the outline should put the caret after the next render. */
  focus = $state.raw<Caret | null>(null);
  /** The outline block the level and move buttons act on. */
  currentBlock = $state<string | null>(null);
  /** What the reader left out or changed when the draft came from a file or a paste, until closed. */
  importNotes = $state.raw<readonly string[]>([]);
  /** The checker's last run, grouped by control; it follows the text after a pause in the typing. */
  check = $state.raw<CheckResult>(EMPTY_CHECK);
  readonly levels = $derived(this.doc ? levelsFor(this.doc.loai) : []);
  /** Boxes whose text the document could not take yet: on screen, unsaved, rescued. */
  readonly held = new HeldBoxes(() => (this.#storage ? { rescue: this.#storage.rescue, docId: this.docId } : null));

  #storage: Storage | null = null;
  #autosave: AutosaveController | null = null;
  #unsubscribe: (() => void) | null = null;
  #history = new History<EditorDoc>();
  #disposed = false;
  #checker = new IdleTask(() => this.#runCheck(), CHECK_DELAY_MS);
  #typing = new TypingSoon();
  /** For boxes outside the outline (a table's cell): their keys go in as the outline's do. */
  readonly typing: TypingDoor = {
    soon: (box, apply) => this.#typing.typed(box, apply),
    settle: () => this.#typing.settle(),
  };
  #detachLifecycle: (() => void) | null = null;

  /**
   * The document. Read from a handler (outside the template's tracking) it first takes in the text
   * still waiting in a box, so no edit is ever computed from a document missing the last keys; the
   * template reads it as drawn, one frame behind the box at most.
   */
  get doc(): EditorDoc | null {
    if (!$effect.tracking()) this.#typing.settle();
    return this.#doc;
  }

  /** The document with every typed key in it: what an edit must start from. */
  #now(): EditorDoc | null {
    this.#typing.settle();
    return this.#doc;
  }


  get findings(): readonly Finding[] {
    return this.check.findings;
  }

  get errorCount(): number {
    return this.check.errorCount;
  }

  /** The findings shown at one control (see editor-findings.ts for the ids). */
  findingsAt(id: string): readonly Finding[] {
    return this.check.byControl.get(id) ?? NO_FINDINGS;
  }

  /** Brings the findings up to the latest text at once (before an export counts the errors). */
  checkNow(): void {
    this.#typing.settle();
    this.#checker.flush();
  }

  #runCheck(): void {
    const d = this.#now();
    if (d) this.check = groupFindings(checkVanBan(d), d.noiDung.map((b) => b.id));
  }

  async load(id: string): Promise<void> {
    try {
      const storage = await appStorage.ready();
      const record = await storage.documents.get(id);
      if (this.#disposed) return;
      if (!record || record.deletedAt !== undefined) {
        this.loadError = record ? 'Văn bản này đang ở thùng rác. Hãy khôi phục nó trước khi sửa.' : 'Không tìm thấy văn bản này trên máy.';
        return;
      }
      this.#storage = storage;
      this.importNotes = record.ghiChuNhap ?? [];
      this.docId = record.id;
      this.status = record.status;
      this.#doc = toEditorDoc(record.vanBan);
      this.#detachLifecycle = this.#settleOnLeave();
      this.#checker.schedule();
      this.#checker.flush();
      this.#attach(await storage.autosave(record.id, record.rev, { window, document }));
      this.#warmUpCheck();
      // Snapshots thin the history as they are taken; a document back after weeks away gets it here.
      storage.revisions.prune(record.id).catch((e: unknown) => notices.fail(`Không dọn được lịch sử phiên bản cũ: ${errorMessage(e)}`));
    } catch (e) {
      this.loadError = `Không mở được văn bản: ${errorMessage(e)}`;
    } finally {
      this.loaded = true;
    }
  }

  /**
   * Autosave checks only the blocks it has not accepted before (known-blocks.ts) and folds only the
   * words it has not seen, and a freshly opened document has neither: its first save while typing
   * would do both for every block (a 100-page document: a long task on a phone). That work runs once
   * in idle time after opening instead; its result is not needed, a save that fails says so itself.
   */
  #warmUpCheck(): void {
    const doc = this.#doc;
    if (!doc || typeof requestIdleCallback !== 'function') return;
    requestIdleCallback(() => void warmUpSave(doc).catch(() => undefined), { timeout: 3_000 });
  }

  /**
   * The page may be hidden or closed between a key and its frame: the text goes into the document
   * before autosave's own listeners (added later, and not in the capture phase) write it.
   */
  #settleOnLeave(): () => void {
    const settle = () => this.#typing.settle();
    window.addEventListener('pagehide', settle, true);
    document.addEventListener('visibilitychange', settle, true);
    return () => {
      window.removeEventListener('pagehide', settle, true);
      document.removeEventListener('visibilitychange', settle, true);
    };
  }

  #attach(controller: AutosaveController): void {
    this.#unsubscribe?.();
    this.#autosave = controller;
    this.#unsubscribe = controller.subscribe((s) => {
      if (s.conflict && s.docId !== this.docId) {
        this.docId = s.docId;
        this.status = 'draft';
        // Keep the address on the document being edited without remounting the editor.
        history.replaceState(history.state, '', `#/van-ban/${encodeURIComponent(s.docId)}`);
        notices.say('Văn bản này vừa được sửa ở nơi khác (thẻ hoặc cửa sổ khác). Nội dung bạn đang soạn được lưu thành một bản sao riêng; bản kia không bị ghi đè.');
      }
      this.save = s;
    });
  }

  // ---- edits ------------------------------------------------------------------------------

  /** Every edit goes through here: history first, then the new content, then autosave. */
  #commit(next: EditorDoc, key: string | null): void {
    const before = this.#now();
    if (!before || next === before) return;
    this.#history.record(before, key);
    this.#set(next);
  }

  #set(next: EditorDoc): void {
    this.#doc = sealed(next);
    this.canUndo = this.#history.canUndo;
    this.canRedo = this.#history.canRedo;
    this.#autosave?.change(next);
    this.#checker.schedule();
  }

  /** A field edit; keystrokes in one field join one undo step. */
  update<K extends keyof EditorDoc>(field: K, value: EditorDoc[K], key: string | null = field): void {
    const d = this.#now();
    if (d) this.#commit({ ...d, [field]: value }, key);
  }

  updateChuKy<K extends keyof ChuKy>(field: K, value: ChuKy[K]): void {
    const d = this.#now();
    if (d) this.#commit({ ...d, chuKy: { ...d.chuKy, [field]: value } }, `chuKy.${field}`);
  }

  /** A change of the blocks that leaves their texts as they were (level, order). */
  setBlocks(blocks: Block[], key: string | null): void {
    this.update('noiDung', blocks, key);
  }

  /** A key typed in a block's box: the box's text goes in once the key is painted (TypingSoon). */
  typeInBlockSoon(id: string, box: TypedBox): void {
    this.#typing.typed(box, (text, caret) => this.typeInBlock(id, text.replace(/\n/g, ' '), caret));
  }

  /** Typing in one block; a block grown past a paragraph's limit continues in a new one. */
  typeInBlock(id: string, text: string, caret: number): void {
    const d = this.#now();
    if (!d) return;
    const blocks = setText(d.noiDung, id, text);
    // Only this block changed: measured alone, as a keystroke in a long document must stay cheap.
    if (measureText('paragraph', text).over) this.applyOutline({ blocks, focus: { id, at: caret } });
    else this.setBlocks(blocks, `khoi:${id}`);
  }

  /**
   * An edit of one table (a cell's text, a row, a merge…): one undo step, except keystrokes in one
   * cell or line (the same `key`), which join one step as typing in a paragraph does.
   */
  updateTable(id: string, bang: Bang, key: string | null = null): void {
    const d = this.#now();
    if (d) this.setBlocks(setTable(d.noiDung, id, bang), key);
  }

  /**
   * A structural outline edit (split, join, paste…): a step of its own, then the caret moves. Blocks
   * past a paragraph's limit are continued in new ones (said aloud); an edit that would pass the
   * number of blocks a document may have is refused with a message. Returns whether it was applied.
   */
  applyOutline(edit: OutlineEdit, also: Partial<EditorDoc> = {}): boolean {
    const d = this.#now();
    if (!d) return false;
    const fitted = fitLongBlocks(edit);
    const count = fitted.edit.blocks.length;
    if (count > LIMITS.blocks && count > d.noiDung.length) {
      const max = LIMITS.blocks.toLocaleString('vi-VN');
      notices.fail(`Chưa làm được: nội dung sẽ có ${count.toLocaleString('vi-VN')} khối, quá ${max} khối của một văn bản. Hãy gộp bớt khối, hoặc chia văn bản thành hai.`);
      return false;
    }
    this.#commit({ ...d, ...also, noiDung: fitted.edit.blocks }, null);
    if (fitted.edit.focus) this.focus = fitted.edit.focus;
    if (fitted.added > 0) {
      const max = LIMITS.paragraph.toLocaleString('vi-VN');
      notices.say(`Một khối dài quá ${max} ký tự nên phần sau được chuyển sang ${fitted.added} khối mới ngay dưới; không chữ nào bị bỏ.`);
    }
    return true;
  }

  undo(): void {
    const d = this.#now();
    const prev = d && this.#history.undo(d);
    if (prev) this.#set(prev);
  }

  redo(): void {
    const d = this.#now();
    const next = d && this.#history.redo(d);
    if (next) this.#set(next);
  }

  /** "Sửa" on a finding: the checker's safe fix, as one undoable step. */
  fix(finding: Finding): void {
    const d = this.#now();
    if (!d) return;
    const fixed = applyFix(d, finding) as EditorDoc;
    if (fixed === d) {
      notices.say('Lỗi này đã thay đổi hoặc không còn; không có gì để sửa.');
      return;
    }
    this.#commit({ ...fixed, noiDung: withIds(fixed.noiDung) }, null);
    this.#checker.flush();
    notices.say('Đã sửa. Bấm "Hoàn tác" nếu muốn trả lại như cũ.');
  }

  /**
   * "Khôi phục bản này": a revision's text replaces the text on screen as one step "Hoàn tác" takes
   * back, once a revision of the current text is stored ("Trước khi khôi phục"). When that cannot
   * be stored, nothing changes and the reason is returned (null on success).
   */
  async restoreRevision(revision: Pick<RevisionRecord, 'vanBan'>): Promise<string | null> {
    const storage = this.#storage;
    if (!storage || !this.#now()) return 'Văn bản chưa mở xong.';
    try {
      await storage.revisions.snapshot(await this.storedId(), 'restore');
    } catch (e) {
      return `Chưa khôi phục: chưa lưu được một bản của nội dung hiện tại (${errorMessage(e)}). Nội dung đang soạn không đổi.`;
    }
    this.#commit(toEditorDoc(revision.vanBan), null);
    return null;
  }

  // ---- saving -----------------------------------------------------------------------------

  /**
   * Resolves once every change so far is stored; rejects when it is not (a failed save, also shown
   * by `save`, or a box whose text the document could not take).
   */
  async flush(): Promise<void> {
    this.#typing.settle();
    await this.#autosave?.flush();
    if (this.held.size > 0) throw new Error(heldMessage(this.held.list));
  }

  /** Before the screen changes: null when everything is stored, else why not (the editor asks first). */
  async readyToLeave(): Promise<string | null> {
    try {
      await this.flush();
      return null;
    } catch (e) {
      return errorMessage(e);
    }
  }

  /** "Thử lại": the failure is on screen already (`save`), so a second failure is not thrown again. */
  async retrySave(): Promise<void> {
    await this.#autosave?.retry().catch(() => undefined);
  }

  /** True when everything typed so far is stored. */
  get saved(): boolean {
    return !this.#typing.pending && this.save?.status === 'saved' && !this.save.dirty;
  }

  /** Something typed is not stored yet (still to be written, being written, refused, or held in a box). */
  get unsaved(): boolean {
    return this.#typing.pending || this.held.size > 0 || (this.save !== null && !this.saved);
  }

  /**
   * Draft or final. The status write bumps the record's rev, so autosave starts again from the new
   * rev; otherwise its next save would look like a change made elsewhere and split off a copy.
   */
  async setStatus(status: DocumentStatus): Promise<void> {
    const storage = this.#storage;
    const old = this.#autosave;
    if (!storage || !old || status === this.status) return;
    this.#typing.settle();
    let stored: AutosaveState;
    try {
      stored = await old.flush();
    } catch {
      notices.fail('Chưa đổi được trạng thái vì văn bản chưa lưu được. Bấm "Thử lại" ở trên rồi đổi lại.');
      return;
    }
    const flushed = this.doc;
    try {
      const record = await storage.documents.setStatus(stored.docId, status);
      this.status = record.status;
      await old.dispose();
      this.#attach(await storage.autosave(record.id, record.rev, { window, document }));
      // Typing while the status was written: hand it to the new controller.
      if (this.doc && this.doc !== flushed) this.#autosave?.change(this.doc);
      notices.say(status === 'final' ? 'Đã đánh dấu văn bản là hoàn thành.' : 'Đã chuyển văn bản về bản nháp.');
    } catch (e) {
      notices.fail(`Không đổi được trạng thái: ${errorMessage(e)}`);
    }
  }

  /** "Đóng ghi chú": the import notes leave the record; when that write fails, it is said and they stay. */
  async dismissImportNotes(): Promise<boolean> {
    const storage = this.#storage;
    if (!storage) return false;
    try {
      await storage.documents.dismissImportNotes(this.docId);
    } catch (e) {
      notices.fail(`Không đóng được ghi chú khi đọc văn bản: ${errorMessage(e)}`);
      return false;
    }
    this.importNotes = [];
    return true;
  }

  /** The id of the record holding everything typed so far, once it is stored (before an export). */
  async storedId(): Promise<string> {
    if (!this.#autosave) throw new Error('văn bản chưa mở xong');
    this.#typing.settle();
    const stored = await this.#autosave.flush().catch(() => {
      throw new Error('văn bản chưa lưu được');
    });
    return stored.docId;
  }

  /** The editor closes (the user was asked first when something could not be stored). */
  async dispose(): Promise<void> {
    this.#disposed = true;
    this.#typing.settle();
    this.#detachLifecycle?.();
    this.#checker.cancel();
    const controller = this.#autosave;
    this.#unsubscribe?.();
    await this.held.close();
    try {
      await controller?.dispose();
    } catch (e) {
      notices.fail(`Văn bản vừa đóng có phần chưa lưu được: ${errorMessage(e)}`);
    }
  }
}
