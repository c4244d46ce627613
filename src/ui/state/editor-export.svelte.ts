// Export, share and print of the open document. Export and share go through the one export
// function the list uses too (export-document.ts), with the text on screen, saved first.
import { printPreview } from '../export/print.ts';
import type { EditorState } from './editor.svelte.ts';
import { exportDocument, type Delivery } from './export-document.ts';
import { errorMessage, notices } from './notices.svelte.ts';

export class ExportActions {
  busy = $state(false);

  constructor(private readonly editor: EditorState) {}

  async #run(how: Delivery): Promise<void> {
    const vanBan = this.editor.doc;
    if (!vanBan || this.busy) return;
    // The checker runs in idle time while typing: count the errors of this very text.
    this.editor.checkNow();
    this.busy = true;
    try {
      await exportDocument({ vanBan, errorCount: this.editor.errorCount, storedId: () => this.editor.storedId() }, how);
    } finally {
      this.busy = false;
    }
  }

  exportDocx(): Promise<void> {
    return this.#run('download');
  }

  share(): Promise<void> {
    return this.#run('share');
  }

  /** The preview must be on screen to print; `showPreview` brings it (the phone's second tab). */
  async print(showPreview: () => void): Promise<void> {
    showPreview();
    try {
      await printPreview();
    } catch (e) {
      notices.fail(`Không mở được hộp thoại in: ${errorMessage(e)}`);
    }
  }
}
