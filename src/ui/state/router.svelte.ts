// Screens by URL hash, so the back button and a reload keep the user where they were, and the
// service worker needs no server routes: #/ list, #/thung-rac trash, #/moi new document,
// #/cai-dat organisation profile, #/bo-nho storage, #/van-ban/<id> editor.
export type Route =
  | { name: 'list' }
  | { name: 'trash' }
  | { name: 'new' }
  | { name: 'setup' }
  | { name: 'storage' }
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
    case 'bo-nho':
      return { name: 'storage' };
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
    case 'storage':
      return '#/bo-nho';
    case 'editor':
      return `#/van-ban/${encodeURIComponent(r.id)}`;
  }
}

class Router {
  route = $state<Route>(parseHash(typeof location === 'undefined' ? '' : location.hash));

  start(): void {
    window.addEventListener('hashchange', () => {
      this.route = parseHash(location.hash);
    });
  }

  go(r: Route): void {
    const hash = routeHash(r);
    if (location.hash !== hash) location.hash = hash;
    this.route = r;
  }
}

export const router = new Router();
