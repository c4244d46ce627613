// Chromium would install it (file handlers and share target declared); the manifest says what the issues ask; the CSP holds in the built page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SKIP_E2E } from '../helpers/browser.ts';
import { useServedApp } from '../helpers/served-app.ts';
import { BUILD_1 } from './builds.ts';

describe.skipIf(SKIP_E2E)('installable and locked down', () => {
  const app = useServedApp(BUILD_1.dir);

  it('Chromium reports no installability errors', async () => {
    const cdp = await app.b.cdp();
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: { errorId: string }[];
    };
    expect(installabilityErrors).toEqual([]);
    // Chromium itself offered the install, so our button is there.
    await app.b.page.getByRole('button', { name: 'Cài đặt ứng dụng' }).waitFor();
  });

  it('serves a Vietnamese manifest with the three icons, each a real PNG of its size', async () => {
    const manifest = (await app.b.page.evaluate(async () => (await fetch('/manifest.webmanifest')).json())) as {
      name: string;
      short_name: string;
      lang: string;
      display: string;
      start_url: string;
      scope: string;
      theme_color: string;
      background_color: string;
      description: string;
      icons: { src: string; sizes: string; purpose: string }[];
      file_handlers: { action: string; accept: Record<string, string[]> }[];
      share_target: { action: string; method: string; enctype: string; params: { files: { name: string; accept: string[] }[] } };
    };
    expect(manifest).toMatchObject({ name: 'Soạn văn bản', lang: 'vi', display: 'standalone', start_url: '/', scope: '/' });
    expect(manifest.short_name.length).toBeLessThanOrEqual(12);
    expect(manifest.description).toMatch(/Nghị định 30\/2020/);
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
    expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/);
    const icons = manifest.icons.map((i) => `${i.sizes} ${i.purpose}`).sort();
    expect(icons).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
    // "Open with" for Word files (desktop), and the Android share sheet for Word and text files (issue 11).
    expect(manifest.file_handlers).toEqual([{ action: '/', accept: { 'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['.docx'] } }]);
    expect(manifest.share_target).toMatchObject({ action: '/chia-se', method: 'POST', enctype: 'multipart/form-data' });
    expect(manifest.share_target.params.files).toEqual([{ name: 'tep', accept: expect.arrayContaining(['.docx', '.txt', 'text/plain']) }]);
    for (const icon of manifest.icons) {
      const png = readFileSync(join(BUILD_1.dir, icon.src));
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      const [w, h] = icon.sizes.split('x').map(Number);
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([w, h]);
    }
  });

  it('the built page carries the strict CSP and no inline script', () => {
    const html = readFileSync(join(BUILD_1.dir, 'index.html'), 'utf8');
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("worker-src 'self'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
    // The CSP meta must come before the first script for it to apply to it.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/\bsrc="\/assets\//);
      expect(body!.trim()).toBe('');
    }
  });

  it('the browser enforces it: an injected inline script does not run, and fetches elsewhere are refused', async () => {
    const result = await app.b.page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
      const s = document.createElement('script');
      s.textContent = 'window.__inlineRan = true';
      document.head.append(s);
      let fetched = 'blocked';
      try {
        // A loopback address on a port nobody listens on: nothing leaves the machine even if CSP failed.
        await fetch('http://127.0.0.2:9/');
        fetched = 'fetched';
      } catch {
        // refused by connect-src (reported below) — what we want
      }
      await new Promise((r) => setTimeout(r, 100));
      return { inlineRan: (window as { __inlineRan?: boolean }).__inlineRan === true, fetched, violations };
    });
    expect(result.inlineRan).toBe(false);
    expect(result.fetched).toBe('blocked');
    expect(result.violations).toEqual(expect.arrayContaining(['script-src-elem', 'connect-src']));
    // Refused before it was sent: the recorder never saw it.
    expect(app.b.recorder.foreign(app.server.origin)).toEqual([]);
  });
});
