// A document turned into positioned, styled lines: what both the .docx writer and the A4 preview
// draw. Everything the decree decides about the page is decided in the plan-* modules, from the
// figures in layout.ts; this one puts the parts together.
import type { VanBan } from '../core/model/van-ban.ts';
import { HEADER_COLUMNS, SIZES } from './layout.ts';
import { canCu, kinhGui, loiBanHanhLine, noiDung, tenLoaiTrichYeu, thamQuyen } from './plan-body.ts';
import { headerLeft, headerRight, headerSecondRow } from './plan-header.ts';
import { planKemTheo } from './plan-kem-theo.ts';
import { noiNhanBlock, signature, twoSigners } from './plan-signature.ts';
import { numberNotes } from './plan-notes.ts';
import type { DocumentPlan } from './plan-types.ts';

export type * from './plan-types.ts';

export function planDocument(v: VanBan): DocumentPlan {
  const s = SIZES[v.coChu];
  const plan: DocumentPlan = {
    header: {
      columns: HEADER_COLUMNS,
      rows: [
        { cells: [headerLeft(v, s), headerRight(s)], cantSplit: true },
        { cells: headerSecondRow(v, s), cantSplit: true },
      ],
    },
    main: [...tenLoaiTrichYeu(v, s), ...thamQuyen(v, s), ...kinhGui(v, s), ...canCu(v, s), ...loiBanHanhLine(v, s), ...noiDung(v, s)],
    signature: signature(v, s),
    after: twoSigners(v) ? noiNhanBlock(v, s) : [],
    kemTheo: planKemTheo(v, s),
    pageNumberSizePt: s.pageNumber,
  };
  numberNotes(plan);
  return plan;
}
