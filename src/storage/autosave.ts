// Autosave for one open document. Changes are written at most 1 s after they are made (the timer
// starts at the first unsaved change and is not pushed back by further typing, so a long burst
// of typing is still saved every second), and immediately when the page is hidden or unloaded.
// A failed save keeps the text in memory and says so; nothing is dropped until a save succeeds, and
// `flush()` rejects so that no caller (update, leaving the editor, status change) can go on as if
// the text were stored.
import { StorageError, toStorageError } from './errors.ts';
import { hurrySaves, nextSaveTask } from './save-tasks.ts';
import type { DocumentRecord } from './records.ts';
import type { SaveOutcome } from './repository.ts';

export const AUTOSAVE_DELAY_MS = 1_000;

export type AutosaveStatus = 'saved' | 'saving' | 'error';

export interface AutosaveState {
  status: AutosaveStatus;
  /** Set while status is 'error'; its message is meant for the user. */
  error: StorageError | null;
  /** The document being saved to; changes after a conflict go to the copy. */
  docId: string;
  rev: number;
  /** True while there are changes not yet written. */
  dirty: boolean;
  lastSavedAt: number | null;
  /** The last save conflict: this tab's text went to `copy`, the other tab's is `current`. */
  conflict: { originalId: string; copy: DocumentRecord; current: DocumentRecord | null } | null;
  /** True while the text of a save the schema refused is kept in the rescue store. */
  rescued: boolean;
}

/** Where the text of a save the schema refused is kept until a later save of the document succeeds. */
export interface RescueKeeper {
  keep(docId: string, vanBan: unknown, reason: string): Promise<void>;
  drop(docId: string): Promise<void>;
}

/** Where the page lifecycle events come from: `window` (pagehide) and `document` (visibilitychange). */
export interface PageLifecycle {
  window?: EventTarget;
  document?: EventTarget & { visibilityState?: string };
}

export interface AutosaveOptions {
  docId: string;
  /** The rev the editor loaded. */
  rev: number;
  /** `between`: awaited between the save's parts (save-tasks.ts), so typing is handled meanwhile. */
  save: (id: string, vanBan: unknown, baseRev: number, between: () => Promise<void>) => Promise<SaveOutcome>;
  /** Given in the app: a refused text is kept there, exactly as it was. */
  rescue?: RescueKeeper;
  delayMs?: number;
  /** Pass `{ window, document }` in the browser; test doubles in node. */
  lifecycle?: PageLifecycle;
  now?: () => number;
}

const NOTHING = Symbol('nothing pending');

export class AutosaveController {
  private pending: unknown = NOTHING;
  /** Incremented on every change, so a save knows whether newer text arrived meanwhile. */
  private changeSeq = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** Saves run one after another; each flush joins the end of this chain. */
  private chain: Promise<void> = Promise.resolve();
  private current: AutosaveState;
  private readonly listeners = new Set<(s: AutosaveState) => void>();
  private readonly delayMs: number;
  private readonly now: () => number;
  private readonly detach: () => void;

  constructor(private readonly options: AutosaveOptions) {
    this.delayMs = options.delayMs ?? AUTOSAVE_DELAY_MS;
    this.now = options.now ?? Date.now;
    this.current = {
      status: 'saved',
      error: null,
      docId: options.docId,
      rev: options.rev,
      dirty: false,
      lastSavedAt: null,
      conflict: null,
      rescued: false,
    };
    this.detach = this.attach(options.lifecycle ?? {});
  }

  get state(): AutosaveState {
    return this.current;
  }

  /** Svelte-store contract: called now and on every change; returns the unsubscriber. */
  subscribe(fn: (s: AutosaveState) => void): () => void {
    this.listeners.add(fn);
    fn(this.current);
    return () => this.listeners.delete(fn);
  }

  /** The editor's latest content. Cheap: nothing is written until the timer or a flush. */
  change(vanBan: unknown): void {
    this.pending = vanBan;
    this.changeSeq++;
    if (!this.current.dirty) this.set({ dirty: true });
    if (this.timer === null) this.timer = setTimeout(() => this.flushInBackground(), this.delayMs);
  }

