// A newer version of the app, open in another tab, needs to upgrade the database. This tab saves
// everything it holds (the editors' text, the list's writes), then closes its connection so the
// other tab can go on, and asks the user to reload. When something cannot be saved, it keeps the
// connection (the other tab waits) and says why, until the user has made it savable.
import type { Storage } from '../../storage/index.ts';
import { errorMessage } from './notices.svelte.ts';
import { flushAll } from './save-guard.ts';

class UpgradeElsewhere {
  /** 'saving' while flushing, 'waiting' when that failed, 'closed' once this tab let go. */
  phase = $state<'none' | 'saving' | 'waiting' | 'closed'>('none');
  reason = $state('');
  #storage: Storage | null = null;

  watch(storage: Storage): void {
    this.#storage = storage;
    storage.onUpgradeElsewhere(() => void this.closeWhenSaved());
  }

  /** Also the "Thử lại" of the waiting message. */
  async closeWhenSaved(): Promise<void> {
    if (this.phase === 'saving' || this.phase === 'closed') return;
    this.phase = 'saving';
    try {
      await flushAll();
    } catch (e) {
      this.reason = errorMessage(e);
      this.phase = 'waiting';
      return;
    }
    this.#storage?.closeForUpgrade();
    this.phase = 'closed';
  }
}

export const upgradeElsewhere = new UpgradeElsewhere();
