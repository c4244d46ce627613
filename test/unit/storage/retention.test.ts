import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REVISION_REASONS, type RevisionReason } from '../../../src/storage/records.ts';
import { RETENTION, revisionsToDrop, type Dated } from '../../../src/storage/retention.ts';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
/** Midnight UTC, so hour and day buckets start where the test expects them to. */
const NOW = Date.UTC(2024, 5, 10);

const rev = (id: string, ageMs: number, reason: RevisionReason = 'edit'): Dated => ({ id, at: NOW - ageMs, reason });
const kept = (revs: Dated[], now = NOW) => {
  const drop = new Set(revisionsToDrop(revs, now));
  return revs.filter((r) => !drop.has(r.id)).map((r) => r.id);
};

describe('revision retention', () => {
  it('keeps every revision of the last hour', () => {
    const revs = Array.from({ length: 59 }, (_, i) => rev(`m${i}`, (i + 1) * MIN));
    expect(kept(revs)).toHaveLength(59);
  });

  it('keeps the newest of each hour for a day, of each day for 30 days, then of each 30 days', () => {
    const revs = [
      // Within the day: two in the hour 21:00–22:00 UTC of yesterday (ages 2–3 h).
      rev('h3-new', 2 * HOUR + 10 * MIN),
      rev('h3-old', 2 * HOUR + 40 * MIN),
      rev('h5', 4 * HOUR + 30 * MIN),
      // Within the month: three on the day before yesterday (ages 2–3 days), one nine days back.
      rev('d3-new', 2 * DAY + 2 * HOUR),
      rev('d3-mid', 2 * DAY + 6 * HOUR),
      rev('d3-old', 2 * DAY + 20 * HOUR),
      rev('d10', 9 * DAY + 1 * HOUR),
      // Older: two in one 30-day period.
      rev('m-new', 100 * DAY),
      rev('m-old', 100 * DAY + HOUR),
    ];
    expect(kept(revs)).toEqual(['h3-new', 'h5', 'd3-new', 'd10', 'm-new']);
  });

  it('keeps every revision taken before an export, import or restore for 30 days; after that they thin like the rest', () => {
    const at = (m: number) => 2 * HOUR + m * MIN; // all in one hour, 21:xx UTC yesterday
    const revs = [rev('e1', at(10), 'export'), rev('e2', at(11), 'import'), rev('e3', at(12), 'restore'), rev('a1', at(13)), rev('a2', at(14))];
    // The automatic ones share the hour: the newest of them stays.
    expect(kept(revs)).toEqual(['e1', 'e2', 'e3', 'a1']);
    const old = [rev('x1', 40 * DAY, 'export'), rev('x2', 40 * DAY + HOUR, 'export')];
    expect(kept(old)).toEqual(['x1']);
  });

  it(`keeps at most ${RETENTION.maxPerDocument} per document, dropping the oldest automatic ones first`, () => {
    const exports = Array.from({ length: 30 }, (_, i) => rev(`e${i}`, 2 * DAY + i * MIN, 'export'));
    const edits = Array.from({ length: 90 }, (_, i) => rev(`a${i}`, i * 30_000)); // the last 45 minutes
    const left = kept([...edits, ...exports]);
    expect(left).toHaveLength(RETENTION.maxPerDocument);
    // 20 too many: the 20 oldest edits go, every export stays.
    expect(left.filter((id) => id.startsWith('e'))).toHaveLength(30);
    expect(left).not.toContain('a89');
    expect(left).not.toContain('a70');
    expect(left).toContain('a69');
    // Nothing but exports over the cap: the oldest exports go.
    const many = Array.from({ length: RETENTION.maxPerDocument + 3 }, (_, i) => rev(`x${i}`, i * MIN, 'export'));
    expect(kept(many)).toEqual(many.slice(0, RETENTION.maxPerDocument).map((r) => r.id));
  });

  it('never keeps more than the cap, never drops the newest, only drops what it was given, and a second pass drops nothing', () => {
    const revision = fc.record({
      age: fc.integer({ min: 0, max: 400 * DAY }),
      reason: fc.constantFrom(...REVISION_REASONS),
    });
    fc.assert(
      fc.property(fc.array(revision, { maxLength: 300 }), (spec) => {
        const revs = spec.map((s, i) => rev(`r${i}`, s.age, s.reason));
        const drop = revisionsToDrop(revs, NOW);
        const ids = new Set(revs.map((r) => r.id));
        expect(drop.every((id) => ids.has(id))).toBe(true);
        expect(new Set(drop).size).toBe(drop.length);
        const left = revs.filter((r) => !drop.includes(r.id));
        expect(left.length).toBeLessThanOrEqual(RETENTION.maxPerDocument);
        if (revs.length > 0) {
          const newest = revs.reduce((a, b) => (b.at > a.at ? b : a));
          expect(left.some((r) => r.at === newest.at)).toBe(true);
        }
        expect(revisionsToDrop(left, NOW)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
