/**
 * H5 only. Taro's H5 tab bar renders its items as `<a href="javascript:;">`. The server's CSP
 * (`script-src 'self'`, no 'unsafe-inline') blocks that javascript: navigation and Chrome logs a
 * violation on every tab switch. Cancel the anchor's default action in the capture phase; Taro's own
 * click handler still runs and switches the tab.
 */
export function installH5Fixes(): void {
  if (process.env.TARO_ENV !== 'h5' || typeof document === 'undefined') return;
  document.addEventListener(
    'click',
    (event) => {
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest('a[href^="javascript:"]')) event.preventDefault();
    },
    true,
  );
}
