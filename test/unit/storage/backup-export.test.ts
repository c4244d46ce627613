// The backup's export side: "Kèm lịch sử phiên bản" and the warning when a file is more than the
// import takes, which names an option that exists.
import { describe, expect, it } from 'vitest';
import { BACKUP_APP, BACKUP_FORMAT_VERSION, BACKUP_LIMITS, type BackupFile } from '../../../src/storage/backup-format.ts';
import { tooBigWarning } from '../../../src/storage/backup.ts';
import { testStorage, vanBan } from './helpers.ts';

const file = (parts: Partial<BackupFile> = {}): BackupFile => ({
  app: BACKUP_APP,
  format: BACKUP_FORMAT_VERSION,
  exportedAt: '2024-03-15T08:00:00.000Z',
  documents: [],
  profiles: [],
  settings: [],
  ...parts,
});

describe('backup export', () => {
  it('carries the kept versions only when asked, and counts them', async () => {
    const { storage: s, clock } = await testStorage();
    const d = await s.documents.createFromTemplate(vanBan({ trichYeu: 'Một' }));
    await s.revisions.snapshot(d.id, 'export');
    clock.advance(1000);
    await s.documents.save(d.id, vanBan({ trichYeu: 'Một, sửa' }), d.rev);
    const plain = await s.exportBackup();
    expect(JSON.parse(plain.text)).not.toHaveProperty('revisions');
    expect(plain.counts.revisions).toBe(0);
    const withHistory = await s.exportBackup({ includeRevisions: true });
    expect(JSON.parse(withHistory.text).revisions.map((r: { vanBan: { trichYeu: string } }) => r.vanBan.trichYeu)).toEqual(['Một']);
    expect(withHistory.counts.revisions).toBe(1);
    expect(withHistory.bytes).toBeGreaterThan(plain.bytes);
  });

  it('warns when the file is more than a restore takes, pointing at the option that exists', () => {
    expect(tooBigWarning(1000, file())).toBeNull();
    const big = BACKUP_LIMITS.fileBytes + 1;
    expect(tooBigWarning(big, file({ revisions: [] }))).toBe(
      'Tệp sao lưu này lớn hơn mức ứng dụng nhận khi khôi phục. Hãy sao lưu lại mà không chọn «Kèm lịch sử phiên bản», hoặc xóa hẳn các văn bản trong thùng rác rồi sao lưu lại.',
    );
    // Without history, it does not tell the user to leave out what is not in the file.
    expect(tooBigWarning(big, file())).toBe('Tệp sao lưu này lớn hơn mức ứng dụng nhận khi khôi phục. Hãy xóa hẳn các văn bản trong thùng rác rồi sao lưu lại.');
    // Too many versions is too big as well: the import refuses that file too.
    const revisions = { length: BACKUP_LIMITS.revisions + 1 } as unknown as NonNullable<BackupFile['revisions']>;
    expect(tooBigWarning(1000, file({ revisions }))).toMatch(/không chọn «Kèm lịch sử phiên bản»/);
  });
});
