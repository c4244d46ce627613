// Export, share and print of the open document. The file is built from what is on screen; the
// revision snapshot marks the moment, and its failure is reported without taking the file away.
import { buildDocx } from '../export/build-docx.ts';
import { downloadBlob } from '../export/download.ts';
import { printPreview } from '../export/print.ts';
import { SHARE_HINT, shareFile } from '../export/share.ts';
import type { EditorState } from './editor.svelte.ts';
import { errorMessage, notices } from './notices.svelte.ts';

export class ExportActions {
  busy = $state(false);

  constructor(private readonly editor: EditorState) {}

  /** Remaining errors warn, never block: the user may know better, or need the file now. */
  #confirmErrors(): boolean {
    this.editor.checkNow();
    const n = this.editor.errorCount;
    return n === 0 || window.confirm(`Văn bản còn ${n} lỗi thể thức (xem «Kiểm tra thể thức»). Vẫn xuất tệp?`);
  }

  async #run(work: () => Promise<string>): Promise<void> {
    const doc = this.editor.doc;
    if (!doc || this.busy || !this.#confirmErrors()) return;
    this.busy = true;
    try {
      const said = await work();
      try {
        await this.editor.snapshotForExport();
        notices.say(said);
      } catch (e) {
        notices.fail(`${said} Nhưng chưa ghi được bản lưu lịch sử lúc xuất: ${errorMessage(e)}`);
      }
    } catch (e) {
      notices.fail(`Không tạo được tệp .docx: ${errorMessage(e)}`);
    } finally {
      this.busy = false;
    }
  }

  exportDocx(): Promise<void> {
    return this.#run(async () => {
      const { file, name } = await buildDocx(this.editor.doc!);
      downloadBlob(file, name);
      return `Đã xuất tệp ${name}.`;
    });
  }

  share(): Promise<void> {
    return this.#run(async () => {
      const { file, name } = await buildDocx(this.editor.doc!);
      const outcome = await shareFile(file, name);
      if (outcome === 'downloaded') return `Đã tải tệp ${name} về máy. ${SHARE_HINT}`;
      return outcome === 'shared' ? `Đã chia sẻ tệp ${name}.` : `Đã hủy chia sẻ; tệp ${name} vẫn có thể xuất lại bất cứ lúc nào.`;
    });
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
