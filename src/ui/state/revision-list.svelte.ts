// The open document's version history while the history dialog shows it, kept current (liveQuery)
// as autosave, exports and restores add versions.
import type { Storage } from '../../storage/index.ts';
import { revisionRows, type RevisionRow } from '../history/revision-rows.ts';
import { errorMessage } from './notices.svelte.ts';

export class RevisionList {
  rows = $state.raw<RevisionRow[]>([]);
  loaded = $state(false);
  error = $state('');
  selectedId = $state<string | null>(null);
  /** Null also when the selected version was thinned away meanwhile. */
  readonly selected: RevisionRow | null = $derived(this.rows.find((r) => r.revision.id === this.selectedId) ?? null);

  /** Follows one document's history; returns the unsubscriber. */
  watch(storage: Storage, docId: string): () => void {
    this.loaded = false;
    this.error = '';
    const sub = storage.watchRevisions(docId).subscribe({
      next: (revisions) => {
        this.rows = revisionRows(revisions);
        this.loaded = true;
      },
      error: (e: unknown) => this.fail(e),
    });
    return () => sub.unsubscribe();
  }

  fail(e: unknown): void {
    this.error = `Không đọc được lịch sử phiên bản: ${errorMessage(e)}`;
    this.loaded = true;
  }
}
