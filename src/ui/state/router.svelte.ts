// Screens by URL hash, so the back button and a reload keep the user where they were, and the
// service worker needs no server routes: #/ list, #/thung-rac trash, #/moi new document,
// #/cai-dat organisation profile, #/bo-nho storage, #/van-ban/<id> editor, #/tep-chia-se/<key> a file
// the share sheet handed to the service worker (src/pwa/share-target.ts), being opened.
export type Route =
  | { name: 'list' }
  | { name: 'trash' }
  | { name: 'new' }
  | { name: 'setup' }
  | { name: 'storage' }
  | { name: 'editor'; id: string }
  | { name: 'shared'; key: string };

export function parseHash(hash: string): Route {
  const path = hash.replace(/^#\/?/, '');
  const [head, ...rest] = path.split('/');
  switch (head) {
    case 'thung-rac':
      return { name: 'trash' };
    case 'moi':
      return { name: 'new' };
    case 'cai-dat':
      return { name: 'setup' };
    case 'bo-nho':
      return { name: 'storage' };
    case 'van-ban':
      return rest[0] ? { name: 'editor', id: decodeURIComponent(rest[0]) } : { name: 'list' };
    case 'tep-chia-se':
      return { name: 'shared', key: decodeURIComponent(rest[0] ?? '') };
    default:
      return { name: 'list' };
  }
}

export function routeHash(r: Route): string {
  switch (r.name) {
    case 'list':
      return '#/';
    case 'trash':
      return '#/thung-rac';
    case 'new':
      return '#/moi';
    case 'setup':
      return '#/cai-dat';
    case 'storage':
      return '#/bo-nho';
    case 'editor':
      return `#/van-ban/${encodeURIComponent(r.id)}`;
    case 'shared':
      return `#/tep-chia-se/${encodeURIComponent(r.key)}`;
  }
}

/** Asked before the screen changes; false keeps the user where they are. */
export type LeaveGuard = (to: Route) => boolean | Promise<boolean>;

/** What the router keeps in each history entry: its place, to tell Back from Forward from a new entry. */
interface EntryState {
  soanIndex?: number;
}

function entryIndex(): number | undefined {
  const i = (history.state as EntryState | null)?.soanIndex;
  return typeof i === 'number' ? i : undefined;
}

/** Resolves once the browser is on history entry `i` again (or after 2 s, so that nothing waits for ever). */
function landedOn(i: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      window.removeEventListener('popstate', check);
      clearTimeout(timer);
      resolve();
    };
    const check = () => entryIndex() === i && done();
    const timer = setTimeout(done, 2_000);
    window.addEventListener('popstate', check);
  });
}

class Router {
  route = $state<Route>(parseHash(typeof location === 'undefined' ? '' : location.hash));
  #guard: LeaveGuard | null = null;
  /** Place of the current screen's history entry. */
  #index = 0;
  /** A guard's answer is awaited: further moves are undone meanwhile. */
  #asking = false;
  /** The address the guard agreed to: its arrival passes without asking again. */
  #passing: string | null = null;

  start(): void {
    const i = entryIndex();
    if (i === undefined) this.#stamp(0);
    else this.#index = i;
    window.addEventListener('hashchange', () => void this.#arrive(location.hash));
  }

  /** While set (by the editor), leaving the current screen asks it first. Returns the remover. */
  guardLeaving(guard: LeaveGuard): () => void {
    this.#guard = guard;
    return () => {
      if (this.#guard === guard) this.#guard = null;
    };
  }

  go(r: Route): void {
    const hash = routeHash(r);
    const proceed = () => {
      this.route = r;
      // The route first: the hashchange this fires then finds nothing to do but note the new entry.
      if (location.hash !== hash) location.hash = hash;
    };
    if (hash === routeHash(this.route)) return proceed();
    if (this.#asking) return;
    const allowed = this.#guard ? this.#guard(r) : true;
    if (allowed === true) return proceed();
    void this.#ask(allowed).then((ok) => ok && proceed());
  }

  /**
   * Shows `r` in place of the current history entry, with no guard asked: a redirect made before any
   * screen is in use (the first run's list → profile), which Back must not lead to again. Not a
   * navigation either: setting location.hash cost a new user's start 37 ms at 4×.
   */
  replace(r: Route): void {
    this.route = r;
    history.replaceState(history.state, '', routeHash(r));
  }

  #stamp(i: number): void {
    this.#index = i;
    history.replaceState({ ...(history.state as EntryState | null), soanIndex: i }, '');
  }

  /**
   * The address changed (a link, Back, Forward, the address bar). With a guard that does not answer
   * at once, the browser is moved back to this screen's entry while it is asked, and on to the new one
   * only when it agrees: the screen and the address never disagree, and Back still means Back.
   */
  async #arrive(hash: string): Promise<void> {
    const to = parseHash(hash);
    // A new entry (a link, the address bar) has no place yet: it comes right after ours.
    const at = entryIndex() ?? this.#index + 1;
    if (routeHash(to) === routeHash(this.route) || this.#passing === hash) {
      this.#passing = null;
      this.#stamp(at);
      this.route = to;
      return;
    }
    if (this.#asking) return history.go(this.#index - at);
    const allowed = this.#guard ? this.#guard(to) : true;
    if (allowed === true) {
      this.#stamp(at);
      this.route = to;
      return;
    }
    const step = at - this.#index;
    const back = landedOn(this.#index);
    history.go(-step);
    const ok = await this.#ask(allowed);
    // A traversal lands a task or more later: going on before the way back has landed made Chrome drop
    // one of the two, and the screen stayed where it was (a save answering fast, on a busy machine).
    await back;
    if (!ok) return;
    this.#passing = hash;
    history.go(step);
  }

  async #ask(answer: boolean | Promise<boolean>): Promise<boolean> {
    this.#asking = true;
    try {
      return await answer;
    } finally {
      this.#asking = false;
    }
  }
}

export const router = new Router();
