import type { PopupTab } from '../../components/PopupTabs';

/**
 * Where the popup was left: its tab, the pool chosen on the Sign in tab, the username typed for each pool and the sites
 * whose user pool offer was dismissed. Never a password or a code. Kept in `storage.session`, so it is gone when the browser restarts.
 */
export interface PopupMemory {
  tab: PopupTab;
  profileId?: string;
  /** Username typed on the sign-in form, by pool (profile id). */
  usernames: Record<string, string>;
  /** Origins whose "Add this site's user pool to Sidekey" the person dismissed. */
  dismissedOrigins?: string[];
}

/** The part of a `browser.storage` area the memory uses (the popup hands in `storage.session`). */
export interface MemoryArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

const KEY = 'sidekey.popupMemory';
const EMPTY: PopupMemory = { tab: 'codes', usernames: {} };
/** Limits on what is read back: a username Cognito accepts, and no more pools than anyone has. */
const MAX_TEXT = 256;
const MAX_POOLS = 100;
const MAX_ORIGINS = 100;

const isText = (value: unknown): value is string => typeof value === 'string' && value.length <= MAX_TEXT;

/** What stored `value` holds of a memory; anything malformed is left out (it is only where the popup was left). */
function readMemory(value: unknown): PopupMemory {
  if (typeof value !== 'object' || value === null) return EMPTY;
  const stored = value as Partial<Record<keyof PopupMemory, unknown>>;
  const usernames: Record<string, string> = {};
  if (typeof stored.usernames === 'object' && stored.usernames !== null) {
    for (const [pool, name] of Object.entries(stored.usernames).slice(0, MAX_POOLS)) {
      if (isText(pool) && isText(name)) usernames[pool] = name;
    }
  }
  const dismissedOrigins = Array.isArray(stored.dismissedOrigins)
    ? stored.dismissedOrigins.filter(isText).slice(-MAX_ORIGINS)
    : [];
  return {
    tab: stored.tab === 'accounts' ? 'accounts' : 'codes',
    ...(isText(stored.profileId) ? { profileId: stored.profileId } : {}),
    usernames,
    ...(dismissedOrigins.length > 0 ? { dismissedOrigins } : {}),
  };
}

/** Reads and writes where the popup was left; a storage failure reads as a fresh popup and loses nothing else. */
export function createPopupMemory(area: MemoryArea) {
  return {
    async load(): Promise<PopupMemory> {
      try {
        return readMemory((await area.get(KEY))[KEY]);
      } catch {
        return EMPTY;
      }
    },
    async save(memory: PopupMemory): Promise<void> {
      try {
        await area.set({ [KEY]: readMemory(memory) });
      } catch {
        // Only a convenience: the popup works the same without it.
      }
    },
  };
}

export type PopupMemoryStore = ReturnType<typeof createPopupMemory>;
