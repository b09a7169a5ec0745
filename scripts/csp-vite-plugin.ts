// The Content-Security-Policy every built page carries, as a <meta> tag (a static host may add no
// headers). Only the build gets it: Vite's dev server injects inline scripts and styles of its own.
// A host that can set headers should also send the ones in README.md's "Hosting" section
// (frame-ancestors, for one, works only as a header).
import type { Plugin } from 'vite';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  // The page's empty icon is a data: URL; Monaco draws a few glyphs from data: URLs in its CSS.
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export function contentSecurityPolicyPlugin(): Plugin {
  const charset = '<meta charset="UTF-8" />';
  return {
    name: 'pod-lab-content-security-policy',
    apply: 'build',
    // Right after the charset: a policy in a <meta> tag governs only what comes after it.
    transformIndexHtml: (html) => {
      if (!html.includes(charset))
        throw new Error(`index.html: no ${charset} to put the Content-Security-Policy after`);
      const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;
      return html.replace(charset, `${charset}\n    ${meta}`);
    },
  };
}
