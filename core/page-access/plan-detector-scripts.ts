import { originMatchPattern, patternCoversOrigin } from './origin-match-pattern';

/** The prefix of every detector registration's id; the rest is the origin it runs on. */
const DETECTOR_ID_PREFIX = 'sidekey-detector:';

/** A registered content script, as `scripting.getRegisteredContentScripts` lists it (the fields we read). */
export interface RegisteredScript {
  id: string;
  matches?: string[];
}

/** What to register: one detector script per origin, with the built file. */
interface DetectorRegistration {
  id: string;
  matches: string[];
  js: string[];
  runAt: 'document_idle';
  allFrames: true;
  persistAcrossSessions: true;
}

export interface DetectorPlan {
  register: DetectorRegistration[];
  unregister: string[];
}

/** The detector's built file (WXT puts runtime-registered content scripts under content-scripts/). */
export const DETECTOR_FILE = 'content-scripts/detector.js';

/**
 * Reconciles the registered detector scripts with the bindings. Registered scripts persist across browser restarts
 * and registering an id twice throws, so the worker runs this at startup and after every binding change instead of
 * registering blindly; apply `unregister` before `register` (a changed match reuses its id). Wanted: one script per bound origin the user granted host access to. Unwanted: our scripts
 * for origins no longer bound or no longer granted, and any whose match changed. `complete: false` means some
 * bindings are unknown (the vault is locked, so its origins cannot be read): nothing is then unregistered for
 * want of a binding, only for want of a grant. Scripts that are not the detector's are never touched.
 */
export function planDetectorScripts(options: {
  boundOrigins: readonly string[];
  complete: boolean;
  granted: readonly string[];
  registered: readonly RegisteredScript[];
  ports: boolean;
}): DetectorPlan {
  const granted = (origin: string) => options.granted.some((pattern) => patternCoversOrigin(pattern, origin));
  const wanted = new Map<string, DetectorRegistration>();
  for (const origin of new Set(options.boundOrigins)) {
    if (!granted(origin)) continue;
    const id = `${DETECTOR_ID_PREFIX}${origin}`;
    wanted.set(id, {
      id,
      matches: [originMatchPattern(origin, { ports: options.ports })],
      js: [DETECTOR_FILE],
      runAt: 'document_idle',
      allFrames: true,
      persistAcrossSessions: true,
    });
  }
  const unregister: string[] = [];
  const kept = new Set<string>();
  for (const script of options.registered) {
    if (!script.id.startsWith(DETECTOR_ID_PREFIX)) continue;
    const want = wanted.get(script.id);
    const origin = script.id.slice(DETECTOR_ID_PREFIX.length);
    const unchanged = want !== undefined && JSON.stringify(script.matches ?? []) === JSON.stringify(want.matches);
    // An origin whose binding cannot be read now (locked vault) keeps its script while it is still granted.
    const unknown = !want && !options.complete && granted(origin);
    if (unchanged || unknown) kept.add(script.id);
    else unregister.push(script.id);
  }
  return { register: [...wanted.values()].filter((script) => !kept.has(script.id)), unregister };
}
