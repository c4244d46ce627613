// The two real-shaped fixtures break no rule the decree states. Their warnings are listed so that
// a change in what the checker says about them is a decision, not an accident.
import { describe, expect, it } from 'vitest';
import { checkVanBan } from '../../../src/core/checker/index.ts';
import { fixtureVanBan } from '../../helpers/fixture-documents.ts';

const summary = (name: Parameters<typeof fixtureVanBan>[0]) => checkVanBan(fixtureVanBan(name)).map((f) => `${f.severity} ${f.ruleId} ${f.path.join('.')}`);

describe('fixtures', () => {
  it('bao-cao-133-BC-UBND: no error; warns about "Như Kính gửi", the capital P of the trích yếu and "nhân dân"', () => {
    expect(summary('bao-cao-133-BC-UBND')).toEqual([
      'warning trich-yeu.viet-hoa-giua trichYeu',
      'warning viet-hoa.nhan-dan noiDung.5.text',
      'warning viet-hoa.nhan-dan noiDung.17.text',
      'warning viet-hoa.nhan-dan noiDung.23.text',
      'warning noi-nhan.nhu-kinh-gui noiNhan.0',
    ]);
  });

  it('ke-hoach-13-KH-UBND: no error; warns about "nhân dân"', () => {
    expect(summary('ke-hoach-13-KH-UBND')).toEqual(['warning viet-hoa.nhan-dan noiDung.3.text']);
  });
});
