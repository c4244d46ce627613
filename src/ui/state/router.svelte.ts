// Screens by URL hash, so the back button and a reload keep the user where they were, and the
// service worker needs no server routes: #/ list, #/thung-rac trash, #/moi new document,
// #/cai-dat organisation profile, #/van-ban/<id> editor.
export type Route =
  | { name: 'list' }
  | { name: 'trash' }
  | { name: 'new' }
  | { name: 'setup' }
  | { name: 'editor'; id: string };

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
    case 'van-ban':
      return rest[0] ? { name: 'editor', id: decodeURIComponent(rest[0]) } : { name: 'list' };
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
    case 'editor':
      return `#/van-ban/${encodeURIComponent(r.id)}`;
  }
}

/** Asked before the screen changes; false keeps the user where they are. */
export type LeaveGuard = (to: Route) => boolean | Promise<boolean>;

class Router {
  route = $state<Route>(parseHash(typeof location === 'undefined' ? '' : location.hash));
  #guard: LeaveGuard | null = null;
  /** A guard's answer is awaited: further changes of address wait for it (and are undone meanwhile). */
  #asking = false;

  start(): void {
    window.addEventListener('hashchange', (e) => void this.#arrive(location.hash, new URL(e.oldURL).hash || '#/'));
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
    if (this.#guard && routeHash(this.route) !== hash) {
      void this.#arrive(hash, null);
      return;
    }
    if (location.hash !== hash) location.hash = hash;
    this.route = r;
  }

  /**
   * The address changed (by a link, Back or the user; `back` is the address before) or `go` was
   * called (`back` null). With a guard that does not answer at once, the address goes back while it
   * is asked, and on to the new one only when it agrees: the screen and the address never disagree.
   */
  async #arrive(hash: string, back: string | null): Promise<void> {
    const to = parseHash(hash);
    if (routeHash(to) === routeHash(this.route)) return;
    const restore = () => back !== null && history.replaceState(history.state, '', back);
    if (this.#asking) {
      restore();
      return;
    }
    let allowed = this.#guard ? this.#guard(to) : true;
    if (allowed !== true) {
      restore();
      this.#asking = true;
      try {
        allowed = await allowed;
      } finally {
        this.#asking = false;
      }
      if (!allowed) return;
      if (back !== null) history.replaceState(history.state, '', hash);
    }
    // The route first: the hashchange that setting the address fires then finds nothing to do.
    this.route = to;
    if (location.hash !== hash) location.hash = hash;
  }
}

export const router = new Router();
