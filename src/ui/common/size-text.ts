// Sizes as a Vietnamese reader expects them: "350 KB", "1,2 MB", "2,5 GB" (decimal comma).

const UNITS = ['KB', 'MB', 'GB'] as const;

export function sizeText(bytes: number): string {
  let n = bytes / 1024;
  let unit = 0;
  while (n >= 1024 && unit < UNITS.length - 1) {
    n /= 1024;
    unit++;
  }
  // Whole kilobytes; one decimal above, where a tenth still means something.
  const digits = unit === 0 || n >= 100 ? 0 : 1;
  return `${n.toLocaleString('vi-VN', { maximumFractionDigits: digits })} ${UNITS[unit]}`;
}
