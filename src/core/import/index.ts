// Plain-text import: a whole pasted document, or a body-only paste into the outline.
export { importVanBan, type ImportOptions, type ImportResult } from './import-van-ban.ts';
export { importBody } from './import-body.ts';
export { splitMarker, type DongDanhDau } from './marker.ts';
