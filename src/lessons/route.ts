// The URL of a lesson step, for workshop handouts: #/lesson/<id>/step/<n>; #/sandbox opens the
// free cluster; #/workshop is the teacher's page. A hash without a leading "/" is "no route" and
// leaves the app where it was; any other "#/…" that names nothing is said to be unknown, never
// quietly replaced by another lesson.

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

export const WORKSHOP_HASH = '#/workshop';

export function isWorkshopRoute(hash: string): boolean {
  return hash.replace(/\/$/, '') === WORKSHOP_HASH;
}

/** What a link asked for that Pod Lab does not have, for the page to say so. */
export type UnknownRoute = { kind: 'lesson'; id: string } | { kind: 'page'; path: string };

/** Longest piece of a link quoted back to the learner. */
const QUOTE_LIMIT = 60;

function quoted(text: string): string {
  let decoded = text;
  try {
    decoded = decodeURIComponent(text);
  } catch {
    // A malformed escape is shown as it was typed.
  }
  return decoded.length > QUOTE_LIMIT ? `${decoded.slice(0, QUOTE_LIMIT - 1)}…` : decoded;
}

/** The link's target when it names no lesson or page of this catalogue, else undefined. */
export function unknownRoute(hash: string, isLesson: (id: string) => boolean): UnknownRoute | undefined {
  const path = hash.replace(/^#/, '');
  if (!path.startsWith('/') || path === '/' || isWorkshopRoute(hash)) return undefined;
  const route = parseRoute(hash);
  if (route && 'sandbox' in route) return undefined;
  if (route && isLesson(route.lesson)) return undefined;
  const lessonPath = /^\/lesson\/([^/]*)/.exec(path);
  if (lessonPath) return { kind: 'lesson', id: quoted(lessonPath[1]!) };
  return { kind: 'page', path: quoted(path) };
}
