import { describe, expect, it } from 'vitest';
import { sizeText } from '../../../src/ui/common/size-text.ts';

describe('sizes for people', () => {
  it('in KB, MB or GB, with a decimal comma', () => {
    expect(sizeText(0)).toBe('0 KB');
    expect(sizeText(350 * 1024 + 300)).toBe('350 KB');
    expect(sizeText(1.25 * 1024 * 1024)).toBe('1,3 MB');
    expect(sizeText(250 * 1024 * 1024)).toBe('250 MB');
    expect(sizeText(2.5 * 1024 ** 3)).toBe('2,5 GB');
  });
});
