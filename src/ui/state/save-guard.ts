// Whatever holds text or writes not yet stored (an open editor, the list's writes) registers here, so
// that nothing which would discard them goes ahead unasked: the update flow (src/pwa) reloads only
// once flushAll() resolves, and closing or reloading the tab makes the browser ask first.
export interface UnsavedWork {
  /** Resolves once everything is stored; rejects when something could not be. */
  flush(): Promise<void>;
  /** True while something typed or started is not stored yet. */
  unsaved(): boolean;
}

const works = new Set<UnsavedWork>();

export function guardUnsaved(work: UnsavedWork): () => void {
  works.add(work);
  return () => works.delete(work);
}

/** Rejects with the first failure: then the caller must not go on as if everything were stored. */
export async function flushAll(): Promise<void> {
  await Promise.all([...works].map((w) => w.flush()));
}

export function anythingUnsaved(): boolean {
  return [...works].some((w) => w.unsaved());
}

/** The browser's own "Leave site?" question, asked only while something is unsaved. */
export function warnBeforeUnload(target: Pick<Window, 'addEventListener'>): void {
  target.addEventListener('beforeunload', (e) => {
    if (!anythingUnsaved()) return;
    e.preventDefault();
    // Older Chromium (Android WebView) asks only when returnValue is set.
    e.returnValue = '';
  });
}
