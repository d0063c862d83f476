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

// The previous build's cache is kept until the next build comes: a tab still running it (one
// that did not take the update) fetches each page's code the first time it opens the page, and
// the server no longer has those files. Older caches are deleted. Cache names are listed in
// the order they were made.
self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const others = (await caches.keys()).filter((key) => key.startsWith('dew-') && key !== CACHE);
    for (const key of others.slice(0, -1)) await caches.delete(key);
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
    // Then the previous build's cache: file names carry content hashes, so a name found there
    // is the very file an older tab asks for.
    return (await cache.match(request, { ignoreSearch: true }))
      || (await caches.match(request, { ignoreSearch: true }))
      || fetch(request);
  })());
});
