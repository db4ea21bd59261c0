// A tiny History-API router. The server forwards every UI path (/, /login, /register, /home, /m/*, /c/*) to
// index.html, so deep links and reloads land here; the router picks the view for location.pathname.

/**
 * A route: {pattern: '/m/:id', access: 'public' | 'guest' | 'user', title, render(ctx) → Node}.
 *  - 'guest' pages (sign in, create account) send a signed-in person to /home;
 *  - 'user' pages send a signed-out person to /login?next=<path>.
 */
export class Router {
  /**
   * @param {object} options
   * @param {Array<object>} options.routes in match order.
   * @param {object} options.notFound the route used when nothing matches.
   * @param {() => object|null} options.currentUser who is signed in right now.
   * @param {(route, ctx) => void} options.show puts the rendered route on screen.
   */
  constructor({ routes, notFound, currentUser, show }) {
    this.routes = routes.map((route) => ({ ...route, regex: compile(route.pattern) }));
    this.notFound = notFound;
    this.currentUser = currentUser;
    this.show = show;
  }

  /** Starts listening to back/forward and link clicks, then renders the current URL. */
  start() {
    window.addEventListener('popstate', () => this.render());
    document.addEventListener('click', (event) => this.interceptLink(event));
    this.render();
  }

  /** Goes to a path inside the app; `replace` keeps the history entry count (used for redirects). */
  navigate(path, { replace = false } = {}) {
    if (replace) history.replaceState(null, '', path);
    else history.pushState(null, '', path);
    this.render();
  }

  render() {
    const url = new URL(location.href);
    const { route, params } = this.match(url.pathname);
    const user = this.currentUser();
    if (route.access === 'user' && !user) {
      const next = url.pathname + url.search;
      return this.navigate(`/login?next=${encodeURIComponent(next)}`, { replace: true });
    }
    if (route.access === 'guest' && user) {
      return this.navigate(safeNext(url.searchParams.get('next')), { replace: true });
    }
    const ctx = { params, query: url.searchParams, user, navigate: (path, options) => this.navigate(path, options) };
    this.show(route, ctx);
  }

  match(pathname) {
    for (const route of this.routes) {
      const found = route.regex.exec(pathname);
      if (found) return { route, params: found.groups || {} };
    }
    return { route: this.notFound, params: {} };
  }

  /** Same-origin <a href> clicks become pushState navigations, unless modified (new tab, download...). */
  interceptLink(event) {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    const link = event.target.closest('a[href]');
    if (!link || link.target || link.hasAttribute('download') || link.origin !== location.origin) return;
    if (this.match(link.pathname).route === this.notFound) return;
    event.preventDefault();
    this.navigate(link.pathname + link.search);
  }
}

/**
 * Where to go after signing in: only a local path ("/home", "/m/42"), never "//evil.example" or an absolute URL,
 * so a crafted ?next= cannot send the person to another site (open redirect).
 */
export function safeNext(next) {
  return typeof next === 'string' && /^\/(?![/\\])/.test(next) ? next : '/home';
}

/** '/m/:id' → /^\/m\/(?<id>[^/]+)\/?$/ */
function compile(pattern) {
  const source = pattern
    .split('/')
    .map((part) => (part.startsWith(':') ? `(?<${part.slice(1)}>[^/]+)` : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('\\/');
  return new RegExp(`^${source}\\/?$`);
}
