// The URL of a lesson step, for workshop handouts: #/lesson/<id>/step/<n>; #/sandbox opens the
// free cluster. Anything else is "no route" and leaves the app where it was.

export type LessonRoute = { lesson: string; step: number } | { sandbox: true };

export const SANDBOX_ID = 'sandbox';

export function parseRoute(hash: string): LessonRoute | undefined {
  const path = hash.replace(/^#/, '');
  if (path === '/sandbox') return { sandbox: true };
  const m = /^\/lesson\/([a-z0-9-]+)(?:\/step\/(\d{1,4}))?\/?$/.exec(path);
  if (!m) return undefined;
  return { lesson: m[1]!, step: m[2] ? Math.max(1, Number(m[2])) : 1 };
}

export function routeHash(route: LessonRoute): string {
  return 'sandbox' in route ? '#/sandbox' : `#/lesson/${route.lesson}/step/${route.step}`;
}
