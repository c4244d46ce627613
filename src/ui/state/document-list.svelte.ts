// The document list (or the trash): filters, the pages loaded so far, and live subscriptions to
// them, so a write in any tab shows here at once. "Xem thêm" adds a page rather than growing one
// query, because storage pages hold at most 200 and an office keeps thousands.
import { untrack } from 'svelte';
import type { Storage, SearchPage } from '../../storage/index.ts';
import { NO_FILTERS, hasFilters, toQuery, uniqueById, type ListFilters } from '../list/list-filters.ts';
import { errorMessage } from './notices.svelte.ts';

export const PAGE_SIZE = 30;

export class DocumentList {
  filters = $state<ListFilters>({ ...NO_FILTERS });
  pageCount = $state(1);
  // Raw: pages are replaced whole, and thousands of rows need no deep proxies.
  pages = $state.raw<(SearchPage | undefined)[]>([]);
  years = $state<number[]>([]);
  /** Exact count for a broad search whose page left `total` null. */
  counted = $state<number | null>(null);
  error = $state('');

  readonly items = $derived(uniqueById(this.pages.flatMap((p) => p?.items ?? [])));
  readonly loaded = $derived(this.pages[0] !== undefined);
  readonly hasMore = $derived(this.pages.at(-1)?.hasMore ?? false);
  readonly total = $derived(this.pages[0]?.total ?? this.counted);
  readonly filtered = $derived(hasFilters(this.filters));

  constructor(readonly trash: boolean) {}

  /**
   * Subscribe to every loaded page of the current filters; call inside an $effect so a change of
   * filters or page count re-subscribes. Returns the cleanup.
   */
  watch(storage: Storage): () => void {
    const filters = { ...this.filters };
    const count = this.pageCount;
    // Only filters and page count drive the subscription; what it writes must not re-trigger it.
    return untrack(() => this.#subscribe(storage, filters, count));
  }

  #subscribe(storage: Storage, filters: ListFilters, count: number): () => void {
    this.pages = this.pages.slice(0, count);
    this.counted = null;
    const subs = Array.from({ length: count }, (_, i) =>
      storage.watchList(this.#pageQuery(filters, i)).subscribe({
        next: (page) => {
          this.error = '';
          const next = [...this.pages];
          next[i] = page;
          this.pages = next;
          if (i === 0) this.#refreshSide(storage, filters, page);
        },
        error: (e: unknown) => {
          this.error = `Không đọc được danh sách văn bản: ${errorMessage(e)}`;
        },
      }),
    );
    return () => subs.forEach((s) => s.unsubscribe());
  }

  /**
   * The first page, read ahead of the screen: the start-up reads it together with the settings, so
   * that a returning user's first frame of the list has its rows (the subscription's own first read
   * came a render later: about 100 ms at 4×). A failed read is said by the subscription, which makes
   * the same read.
   */
  readFirstPage(storage: Storage): Promise<SearchPage | undefined> {
    return storage.readList(this.#pageQuery(this.filters, 0)).catch(() => undefined);
  }

  /** Rows for the screen's first frame, unless it has its own; the subscription's read replaces them. */
  seed(page: SearchPage | undefined): void {
    if (page && this.pages[0] === undefined) this.pages = [page];
  }

  #pageQuery(filters: ListFilters, page: number) {
    return toQuery(filters, { offset: page * PAGE_SIZE, limit: PAGE_SIZE }, this.trash);
  }

  setFilters(next: Partial<ListFilters>): void {
    this.filters = { ...this.filters, ...next };
    // The rows of the previous filters stay until the new ones arrive: no flash while typing.
    this.pageCount = 1;
  }

  clearFilters(): void {
    this.setFilters({ ...NO_FILTERS });
  }

  more(): void {
    if (this.hasMore) this.pageCount += 1;
  }

  /** Years for the filter and, for a broad search, the exact count: not needed for the first paint. */
  #refreshSide(storage: Storage, filters: ListFilters, page: SearchPage): void {
    void storage.documents.years().then(
      (y) => (this.years = y),
      () => undefined,
    );
    if (page.total === null) {
      void storage.documents.count(toQuery(filters, { offset: 0, limit: 1 }, this.trash)).then(
        (n) => (this.counted = n),
        () => undefined,
      );
    }
  }
}

export const documentList = new DocumentList(false);
export const trashList = new DocumentList(true);
