// Whether the page is phone-narrow (the width below which the panes become tabs, as in phone.css).
import { useSyncExternalStore } from 'react';

export const PHONE_QUERY = '(max-width: 820px)';

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia?.(PHONE_QUERY);
  media?.addEventListener('change', onChange);
  return () => media?.removeEventListener('change', onChange);
}

const current = (): boolean => window.matchMedia?.(PHONE_QUERY).matches ?? false;

export function usePhone(): boolean {
  return useSyncExternalStore(subscribe, current, () => false);
}
