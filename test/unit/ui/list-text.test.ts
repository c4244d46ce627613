import { describe, expect, it } from 'vitest';
import { countText, hasFilters, NO_FILTERS, toQuery, uniqueById } from '../../../src/ui/list/list-filters.ts';
import { editedText, issueDateText, numberText, statusText, summaryText, typeName } from '../../../src/ui/list/row-text.ts';

describe('row text', () => {
  it('names the type and the number with its symbol, or says the number is still to come', () => {
    expect(typeName({ loai: 'bao-cao' })).toBe('Báo cáo');
    expect(numberText({ loai: 'bao-cao', so: '133', maCoQuan: 'UBND' })).toBe('Số 133/BC-UBND');
    expect(numberText({ loai: 'bao-cao', so: '5', maCoQuan: 'UBND' })).toBe('Số 05/BC-UBND');
    expect(numberText({ loai: 'bao-cao', so: '', maCoQuan: 'UBND' })).toBe('Chưa có số (…/BC-UBND)');
    expect(numberText({ loai: 'cong-van', so: '12', maCoQuan: 'UBND' })).toBe('Số 12/UBND');
    expect(numberText({ loai: 'cong-van', so: '', maCoQuan: '' })).toBe('Chưa có số');
  });

  it('gives the issue date as far as it is known', () => {
    expect(issueDateText({ ngay: 11, thang: 12, nam: 2023 })).toBe('11/12/2023');
    expect(issueDateText({ ngay: null, thang: 3, nam: 2024 })).toBe('tháng 03/2024');
    expect(issueDateText({ ngay: null, thang: null, nam: 2024 })).toBe('năm 2024');
  });

  it('says when a document was last edited, relative to today', () => {
    const now = new Date(2024, 2, 15, 16, 0);
    expect(editedText(new Date(2024, 2, 15, 9, 5).getTime(), now)).toBe('Sửa lúc 09:05 hôm nay');
    expect(editedText(new Date(2024, 2, 14, 23, 59).getTime(), now)).toBe('Sửa hôm qua lúc 23:59');
    expect(editedText(new Date(2024, 1, 3, 8, 0).getTime(), now)).toBe('Sửa ngày 03/02/2024');
    expect(editedText(new Date(2024, 2, 15, 9, 5).getTime(), now, 'Xóa')).toBe('Xóa lúc 09:05 hôm nay');
    // Across a month boundary "yesterday" is still yesterday.
    expect(editedText(new Date(2024, 1, 29, 10, 0).getTime(), new Date(2024, 2, 1, 8, 0))).toBe('Sửa hôm qua lúc 10:00');
  });

  it('shows a placeholder for an empty summary and the status in words', () => {
    expect(summaryText({ trichYeu: '  ' })).toBe('(Chưa có trích yếu)');
    expect(summaryText({ trichYeu: 'Về việc A' })).toBe('Về việc A');
    expect(statusText({ status: 'draft' })).toBe('Bản nháp');
    expect(statusText({ status: 'final' })).toBe('Đã hoàn thành');
  });
});

describe('list filters', () => {
  const page = { offset: 30, limit: 30 };

  it('turns the form into a storage query, dropping unknown values', () => {
    expect(toQuery(NO_FILTERS, page)).toEqual({ offset: 30, limit: 30 });
    expect(toQuery({ text: '  bao cao ', year: '2023', loai: 'bao-cao', status: 'final' }, page, true)).toEqual({
      offset: 30,
      limit: 30,
      trash: true,
      text: 'bao cao',
      year: 2023,
      loai: 'bao-cao',
      status: 'final',
    });
    expect(toQuery({ text: '', year: 'abc', loai: 'toString', status: 'other' }, page)).toEqual({ offset: 30, limit: 30 });
  });

  it('knows whether anything narrows the list', () => {
    expect(hasFilters(NO_FILTERS)).toBe(false);
    expect(hasFilters({ ...NO_FILTERS, text: '   ' })).toBe(false);
    expect(hasFilters({ ...NO_FILTERS, status: 'draft' })).toBe(true);
  });

  it('shows a document once even when pages overlap after a write', () => {
    expect(uniqueById([{ id: 'a' }, { id: 'b' }, { id: 'a' }]).map((x) => x.id)).toEqual(['a', 'b']);
  });

  it('counts in words', () => {
    expect(countText(12, 12, false)).toBe('12 văn bản');
    expect(countText(3, 3, true)).toBe('Tìm thấy 3 văn bản');
    expect(countText(null, 30, true)).toBe('Đang hiện 30 văn bản (còn nữa)');
    expect(countText(2, 2, false, true)).toBe('2 văn bản trong thùng rác');
  });
});
