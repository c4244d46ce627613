// "Sao lưu" writes every document, profile and setting (and, if asked, every kept version) to one JSON
// file; "Khôi phục" merges such a file back (storage refuses a bad one whole, with a Vietnamese reason,
// and changes nothing). When the device holds newer versions of some documents, it says so and offers
// the file's versions as copies.
import type { BackupDocument } from '../../storage/index.ts';
import { downloadBlob } from '../export/download.ts';
import { appStorage } from './app-storage.svelte.ts';
import { errorMessage, notices } from './notices.svelte.ts';
import { write } from './pending-writes.ts';

class BackupState {
  busy = $state(false);
  /** The last restore's documents kept here because this device's are newer, as the file has them. */
  olderInBackup = $state.raw<BackupDocument[]>([]);

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
    this.olderInBackup = [];
    try {
      const report = await write('Không khôi phục được từ tệp sao lưu', async () => (await appStorage.ready()).importBackup(file));
      if (!report) return;
      const ignored = report.ignoredSettings.length
        ? ` ${report.ignoredSettings.length} cài đặt phiên bản này không dùng được bỏ qua.`
        : '';
      notices.say(`Đã khôi phục từ tệp ${file.name}: ${report.message}.${ignored}`);
      this.olderInBackup = report.olderInBackup;
    } finally {
      this.busy = false;
    }
  }

  /** The file's versions of the documents kept here, as new drafts beside them. */
  async importCopies(): Promise<void> {
    const docs = this.olderInBackup;
    if (docs.length === 0) return;
    this.busy = true;
    try {
      const copies = await write('Không thêm được các bản trong tệp sao lưu', async () => (await appStorage.ready()).importBackupCopies(docs));
      if (!copies) return;
      this.olderInBackup = [];
      notices.say(`Đã thêm ${copies.length} bản sao lấy từ tệp sao lưu (bản nháp, ở đầu danh sách); văn bản trên máy giữ nguyên.`);
    } finally {
      this.busy = false;
    }
  }

  dismissCopies(): void {
    this.olderInBackup = [];
  }
}

export const backup = new BackupState();
