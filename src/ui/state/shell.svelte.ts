// The placeholder home screen's state until the document list (issue 5) replaces it: it opens the
// real storage, counts the documents kept on this device, creates a blank report, and exports the
// sample report through the lazily loaded .docx engine — enough for the browser tests to prove storage and export
// work offline.
import { openStorage, type Storage } from '../../storage/index.ts';

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

class ShellState {
  loaded = $state(false);
  count = $state(0);
  busy = $state(false);
  /** Announced politely (role="status"). */
  notice = $state('');
  /** Announced at once (role="alert"). */
  error = $state<string | null>(null);

  #storage: Storage | null = null;

  async load(): Promise<void> {
    try {
      this.#storage = await openStorage();
      await this.#recount();
    } catch (e) {
      this.error = `Không mở được kho văn bản trên máy này: ${message(e)}`;
    } finally {
      this.loaded = true;
    }
  }

  async createReport(): Promise<void> {
    const storage = this.#storage;
    if (!storage) return;
    await this.#run(async () => {
      await storage.documents.createBlank('bao-cao');
      await this.#recount();
      this.notice = 'Đã tạo một báo cáo mới và lưu trên máy này.';
    }, 'Không tạo được báo cáo');
  }

  async exportSample(): Promise<void> {
    await this.#run(async () => {
      // The .docx engine and the sample are chunks of their own, loaded on first use and precached
      // so this works on the first offline visit.
      const [{ exportDocx, DOCX_MIME }, { mauBaoCao }] = await Promise.all([
        import('../../export/docx-writer.ts'),
        import('../../core/samples/mau-bao-cao.ts'),
      ]);
      const bytes = await exportDocx(mauBaoCao());
      download(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: DOCX_MIME }), 'bao-cao-mau.docx');
      this.notice = 'Đã xuất tệp bao-cao-mau.docx.';
    }, 'Không xuất được tệp .docx');
  }

  async #recount(): Promise<void> {
    this.count = await this.#storage!.documents.count();
  }

  /** Resolves once no write is under way; the update flow waits on it before reloading. */
  settled(): Promise<void> {
    return this.#pending ?? Promise.resolve();
  }

  #pending: Promise<void> | null = null;

  #run(work: () => Promise<void>, failure: string): Promise<void> {
    if (this.#pending) return this.#pending;
    this.busy = true;
    this.error = null;
    this.notice = '';
    this.#pending = (async () => {
      try {
        await work();
      } catch (e) {
        this.error = `${failure}: ${message(e)}`;
      } finally {
        this.busy = false;
        this.#pending = null;
      }
    })();
    return this.#pending;
  }
}

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  // Let the download start before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const shell = new ShellState();
