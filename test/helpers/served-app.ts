// The lifecycle most browser tests share: serve a build on 127.0.0.1, open the app in a fresh
// Chromium profile, and close both after the file's tests. Call it inside a describe block.
import { afterAll, beforeAll } from 'vitest';
import { openApp, type AppBrowser, type LaunchOptions } from './browser.ts';
import { serveDir, type Served } from './serve.ts';

export interface ServedApp {
  readonly server: Served;
  readonly b: AppBrowser;
}

export function useServedApp(dir: string, opts: LaunchOptions = {}): ServedApp {
  let server: Served | undefined;
  let b: AppBrowser | undefined;
  beforeAll(async () => {
    server = await serveDir(dir);
    b = await openApp(server.origin, opts);
  });
  afterAll(async () => {
    await b?.dispose();
    await server?.close();
  });
  return {
    get server() {
      if (!server) throw new Error('the server is not up yet (use it inside a test)');
      return server;
    },
    get b() {
      if (!b) throw new Error('the browser is not open yet (use it inside a test)');
      return b;
    },
  };
}
