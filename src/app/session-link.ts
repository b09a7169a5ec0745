// A link that carries a whole session: #/session/<format>/<data>, the data being the session
// record (session-record.ts) as JSON, zlib-compressed (its checksum catches a damaged link) and
// base64url-encoded. Opening one anywhere replays it. A link never runs as code or markup: it is
// read as data, checked field by field, and refused whole when anything is off.

import { strFromU8, strToU8, unzlibSync, zlibSync } from 'fflate';
import { RECORD_FORMAT, readRecord, type SessionRecord } from './session-record';
import { isSessionLink } from './viewing-space';

const PREFIX = '#/session/';

export type OpenedLink =
  | { kind: 'record'; record: SessionRecord }
  /** The link cannot be opened; `reason` says why, in the learner's words. */
  | { kind: 'refused'; reason: string };

export function sessionLinkHash(record: SessionRecord): string {
  const text = JSON.stringify(record);
  const data = zlibSync(strToU8(JSON.stringify({ sum: checksum(text), record })), { level: 9 });
  return `${PREFIX}${RECORD_FORMAT}/${toBase64Url(data)}`;
}

/** FNV-1a over the record's text: the compressed stream alone does not tell a changed byte. */
function checksum(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

/** What a `#/session/…` hash holds; undefined when the hash is not a session link at all. */
export function openSessionLink(hash: string): OpenedLink | undefined {
  if (!isSessionLink(hash)) return undefined;
  const match = /^(\d{1,6})\/([A-Za-z0-9_-]*)$/.exec(hash.slice(PREFIX.length));
  if (!match) return { kind: 'refused', reason: DAMAGED };
  const format = Number(match[1]);
  if (format !== RECORD_FORMAT)
    return {
      kind: 'refused',
      reason:
        format > RECORD_FORMAT
          ? `This session link was made by a newer Pod Lab (link format ${format}; this one reads format ${RECORD_FORMAT}). Reload to get the newest version, then open the link again. Nothing was changed.`
          : `This session link uses link format ${format}, which no Pod Lab ever wrote (this one reads format ${RECORD_FORMAT}), so it cannot be replayed. Nothing was changed.`,
    };
  let value: unknown;
  try {
    const sealed = JSON.parse(strFromU8(unzlibSync(fromBase64Url(match[2]!)))) as { sum?: unknown; record?: unknown };
    if (sealed.sum !== checksum(JSON.stringify(sealed.record))) return { kind: 'refused', reason: DAMAGED };
    value = sealed.record;
  } catch {
    return { kind: 'refused', reason: DAMAGED };
  }
  const record = readRecord(value);
  return record ? { kind: 'record', record } : { kind: 'refused', reason: DAMAGED };
}

const DAMAGED =
  'This session link is damaged (part of it is missing or was changed), so it cannot be replayed. Ask for the link again. Nothing was changed.';

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
