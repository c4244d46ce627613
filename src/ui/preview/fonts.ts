// Tinos is fetched only once some text in it is laid out. The browser's own print from the "Soạn"
// tab draws the preview in the same task as the print, too late to fetch a font, so the editor
// loads the faces the preview uses as soon as it opens (they are precached: no network).
const FACES = ['12pt Tinos', 'bold 12pt Tinos', 'italic 12pt Tinos', 'italic bold 12pt Tinos'];
/** Letters of both subsets (latin and vietnamese), so each face loads both files. */
const SAMPLE = 'Aa Ăă Đđ Ơơ Ưư Ộộ';

export function loadPreviewFonts(): Promise<unknown> {
  return Promise.all(FACES.map((f) => document.fonts.load(f, SAMPLE)));
}
