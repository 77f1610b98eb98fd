/**
 * Trusted Types, the runtime backstop to the lint ban on HTML sinks. The CSP says
 * `require-trusted-types-for 'script'`: the browser refuses a plain string in every DOM sink
 * that can run script (innerHTML, a script's src or text, eval, setTimeout(string),
 * new Worker(url)…) unless a policy has vetted it.
 *
 * The atlas writes no HTML and runs no string as code. The one sink it needs is MapLibre's,
 * which starts its worker from a URL string (`new Worker(url)`). So the page has exactly one
 * policy, the `default` one (the CSP's `trusted-types default` allows no other): it passes a
 * script URL only when it is one of this origin's own built files (/assets/….js), and it has
 * no createHTML and no createScript, so every HTML or script string is still refused.
 */

interface TrustedTypesFactory {
  createPolicy: (
    name: string,
    rules: { createScriptURL?: (input: string) => string | null },
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

/** Installs the default policy; a no-op where the browser has no Trusted Types. */
export function installTrustedTypes(): void {
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory) return; // such a browser ignores the CSP directive too
  factory.createPolicy('default', {
    // null: refused, and reported as a CSP violation.
    createScriptURL: (input) => (isOwnScript(input, location.origin) ? input : null),
  });
}
