// The page's own service worker: it keeps this deployment's files on the device so the page and
// its trials open without a network, and nothing else. It asks only this site for files and
// never sees an answer (answers are never in a request). scripts/post_build.py fills in the
// build's name and its list of files; a new deployment has a new name, installs its own cache
// and deletes the old ones, so nobody keeps old code.
const BUILD = "tm-build-placeholder";
const FILES = ["files-placeholder"];

self.addEventListener("install", (event) => {
  // Everything the page needs, relative to this file (so a sub-path deployment works).
  event.waitUntil(
    caches.open(BUILD).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting())
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      // Only earlier builds' caches: the file a person chose to keep is the page's, not ours.
      .then((names) =>
        Promise.all(names.filter((name) => name.startsWith("tm-") && name !== BUILD).map((name) => caches.delete(name)))
      )
      .then(() => self.clients.claim())
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  // Only this site's files; the registry's API (on request) goes straight to the network.
  if (request.method !== "GET" || url.origin !== self.location.origin) {
    return;
  }
  // Files named by their content never change: the copy on the device is the file.
  if (/-[0-9a-f]{16}(_bg)?\.(wasm|js|css)$/.test(url.pathname)) {
    event.respondWith(caches.match(request).then((cached) => cached || fetch(request)));
    return;
  }
  // The page and its trial files: the network when there is one (a new deployment or snapshot
  // shows at once), else the copy on the device.
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok) {
          const copy = response.clone();
          caches.open(BUILD).then((cache) => cache.put(request, copy));
        }
        return response;
      })
      .catch(() =>
        caches.match(request, { ignoreSearch: true }).then((cached) => {
          if (cached) {
            return cached;
          }
          // An address inside the page (/trial/…, /browse) opens the page itself.
          if (request.mode === "navigate") {
            return caches.match(new URL("./", self.location).href);
          }
          return Response.error();
        })
      )
  );
});
