// The fixtures as documents, read by the app's own plain-text import.
import { importVanBan } from '../../src/core/import/index.ts';
import type { VanBan } from '../../src/core/model/van-ban.ts';
import { fixtureText, type FixtureName } from './fixtures.ts';

export function fixtureVanBan(name: FixtureName): VanBan {
  return importVanBan(fixtureText(name)).vanBan;
}
