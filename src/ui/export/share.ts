// "Chia sẻ": the system share sheet when it takes the file, a download otherwise. Android Chrome
// refuses .docx in the share sheet (canShare says no), so that path is the common one there.
import { downloadBlob } from './download.ts';

export type ShareOutcome = 'shared' | 'cancelled' | 'downloaded';

export async function shareFile(file: File, title: string): Promise<ShareOutcome> {
  const data: ShareData = { files: [file], title };
  if (typeof navigator.canShare === 'function' && navigator.canShare(data)) {
    try {
      await navigator.share(data);
      return 'shared';
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') return 'cancelled';
      // NotAllowedError and the like: the file is still wanted, so fall back to a download.
    }
  }
  downloadBlob(file, file.name);
  return 'downloaded';
}

export const SHARE_HINT =
  'Máy này không gửi thẳng được tệp .docx qua bảng chia sẻ, nên tệp đã được tải về máy (thư mục Tải xuống). ' +
  'Để gửi: mở Zalo, chọn người nhận, bấm biểu tượng đính kèm (kẹp giấy) rồi chọn tệp; hoặc đính kèm tệp vào thư điện tử.';
