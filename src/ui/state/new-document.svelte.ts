// Creating a document from the "new document" screen, then opening it.
import { BLANK, findTemplate } from '../new/choices.ts';
import type { LoaiVanBan } from '../../core/decree/document-types.ts';
import { appStorage } from './app-storage.svelte.ts';
import { notices } from './notices.svelte.ts';
import { write } from './pending-writes.ts';
import { router } from './router.svelte.ts';

/**
 * A new draft of `loai` from template `mauId` (or blank), pre-filled from the default profile;
 * `tenLoai` is the printed name of a "khac" document (the schema makes it NFC, one line).
 */
export async function createDocument(loai: LoaiVanBan, mauId: string, tenLoai = ''): Promise<boolean> {
  const record = await write('Không tạo được văn bản', async () => {
    const storage = await appStorage.ready();
    const profileId = (await storage.profiles.getDefault())?.id;
    const options = profileId ? { profileId } : {};
    const mau = mauId === BLANK ? undefined : findTemplate(mauId);
    if (mauId !== BLANK && !mau) throw new Error('không có mẫu này');
    const named = loai === 'khac' ? { tenLoai } : {};
    return mau ? storage.documents.createFromTemplate({ ...mau.tao(new Date()), ...named }, options) : storage.documents.createBlank(loai, { ...options, ...named });
  });
  if (!record) return false;
  notices.say('Đã tạo văn bản mới và lưu trên máy này.');
  router.go({ name: 'editor', id: record.id });
  return true;
}
