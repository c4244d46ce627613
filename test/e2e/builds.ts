// Where global-setup.ts puts the two builds the e2e tests serve: the "installed" version and the
// "newly published" one that differs only in its version string.
import { resolve } from 'node:path';
import { REPO } from '../helpers/build.ts';

const root = resolve(REPO, 'test-results/e2e');
export const BUILD_1 = { dir: resolve(root, 'build-1'), version: '0.1.0-e2e.1' };
export const BUILD_2 = { dir: resolve(root, 'build-2'), version: '0.1.0-e2e.2' };
