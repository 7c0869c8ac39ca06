// Registers Sift's service worker (sw.js, generated at build time) so the app opens offline
// after the first visit. Relative URL: works at the site root and under any sub-path.
if ('serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('sw.js').catch((err) => {
      console.warn('Sift works online only: the service worker did not register.', err);
    });
  });
}
