/**
 * Trusted Types, the runtime backstop to the lint ban on HTML sinks. The CSP says
 * `require-trusted-types-for 'script'`: the browser refuses a plain string in every DOM sink
 * that can run script (innerHTML, a script's src or text, eval, setTimeout(string),
 * new Worker(url)…) unless a policy has vetted it.
 *
 * The atlas writes no HTML and runs no string as code. MapLibre needs two sinks, so the page
 * has exactly one policy, the `default` one (the CSP's `trusted-types default` allows no
 * other), which passes just these:
 * - a script URL that is one of this origin's own built files (/assets/….js): MapLibre
 *   starts its worker from a URL string (`new Worker(url)`);
 * - HTML given to `DOMParser.parseFromString`: MapLibre's attribution control parses the
 *   sources' attribution there, in an inert document that runs nothing, and keeps only
 *   allow-listed elements and attributes (`DOM.sanitize`).
 * It has no createScript, and refuses HTML for every other sink (innerHTML, outerHTML,
 * insertAdjacentHTML, document.write, srcdoc…), so a string that could run script is still
 * refused everywhere.
 */

interface TrustedTypesFactory {
  createPolicy: (
    name: string,
    rules: {
      createScriptURL?: (input: string) => string | null;
      createHTML?: (input: string, type?: string, sink?: string) => string | null;
    },
  ) => unknown;
}

/** A URL the atlas may load script from: a built file of this origin. Pure. */
export function isOwnScript(url: string, origin: string): boolean {
  try {
    const u = new URL(url, origin);
    return (
      u.origin === origin && !u.search && !u.hash && /^\/assets\/[\w.-]+\.m?js$/.test(u.pathname)
    );
  } catch {
    return false;
  }
}

/** The one sink HTML strings may reach: parsing into an inert document. */
export const INERT_HTML_SINK = 'DOMParser parseFromString';

/** Installs the default policy; a no-op where the browser has no Trusted Types. */
export function installTrustedTypes(): void {
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory) return; // such a browser ignores the CSP directive too
  factory.createPolicy('default', {
    // null: refused, and reported as a CSP violation.
    createScriptURL: (input) => (isOwnScript(input, location.origin) ? input : null),
    createHTML: (input, _type, sink) => (sink === INERT_HTML_SINK ? input : null),
  });
}
