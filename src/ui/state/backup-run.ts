// The work behind the list's backup buttons (backup.svelte.ts holds their state), loaded on the first tap.
import { downloadBlob } from '../export/download.ts';
import { appStorage } from './app-storage.svelte.ts';
import type { BackupState } from './backup.svelte.ts';
import { errorMessage, notices } from './notices.svelte.ts';
import { write } from './pending-writes.ts';

export async function backup(state: BackupState): Promise<void> {
    state.busy = true;
    try {
      const storage = await appStorage.ready();
      const file = await storage.exportBackup({ includeRevisions: state.includeRevisions });
      downloadBlob(new Blob([file.text], { type: 'application/json' }), file.fileName);
      const what = state.includeRevisions ? `${file.counts.documents} văn bản kèm ${file.counts.revisions} phiên bản lịch sử` : `${file.counts.documents} văn bản`;
      const said = `Đã sao lưu ${what} vào tệp ${file.fileName}. Hãy giữ tệp này ở nơi an toàn (máy tính, Zalo, thư điện tử).`;
      if (file.warning) notices.fail(`${said} ${file.warning}`);
      else notices.say(said);
    } catch (e) {
      notices.fail(`Không sao lưu được: ${errorMessage(e)}`);
    } finally {
      state.busy = false;
    }
}

export async function restore(state: BackupState, file: File): Promise<void> {
    state.busy = true;
    state.olderInBackup = [];
    try {
      const report = await write('Không khôi phục được từ tệp sao lưu', async () => (await appStorage.ready()).importBackup(file));
      if (!report) return;
      const ignored = report.ignoredSettings.length
        ? ` ${report.ignoredSettings.length} cài đặt phiên bản này không dùng được bỏ qua.`
        : '';
      notices.say(`Đã khôi phục từ tệp ${file.name}: ${report.message}.${ignored}`);
      state.olderInBackup = report.olderInBackup;
    } finally {
      state.busy = false;
    }
}

export async function importCopies(state: BackupState): Promise<void> {
    const docs = state.olderInBackup;
    if (docs.length === 0) return;
    state.busy = true;
    try {
      const copies = await write('Không thêm được các bản trong tệp sao lưu', async () => (await appStorage.ready()).importBackupCopies(docs));
      if (!copies) return;
      state.olderInBackup = [];
      notices.say(`Đã thêm ${copies.length} bản sao lấy từ tệp sao lưu (bản nháp, ở đầu danh sách); văn bản trên máy giữ nguyên.`);
    } finally {
      state.busy = false;
    }
}