  /**
   * Write pending changes now. Resolves with the state once they are stored; rejects with the
   * StorageError when they are not (the text stays pending and `state` shows the error).
   */
  flush(): Promise<AutosaveState> {
    this.clearTimer();
    this.chain = this.chain.then(() => this.saveOnce());
    return this.chain.then(() => {
      if (this.current.status === 'error' && this.current.error) throw this.current.error;
      return this.current;
    });
  }

  /** After an error: try the same text again. Rejects like `flush` when it fails again. */
  retry(): Promise<AutosaveState> {
    return this.flush();
  }

  /** Stop listening; pending text is flushed first, and the flush's failure is passed on. */
  async dispose(): Promise<AutosaveState> {
    try {
      return await this.flush();
    } finally {
      this.detach();
      this.clearTimer();
      this.listeners.clear();
    }
  }

  /** The timer's and the page lifecycle's saves: nobody awaits them, the state shows a failure. */
  private flushInBackground(): void {
    this.flush().catch(() => undefined);
  }

  private async saveOnce(): Promise<void> {
    if (this.pending === NOTHING) return;
    const seq = this.changeSeq;
    const text = this.pending;
    this.set({ status: 'saving' });
    let out: SaveOutcome;
    try {
      out = await this.options.save(this.current.docId, text, this.current.rev, nextSaveTask);
    } catch (e) {
      // Text stays in `pending`; the next change, flush or retry tries again.
      const error = toStorageError(e);
      this.set({ status: 'error', error, dirty: true });
      if (error.kind === 'validation') await this.rescue(text, error);
      return;
    }
    const rescuedFrom = this.current.docId;
    if (seq === this.changeSeq) this.pending = NOTHING;
    const dirty = this.pending !== NOTHING;
    if (out.status === 'conflict') {
      this.set({
        status: 'saved',
        error: null,
        docId: out.record.id,
        rev: out.record.rev,
        dirty,
        lastSavedAt: this.now(),
        conflict: { originalId: this.current.docId, copy: out.record, current: out.current },
      });
    } else {
      this.set({ status: 'saved', error: null, rev: out.record.rev, dirty, lastSavedAt: this.now() });
    }
    await this.unrescue(rescuedFrom);
  }

  /** The schema refused this text: keep it as it is where nothing validates. */
  private async rescue(text: unknown, error: StorageError): Promise<void> {
    const keeper = this.options.rescue;
    if (!keeper) return;
    try {
      await keeper.keep(this.current.docId, text, error.message);
      this.set({ rescued: true });
    } catch (e) {
      // The save's own error stays what the user reads; this one is added to it.
      const lost = toStorageError(e);
      this.set({ error: new StorageError(error.kind, `${error.message} Cũng chưa giữ được bản dự phòng: ${lost.message}`, error.details) });
    }
  }

  /** A save went through after a refused one: the text it rescued is no longer the latest. */
  private async unrescue(docId: string): Promise<void> {
    if (!this.current.rescued || !this.options.rescue) return;
    try {
      await this.options.rescue.drop(docId);
      this.set({ rescued: false });
    } catch {
      // Kept a while longer: offering an old copy back later is harmless, losing one is not.
    }
  }

  private attach(lc: PageLifecycle): () => void {
    const onHide = () => {
      hurrySaves(true);
      this.flushInBackground();
    };
    const onShow = () => hurrySaves(false);
    const onVisibility = () => {
      if (lc.document?.visibilityState === 'hidden') onHide();
      else onShow();
    };
    lc.window?.addEventListener('pagehide', onHide);
    lc.window?.addEventListener('pageshow', onShow);
    lc.document?.addEventListener('visibilitychange', onVisibility);
    return () => {
      lc.window?.removeEventListener('pagehide', onHide);
      lc.window?.removeEventListener('pageshow', onShow);
      lc.document?.removeEventListener('visibilitychange', onVisibility);
    };
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private set(patch: Partial<AutosaveState>): void {
    this.current = { ...this.current, ...patch };
    for (const fn of this.listeners) fn(this.current);
  }
}
