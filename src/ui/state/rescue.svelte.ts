// "Khôi phục bản chưa lưu được": what the rescue store kept since last time (text whose save was
// refused, boxes the editor could not take), offered back on the home screen. Bringing one back makes
// a new document (core fitRescued moves what does not fit into the body, dropping nothing); the exact
// text can also be downloaded as it was kept.
import type { RescueRecord } from '../../storage/index.ts';
import { downloadBlob } from '../export/download.ts';
import { appStorage } from './app-storage.svelte.ts';
import { errorMessage, notices } from './notices.svelte.ts';
import { write } from './pending-writes.ts';
import { router } from './router.svelte.ts';

export interface RescueItem {
  record: RescueRecord;
  /** The document's summary, from the kept text or, failing that, the stored document. */
  title: string;
}

function keptTitle(r: RescueRecord): string {
  const v = r.refused?.vanBan;
  const t = v && typeof v === 'object' && 'trichYeu' in v ? (v as { trichYeu: unknown }).trichYeu : null;
  return typeof t === 'string' ? t : '';
}

class RescueOffer {
  items = $state.raw<RescueItem[]>([]);
  busy = $state(false);

  async load(): Promise<void> {
    try {
      const storage = await appStorage.ready();
      const records = await storage.rescue.list();
      const docs = await Promise.all(records.map((r) => storage.documents.get(r.docId)));
      this.items = records.map((record, i) => {
        const title = (keptTitle(record) || docs[i]?.vanBan.trichYeu || '').trim();
        return { record, title: title.length > 120 ? `${title.slice(0, 117)}…` : title || '(Chưa có trích yếu)' };
      });
    } catch (e) {
      notices.fail(`Không đọc được các bản chưa lưu được đã giữ lại: ${errorMessage(e)}`);
    }
  }

  /** A new document from the kept text, opened in the editor; the kept copy goes once it is stored. */
  async restore(item: RescueItem): Promise<void> {
    this.busy = true;
    try {
      const created = await write('Chưa khôi phục được bản này (bản giữ lại vẫn còn; có thể tải về)', async () => {
        const storage = await appStorage.ready();
        const current = await storage.documents.get(item.record.docId);
        const { fitRescued } = await import('../../core/import/rescued.ts');
        const made = await storage.documents.createFromImport('', () =>
          fitRescued(item.record.refused?.vanBan ?? current?.vanBan ?? null, item.record.held ?? []),
        );
        await storage.rescue.remove(item.record.docId);
        return made;
      });
      if (!created) return;
      const notes = created.notes.length ? ` ${created.notes.join('; ')}.` : '';
      notices.say(`Đã khôi phục thành một văn bản mới (bản cũ trên máy không thay đổi).${notes}`);
      router.go({ name: 'editor', id: created.record.id });
    } finally {
      this.busy = false;
      await this.load();
    }
  }

  /** The kept record exactly as it is, as a file the user can keep or send on. */
  saveAs(item: RescueItem): void {
    const at = new Date(item.record.at);
    const p = (n: number) => String(n).padStart(2, '0');
    const name = `ban-chua-luu-duoc-${at.getFullYear()}-${p(at.getMonth() + 1)}-${p(at.getDate())}-${p(at.getHours())}${p(at.getMinutes())}.json`;
    downloadBlob(new Blob([JSON.stringify(item.record, null, 2)], { type: 'application/json' }), name);
    notices.say(`Đã tải bản giữ lại về máy: ${name}.`);
  }

  async discard(item: RescueItem): Promise<void> {
    const done = await write('Không bỏ được bản giữ lại', async () => {
      await (await appStorage.ready()).rescue.remove(item.record.docId);
      return true;
    });
    if (done) notices.say('Đã bỏ bản chưa lưu được.');
    await this.load();
  }
}

export const rescueOffer = new RescueOffer();
