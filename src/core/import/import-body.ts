// Import of a body-only paste (the editor's outline): one block per line, level from its marker;
// data tables as table blocks.
import { khoiSchema, type Khoi } from '../model/van-ban.ts';
import { gatherTables } from './bang.ts';
import { splitParagraph } from './limits.ts';
import { splitMarker } from './marker.ts';
import type { MucNhap } from './nguon.ts';
import { cleanItems, textItems } from './text-lines.ts';

/** Body blocks of lines and tables, as any reader hands them. */
export function importBodyItems(items: readonly MucNhap[]): Khoi[] {
  return gatherTables(cleanItems(items)).flatMap((item): Khoi[] => {
    if (typeof item !== 'string') return [item];
    const { capDo, text: t } = splitMarker(item);
    // An over-long paragraph continues as plain paragraphs rather than failing the paste.
    return splitParagraph(t).map((piece, i) => khoiSchema.parse({ capDo: i === 0 ? capDo : 'doan', text: piece }));
  });
}

export function importBody(text: string): Khoi[] {
  return importBodyItems(textItems(text));
}
