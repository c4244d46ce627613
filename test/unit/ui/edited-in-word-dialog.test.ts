// The choice dialog for a .docx edited in Word since the app exported it, rendered on the server:
// both choices with the brief's words, labelled, the file's name as text (never as HTML).
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import EditedInWordDialog from '../../../src/ui/common/EditedInWordDialog.svelte';

describe('EditedInWordDialog', () => {
  it('offers both drafts, labelled, and shows the file name as text', () => {
    const { body } = render(EditedInWordDialog, { props: { fileName: 'bao-cao<b>.docx', onchoose: () => {} } });
    expect(body).toContain('Dùng nội dung đã sửa trong Word');
    expect(body).toContain('Dùng bản gốc của ứng dụng');
    expect(body).toContain('bao-cao&lt;b>.docx');
    expect(body).not.toContain('<b>');
    expect(body).toMatch(/<dialog[^>]*aria-labelledby="sua-word-title"/);
    expect(body).toContain('aria-describedby="sua-word-word"');
  });
});
