// The import: a whole document or a body-only paste (into the outline), from plain text or from the
// lines and tables any reader hands the classifier.
export { importItems, importVanBan, type ImportOptions, type ImportResult } from './import-van-ban.ts';
export { importBody, importBodyItems } from './import-body.ts';
export { htmlItems } from './html-items.ts';
export { ImportLimitError } from './limits.ts';
export type { BangNhap, MucNhap, ONhap } from './nguon.ts';
export { splitMarker, type DongDanhDau } from './marker.ts';
