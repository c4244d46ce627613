// The storage benchmark's workload, run the same way in Chromium (bundled into a page) and in node
// (fake-indexeddb): seed N documents of realistic size, then time the list's first page and searches.
import type { LoaiVanBan } from '../../src/core/decree/document-types.ts';
import type { VanBan } from '../../src/core/model/van-ban.ts';
import type { SearchQuery, Storage } from '../../src/storage/index.ts';
import { newId } from '../../src/storage/records.ts';
import { withDerived } from '../../src/storage/search-index.ts';

const ONSETS = ['b', 'c', 'ch', 'd', 'đ', 'g', 'gi', 'h', 'k', 'kh', 'l', 'm', 'n', 'ng', 'nh', 'ph', 'qu', 's', 't', 'th', 'tr', 'v', 'x'];
const RHYMES = ['a', 'à', 'á', 'ạ', 'an', 'ang', 'ành', 'ao', 'ay', 'ên', 'ình', 'iên', 'iệt', 'ôn', 'ông', 'ộng', 'ức', 'ực', 'ương', 'ưởng', 'uyên', 'ật'];
/** About 500 Vietnamese-looking syllables: a commune's vocabulary is small, as real text is. */
export const SYLLABLES = ONSETS.flatMap((o) => RHYMES.map((r) => o + r));
const LOAI: LoaiVanBan[] = ['bao-cao', 'ke-hoach', 'cong-van', 'to-trinh', 'quyet-dinh', 'thong-bao'];
const TOPICS = ['tuyên truyền pháp luật', 'phòng chống dịch bệnh', 'xây dựng nông thôn mới', 'cải cách hành chính', 'an ninh trật tự', 'Tết Trung thu', 'phòng chống thiên tai', 'chuyển đổi số'];

/** Deterministic pseudo-random numbers, so every run seeds the same documents. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function sentence(next: () => number, words: number): string {
  return Array.from({ length: words }, () => SYLLABLES[Math.floor(next() * SYLLABLES.length)]).join(' ');
}

export function variant(base: VanBan, i: number): VanBan {
  const next = rng(i + 1);
  const year = 2019 + (i % 7);
  const topic = TOPICS[i % TOPICS.length]!;
  return {
    ...base,
    loai: LOAI[i % LOAI.length]!,
    so: String(1 + (i % 300)),
    ngayBanHanh: { ngay: 1 + (i % 28), thang: 1 + (i % 12), nam: year },
    trichYeu: `Kết quả công tác ${topic} năm ${year}`,
    // The fixture's body plus a paragraph of its own, so documents differ as real ones do.
    // A dossier code shared by 20 documents gives searches a selective word, as a name would.
    noiDung: [...base.noiDung, { capDo: 'doan', text: `Hồ sơ HS-${i % 500}: ${sentence(next, 60)}` }],
  };
}

/** Seed `n` documents, newest last, in chunks (one transaction each). */
export async function seed(storage: Storage, base: VanBan, n: number, start = Date.UTC(2024, 0, 1)): Promise<void> {
  const chunk = 500;
  for (let from = 0; from < n; from += chunk) {
    const records = [];
    for (let i = from; i < Math.min(n, from + chunk); i++) {
      const t = start + i * 60_000;
      records.push(withDerived({ id: newId(), vanBan: variant(base, i), status: i % 5 === 0 ? 'final' : 'draft', createdAt: t, updatedAt: t, rev: 1 }));
    }
    await storage.db.documents.bulkPut(records);
  }
}

export interface Timed {
  name: string;
  times: number[];
  hits: number;
}

export function queries(): { name: string; query: SearchQuery }[] {
  return [
    { name: 'list: first page (20, newest first)', query: {} },
    { name: 'search "tuyen truyen" (common)', query: { text: 'tuyen truyen' } },
    { name: 'search "HS-234" (selective)', query: { text: 'HS-234' } },
    { name: 'search "ho so hs-234 tuyen truyen" (selective + broad)', query: { text: 'ho so hs-234 tuyen truyen' } },
    { name: 'search "phong chong dich" + year 2023', query: { text: 'phong chong dich', year: 2023 } },
    { name: 'search "tuyen tru" (typing, prefix)', query: { text: 'tuyen tru' } },
    { name: 'search "chuyen doi s" (typing)', query: { text: 'chuyen doi s' } },
    { name: 'search "khongcotu" (no hit)', query: { text: 'khongcotu' } },
    { name: 'search "trung thu" + 2019 + final (worst: broad criteria that rarely meet)', query: { text: 'trung thu', year: 2019, status: 'final' } },
  ];
}

export async function measure(storage: Storage, runs: number): Promise<Timed[]> {
  const out: Timed[] = [];
  for (const { name, query } of queries()) {
    let hits = 0;
    const run = () => (query.text ? storage.documents.search(query.text, query) : storage.documents.list(query));
    for (let i = 0; i < 3; i++) await run(); // warm-up
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const page = await run();
      times.push(performance.now() - t0);
      hits = page.total ?? -1;
    }
    out.push({ name, times, hits });
  }
  return out;
}
