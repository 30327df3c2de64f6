import type { Permissions, Scripting } from 'webextension-polyfill';
import { type BindingSources, readAllBoundOrigins } from '../../core/page-access/page-bindings';
import { planDetectorScripts } from '../../core/page-access/plan-detector-scripts';

/** Extension-page requests after which the bound origins may have changed (or become readable: unlock, setup). */
const BINDING_REQUESTS = new Set([
  'profiles.add',
  'profiles.update',
  'profiles.remove',
  'vault.setup',
  'vault.unlock',
  'vault.addEntry',
  'vault.updateEntry',
  'vault.deleteEntry',
  'vault.import',
  'vault.addLogin',
  'vault.deleteLogin',
]);

/** Whether a successful request of this type may have bound or unbound an origin. */
export function changesBindings(type: unknown): boolean {
  return typeof type === 'string' && BINDING_REQUESTS.has(type);
}

/**
 * Keeps the detector's registered content scripts in step with the bindings and the user's grants
 * (core/page-access/plan-detector-scripts.ts decides; this applies it). Runs are queued one after another,
 * so two changes never register the same id twice. A failed run is dropped: the next change or startup retries.
 */
export function createDetectorSync(options: {
  sources: BindingSources;
  scripting: Pick<
    Scripting.Static,
    'getRegisteredContentScripts' | 'registerContentScripts' | 'unregisterContentScripts'
  >;
  permissions: Pick<Permissions.Static, 'getAll'>;
  /** Chrome's match patterns take a port; Firefox's do not. */
  ports: boolean;
}): () => Promise<void> {
  let queue: Promise<void> = Promise.resolve();
  const once = async () => {
    const [bound, granted, registered] = await Promise.all([
      readAllBoundOrigins(options.sources),
      options.permissions.getAll(),
      options.scripting.getRegisteredContentScripts(),
    ]);
    const plan = planDetectorScripts({
      boundOrigins: bound.origins,
      complete: bound.complete,
      granted: granted.origins ?? [],
      registered: registered.map((script) => ({ id: script.id, matches: script.matches })),
      ports: options.ports,
    });
    if (plan.unregister.length > 0) await options.scripting.unregisterContentScripts({ ids: plan.unregister });
    if (plan.register.length > 0) await options.scripting.registerContentScripts(plan.register);
  };
  return () => {
    queue = queue.then(once).catch(() => undefined);
    return queue;
  };
}
