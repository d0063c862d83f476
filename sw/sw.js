// The app's service worker. scripts/post_build.py writes it into dist/ with this build's file
// list and version in place of the two placeholders below.
//
// It keeps one complete build of the app in a cache named after the build, so the app opens
// and works with no network, and a page is always served whole from one build: a newer build
// is installed beside it and used only once the user chooses "reload to update" (or every tab
// of the app is closed), so new HTML never meets old WebAssembly.
const VERSION = '__VERSION__';
const FILES = __FILES__;
const CACHE = 'dew-' + VERSION;

// Files whose names carry a content hash (the wasm, its loader, the styles) are the same bytes
// in the HTTP cache as on the server, so the copy the page has just loaded is reused rather
// than downloaded a second time; every other file skips the HTTP cache, so it is this build's.
const HASHED = /-[0-9a-f]{12,16}(_bg)?\.(wasm|js|css|svg)$/;

self.addEventListener('install', (event) => {
  const requests = FILES.map((f) => new Request(f, { cache: HASHED.test(f) ? 'default' : 'reload' }));
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(requests)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith('dew-') && key !== CACHE) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  const scope = new URL(self.registration.scope);
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    if (request.mode === 'navigate') {
      // Every page of the app is the same document, stored under each route's name.
      const path = url.pathname.slice(scope.pathname.length).replace(/\/$/, '');
      const name = path === '' ? 'index.html' : path.endsWith('.html') ? path : `${path}.html`;
      return (await cache.match(name)) || (await cache.match('index.html')) || fetch(request);
    }
    return (await cache.match(request, { ignoreSearch: true })) || fetch(request);
  })());
});
