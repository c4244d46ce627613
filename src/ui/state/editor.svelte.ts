// The open document: its content, undo history, autosave and checker findings. The content is
// immutable ($state.raw): every edit replaces it, so undo keeps references, not copies, and the
// checker and the preview see a plain object. A keystroke costs the same in a 100-page document as
// in a short one: it replaces one block and hands the document to autosave; the checker reads the
// whole document only after a pause in the typing (IdleTask).
import { applyFix, checkVanBan, type Finding } from '../../core/checker/index.ts';
import type { ChuKy, VanBan } from '../../core/model/van-ban.ts';
import type { AutosaveController, AutosaveState, DocumentStatus, Storage } from '../../storage/index.ts';
import { appStorage } from './app-storage.svelte.ts';
import { EMPTY_CHECK, groupFindings, NO_FINDINGS, type CheckResult } from './editor-findings.ts';
import { History } from './editor-history.ts';
import { IdleTask } from './idle-task.ts';
import { levelsFor, withIds, type Block, type Caret, type OutlineEdit } from './editor-outline.ts';
import { errorMessage, notices } from './notices.svelte.ts';

/** The document as the editor holds it: body blocks always carry ids. */
export type EditorDoc = Omit<VanBan, 'noiDung'> & { noiDung: Block[] };

/** The pause in typing after which the checker runs over the document. */
export const CHECK_DELAY_MS = 400;

export const STATUS_LABELS: Record<DocumentStatus, string> = { draft: 'Bản nháp', final: 'Hoàn thành' };

export class EditorState {
  loaded = $state(false);
  loadError = $state('');
  doc = $state.raw<EditorDoc | null>(null);
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
  /** The checker's last run, grouped by control; it follows the text after a pause in the typing. */
  check = $state.raw<CheckResult>(EMPTY_CHECK);
  readonly levels = $derived(this.doc ? levelsFor(this.doc.loai) : []);

  #storage: Storage | null = null;
  #autosave: AutosaveController | null = null;
  #unsubscribe: (() => void) | null = null;
  #history = new History<EditorDoc>();
  #disposed = false;
  #checker = new IdleTask(() => this.#runCheck(), CHECK_DELAY_MS);

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
    this.#checker.flush();
  }

  #runCheck(): void {
    const d = this.doc;
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
      this.docId = record.id;
      this.status = record.status;
      this.doc = { ...record.vanBan, noiDung: withIds(record.vanBan.noiDung) };
      this.#checker.schedule();
      this.#checker.flush();
      this.#attach(storage.autosave(record.id, record.rev, { window, document }));
    } catch (e) {
      this.loadError = `Không mở được văn bản: ${errorMessage(e)}`;
    } finally {
      this.loaded = true;
    }
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
    const before = this.doc;
    if (!before || next === before) return;
    this.#history.record(before, key);
    this.#set(next);
  }

  #set(next: EditorDoc): void {
    this.doc = next;
    this.canUndo = this.#history.canUndo;
    this.canRedo = this.#history.canRedo;
    this.#autosave?.change(next);
    this.#checker.schedule();
  }

  /** A field edit; keystrokes in one field join one undo step. */
  update<K extends keyof EditorDoc>(field: K, value: EditorDoc[K], key: string | null = field): void {
    if (this.doc) this.#commit({ ...this.doc, [field]: value }, key);
  }

  updateChuKy<K extends keyof ChuKy>(field: K, value: ChuKy[K]): void {
    if (this.doc) this.#commit({ ...this.doc, chuKy: { ...this.doc.chuKy, [field]: value } }, `chuKy.${field}`);
  }

  /** Typing in one block. */
  setBlocks(blocks: Block[], key: string | null): void {
    this.update('noiDung', blocks, key);
  }

  /** A structural outline edit (split, join, paste…): a step of its own, then the caret moves. */
  applyOutline(edit: OutlineEdit, also: Partial<EditorDoc> = {}): void {
    if (this.doc) this.#commit({ ...this.doc, ...also, noiDung: edit.blocks }, null);
    if (edit.focus) this.focus = edit.focus;
  }

  undo(): void {
    const prev = this.doc && this.#history.undo(this.doc);
    if (prev) this.#set(prev);
  }

  redo(): void {
    const next = this.doc && this.#history.redo(this.doc);
    if (next) this.#set(next);
  }

  /** "Sửa" on a finding: the checker's safe fix, as one undoable step. */
  fix(finding: Finding): void {
    if (!this.doc) return;
    const fixed = applyFix(this.doc, finding) as EditorDoc;
    if (fixed === this.doc) {
      notices.say('Lỗi này đã thay đổi hoặc không còn; không có gì để sửa.');
      return;
    }
    this.#commit({ ...fixed, noiDung: withIds(fixed.noiDung) }, null);
    this.#checker.flush();
    notices.say('Đã sửa. Bấm "Hoàn tác" nếu muốn trả lại như cũ.');
  }

  // ---- saving -----------------------------------------------------------------------------

  /** Resolves once every change so far is stored, or the attempt failed (shown by `save`). */
  async flush(): Promise<void> {
    await this.#autosave?.flush();
  }

  async retrySave(): Promise<void> {
    await this.#autosave?.retry();
  }

  /** True when everything typed so far is stored. */
  get saved(): boolean {
    return this.save?.status === 'saved' && !this.save.dirty;
  }

  /**
   * Draft or final. The status write bumps the record's rev, so autosave starts again from the new
   * rev; otherwise its next save would look like a change made elsewhere and split off a copy.
   */
  async setStatus(status: DocumentStatus): Promise<void> {
    const storage = this.#storage;
    const old = this.#autosave;
    if (!storage || !old || status === this.status) return;
    const stored = await old.flush();
    if (stored.status === 'error') {
      notices.fail('Chưa đổi được trạng thái vì văn bản chưa lưu được. Bấm "Thử lại" ở trên rồi đổi lại.');
      return;
    }
    const flushed = this.doc;
    try {
      const record = await storage.documents.setStatus(stored.docId, status);
      this.status = record.status;
      await old.dispose();
      this.#attach(storage.autosave(record.id, record.rev, { window, document }));
      // Typing while the status was written: hand it to the new controller.
      if (this.doc && this.doc !== flushed) this.#autosave?.change(this.doc);
      notices.say(status === 'final' ? 'Đã đánh dấu văn bản là hoàn thành.' : 'Đã chuyển văn bản về bản nháp.');
    } catch (e) {
      notices.fail(`Không đổi được trạng thái: ${errorMessage(e)}`);
    }
  }

  /** Before an export: a revision the user can come back to. Needs the latest text stored first. */
  async snapshotForExport(): Promise<void> {
    if (!this.#storage || !this.#autosave) return;
    const stored = await this.#autosave.flush();
    if (stored.status === 'error') throw new Error('văn bản chưa lưu được nên chưa ghi được bản lưu lúc xuất');
    await this.#storage.revisions.snapshot(stored.docId, 'export');
  }

  async dispose(): Promise<void> {
    this.#disposed = true;
    this.#checker.cancel();
    const controller = this.#autosave;
    this.#unsubscribe?.();
    if (controller) await controller.dispose();
  }
}
