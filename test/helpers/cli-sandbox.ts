// For command-line tests: a fresh temp folder per test, files written into it, and the lines the
// command printed to stdout and stderr. Call it at the top of a test file.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach } from 'vitest';

export interface CliSandbox {
  dir: string;
  out: string[];
  err: string[];
  io: { out: (line: string) => void; err: (line: string) => void };
  file(name: string, content: string | Uint8Array): string;
}

export function cliSandbox(prefix: string): CliSandbox {
  const s: CliSandbox = {
    dir: '',
    out: [],
    err: [],
    io: { out: (l) => s.out.push(l), err: (l) => s.err.push(l) },
    file(name, content) {
      const p = join(s.dir, name);
      writeFileSync(p, content);
      return p;
    },
  };
  beforeEach(() => {
    s.dir = mkdtempSync(join(tmpdir(), prefix));
    s.out = [];
    s.err = [];
  });
  return s;
}
