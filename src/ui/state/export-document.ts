// The one way a document leaves the app as a .docx, from the list and from the editor alike: the
// same warning about format errors, a revision "Trước khi xuất" of the stored text, then the same
// file (buildDocx) downloaded or shared. A revision that cannot be written is reported, but the
// file is still made: the user may need it now.
import type { VanBan } from '../../core/model/van-ban.ts';
import { buildDocx } from '../export/build-docx.ts';
import { downloadBlob } from '../export/download.ts';
import { SHARE_HINT, shareFile } from '../export/share.ts';
import { appStorage } from './app-storage.svelte.ts';
import { errorMessage, notices } from './notices.svelte.ts';

export type Delivery = 'download' | 'share';

export interface ExportSource {
  vanBan: VanBan;
  /** The checker's error count when the caller already has it (the editor); counted here otherwise. */
  errorCount?: number;
  /** The id of the stored record holding `vanBan`, once it is stored (the editor saves typing first). */
  storedId(): Promise<string>;
}

/** The checker is loaded on demand: the list must not carry it in the first load. */
async function countErrors(vanBan: VanBan): Promise<number> {
  const { checkVanBan } = await import('../../core/checker/index.ts');
  return checkVanBan(vanBan).filter((f) => f.severity === 'error').length;
}

/** Remaining errors warn, never block: the user may know better, or need the file now. */
function confirmErrors(n: number): boolean {
  return n === 0 || window.confirm(`Văn bản còn ${n} lỗi thể thức (xem «Kiểm tra thể thức»). Vẫn xuất tệp?`);
}

async function deliver(file: File, name: string, how: Delivery): Promise<string> {
  if (how === 'download') {
    downloadBlob(file, name);
    return `Đã xuất tệp ${name}.`;
  }
  const outcome = await shareFile(file, name);
  if (outcome === 'downloaded') return `Đã tải tệp ${name} về máy. ${SHARE_HINT}`;
  return outcome === 'shared' ? `Đã chia sẻ tệp ${name}.` : `Đã hủy chia sẻ; tệp ${name} vẫn có thể xuất lại bất cứ lúc nào.`;
}

async function snapshotBeforeExport(source: ExportSource): Promise<string | null> {
  try {
    const storage = await appStorage.ready();
    await storage.revisions.snapshot(await source.storedId(), 'export');
    return null;
  } catch (e) {
    return errorMessage(e);
  }
}

/** Resolves to true once the file went out (downloaded, shared or the share cancelled). */
export async function exportDocument(source: ExportSource, how: Delivery): Promise<boolean> {
  try {
    const errors = source.errorCount ?? (await countErrors(source.vanBan));
    if (!confirmErrors(errors)) return false;
  } catch (e) {
    notices.fail(`Không kiểm tra được thể thức trước khi xuất: ${errorMessage(e)}`);
    return false;
  }
  // The revision is written while the file is made: the user waits for the file, not for both.
  const kept = snapshotBeforeExport(source);
  let said: string;
  try {
    const { file, name } = await buildDocx(source.vanBan);
    said = await deliver(file, name, how);
  } catch (e) {
    await kept;
    notices.fail(`Không tạo được tệp .docx: ${errorMessage(e)}`);
    return false;
  }
  const notKept = await kept;
  if (notKept === null) notices.say(said);
  else notices.fail(`${said} Nhưng chưa ghi được bản lưu lịch sử lúc xuất: ${notKept}`);
  return true;
}
