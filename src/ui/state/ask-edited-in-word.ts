// Asks which draft to open when one of our own .docx files was edited in Word since its export
// (openFile's `editedInWord`). Mounted for the one question and gone after it, from the open-file
// chunk: the first screens carry nothing of it.
import { mount, unmount } from 'svelte';
import EditedInWordDialog, { type EditedInWordChoice } from '../common/EditedInWordDialog.svelte';

/** 'word' or 'app' as the user chose, or null when they cancelled (nothing is to be opened). */
export function askEditedInWord(fileName: string): Promise<EditedInWordChoice | null> {
  return new Promise((resolve) => {
    const target = document.body.appendChild(document.createElement('div'));
    let dialog: ReturnType<typeof mount> | undefined;
    const done = (choice: EditedInWordChoice | null) => {
      resolve(choice);
      // After the dialog's own close handler has run (it hands the focus back).
      queueMicrotask(() => {
        if (dialog) void unmount(dialog);
        target.remove();
      });
    };
    dialog = mount(EditedInWordDialog, {
      target,
      props: { open: true, fileName, onchoose: (c: EditedInWordChoice) => done(c), oncancel: () => done(null) },
    });
  });
}
