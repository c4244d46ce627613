// Import of a body-only paste (the editor's outline): one block per line, level from its marker.
import { khoiSchema, type Khoi } from '../model/van-ban.ts';
import { splitParagraph } from './limits.ts';
import { splitMarker } from './marker.ts';
import { textLines } from './text-lines.ts';

export function importBody(text: string): Khoi[] {
  return textLines(text).flatMap((line) => {
    const { capDo, text: t } = splitMarker(line);
    // An over-long paragraph continues as plain paragraphs rather than failing the paste.
    return splitParagraph(t).map((piece, i) => khoiSchema.parse({ capDo: i === 0 ? capDo : 'doan', text: piece }));
  });
}
