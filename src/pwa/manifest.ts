// The web app manifest, kept beside the service-worker code it belongs with; vite.config.ts hands it
// to vite-plugin-pwa, which writes manifest.webmanifest and links it from index.html.
import type { ManifestOptions } from 'vite-plugin-pwa';
import { SHARE_ACTION, SHARE_FIELD } from './share-target.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Brand colours; index.html's theme-color meta repeats THEME_COLOR (no script may set it). */
export const THEME_COLOR = '#9b1c1c';
export const BACKGROUND_COLOR = '#ffffff';

export const webManifest: Partial<ManifestOptions> = {
  id: '/',
  name: 'Soạn văn bản',
  short_name: 'Soạn văn bản',
  description:
    'Soạn văn bản hành chính theo Nghị định 30/2020/NĐ-CP và xuất tệp .docx — dùng được cả khi không có mạng.',
  lang: 'vi',
  dir: 'ltr',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  orientation: 'any',
  theme_color: THEME_COLOR,
  background_color: BACKGROUND_COLOR,
  categories: ['productivity', 'business'],
  // Desktop Chrome and Edge, installed: "Open with Soạn văn bản" on a Word file; the page takes it from
  // window.launchQueue (src/ui/state/launch-files.ts).
  file_handlers: [{ action: '/', accept: { [DOCX]: ['.docx'] } }],
  // Android, installed: Soạn văn bản in the share sheet for a Word or text file (Zalo, Gmail, Files);
  // the service worker takes the POST, offline too (src/pwa/share-target.ts).
  share_target: {
    action: SHARE_ACTION,
    method: 'POST',
    enctype: 'multipart/form-data',
    params: { files: [{ name: SHARE_FIELD, accept: [DOCX, '.docx', 'text/plain', '.txt'] }] },
  },
  icons: [
    { src: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
};
