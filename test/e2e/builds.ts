// The two builds global-setup.ts made for this run: the "installed" version and the "newly published"
// one that differs only in its version string. Their directories are private to the run, so two test
// runs in one checkout never rebuild under each other's feet.
import { inject } from 'vitest';

export interface E2eBuild {
  dir: string;
  version: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    soanBuilds: { first: E2eBuild; second: E2eBuild };
  }
}

const builds = inject('soanBuilds');
export const BUILD_1: E2eBuild = builds.first;
export const BUILD_2: E2eBuild = builds.second;
