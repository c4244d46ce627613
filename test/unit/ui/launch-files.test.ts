// "Open with Soạn văn bản": the launchQueue consumer opens each launched file in turn, says a file it
// cannot read, and does nothing where the browser has no launch queue.
import { describe, expect, it } from 'vitest';
import { consumeLaunches, type LaunchParams, type LaunchQueue } from '../../../src/ui/state/launch-files.ts';
import type { IncomingFile } from '../../../src/ui/state/open-file.ts';

/** A launch queue as the browser keeps it: the consumer, once set, is called for each launch. */
function fakeQueue() {
  let consumer: ((params: LaunchParams) => unknown) | null = null;
  const queue: LaunchQueue = { setConsumer: (c) => (consumer = c) };
  return { queue, launch: (params: LaunchParams) => consumer?.(params), isSet: () => consumer !== null };
}

const file = (name: string): IncomingFile => ({ name, arrayBuffer: () => Promise.resolve(new TextEncoder().encode(name).buffer) });
const handle = (f: IncomingFile) => ({ getFile: () => Promise.resolve(f) });

describe('consumeLaunches', () => {
  it('opens every launched file, in order, one after the other, launch after launch', async () => {
    const { queue, launch, isSet } = fakeQueue();
    const opened: string[] = [];
    let running = 0;
    const runs = consumeLaunches(
      queue,
      async (f) => {
        running += 1;
        expect(running).toBe(1);
        await new Promise((r) => setTimeout(r, 5));
        opened.push(f.name);
        running -= 1;
      },
      () => expect.unreachable(),
    );
    expect(isSet()).toBe(true);
    launch({ files: [handle(file('bao-cao.docx')), handle(file('ke-hoach.docx'))] });
    launch({ files: [handle(file('to-trinh.docx'))] });
    await Promise.all(runs!);
    expect(runs).toHaveLength(2);
    expect(opened).toEqual(['bao-cao.docx', 'ke-hoach.docx', 'to-trinh.docx']);
  });

  it('a file the launch cannot hand over is said, and the others still open', async () => {
    const { queue, launch } = fakeQueue();
    const opened: string[] = [];
    const said: string[] = [];
    const runs = consumeLaunches(queue, async (f) => void opened.push(f.name), (m) => said.push(m));
    launch({ files: [{ getFile: () => Promise.reject(new Error('NotAllowedError: quyền đọc bị thu hồi')) }, handle(file('bao-cao.docx'))] });
    await Promise.all(runs!);
    expect(said).toEqual(['Không đọc được tệp được mở bằng ứng dụng: NotAllowedError: quyền đọc bị thu hồi']);
    expect(opened).toEqual(['bao-cao.docx']);
  });

  it('a launch with no file (the app started from its icon) opens nothing', async () => {
    const { queue, launch } = fakeQueue();
    const opened: string[] = [];
    const runs = consumeLaunches(queue, async (f) => void opened.push(f.name), () => expect.unreachable());
    launch({ files: [] });
    await Promise.all(runs!);
    expect(opened).toEqual([]);
  });

  it('without a launch queue (Firefox, Safari, Android) it does nothing', () => {
    expect(consumeLaunches(undefined, () => expect.unreachable(), () => expect.unreachable())).toBeNull();
  });
});
