// "Sao lưu" writes every document, profile and setting (and, if asked, every kept version) to one JSON file; "Khôi phục" merges such a
// file back (storage refuses a bad one whole, with a Vietnamese reason, and changes nothing).
import { downloadBlob } from '../export/download.ts';
import { appStorage } from './app-storage.svelte.ts';
import { errorMessage, notices } from './notices.svelte.ts';
import { write } from './pending-writes.ts';

class BackupState {
  busy = $state(false);

  /** "Kèm lịch sử phiên bản": the file carries every kept version too (larger). */
  includeRevisions = $state(false);

  async backup(): Promise<void> {
    this.busy = true;
    try {
      const storage = await appStorage.ready();
      const file = await storage.exportBackup({ includeRevisions: this.includeRevisions });
      downloadBlob(new Blob([file.text], { type: 'application/json' }), file.fileName);
      const what = this.includeRevisions ? `${file.counts.documents} văn bản kèm ${file.counts.revisions} phiên bản lịch sử` : `${file.counts.documents} văn bản`;
      const said = `Đã sao lưu ${what} vào tệp ${file.fileName}. Hãy giữ tệp này ở nơi an toàn (máy tính, Zalo, thư điện tử).`;
      if (file.warning) notices.fail(`${said} ${file.warning}`);
      else notices.say(said);
    } catch (e) {
      notices.fail(`Không sao lưu được: ${errorMessage(e)}`);
    } finally {
      this.busy = false;
    }
  }

  async restore(file: File): Promise<void> {
    this.busy = true;
    try {
      const report = await write('Không khôi phục được từ tệp sao lưu', async () => (await appStorage.ready()).importBackup(file));
      if (report) notices.say(`Đã khôi phục từ tệp ${file.name}: ${report.message}.`);
    } finally {
      this.busy = false;
    }
  }
}

export const backup = new BackupState();
