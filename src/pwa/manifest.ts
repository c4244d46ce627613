// The web app manifest, kept beside the service-worker code it belongs with; vite.config.ts hands it
// to vite-plugin-pwa, which writes manifest.webmanifest and links it from index.html.
import type { ManifestOptions } from 'vite-plugin-pwa';

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
  icons: [
    { src: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
};
