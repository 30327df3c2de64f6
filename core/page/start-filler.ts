import type { Bytes } from '../vault/crypto/bytes';
import { checkFillFrame } from './check-fill-frame';
import { codeControl } from './code-control';
import { CONTROL_HOST_TAG, type ControlHandle, type ControlView } from './control-port';
import { describeRequestFailure } from './describe-fill-refusal';
import type { ControlSpec, FillerPorts, PendingSignIn } from './filler-ports';
import { keepSignIn } from './keep-sign-in';
import { RETRY_CHOICE_ID } from './locked-vault-offer';
import { newPasswordControl } from './new-password-control';
import type { PageOffer, StartFiller } from './page-messages';
import { pickedFactor } from './picked-factor';
import { preselectFactor } from './preselect-factor';
import { readSignedInClientId, readSigningInUsername } from './read-amplify-storage';
import { readImagePixels } from './read-image-pixels';
import { recognisePage } from './recognise-page';
import { saveSignInControl } from './save-sign-in-control';
import { signInControl } from './sign-in-control';
import type { PageStep, RecognisedPage } from './sign-in-page';
import { totpSetupControl } from './totp-setup-control';

/** Route changes are looked at no more often than this (the Authenticator swaps its form on each step). */
export const RECHECK_MS = 150;
/** Steps a sign-in goes back to when the user gave up rather than succeeded. */
const GIVING_UP: ReadonlySet<PageStep | undefined> = new Set(['signIn', 'forgotPassword', 'signUp']);
/** Steps whose sent username and password wait for the page to move on (the sign-in, or a new password). */
const SIGNING_IN: ReadonlySet<PageStep> = new Set(['signIn', 'selectFirstFactor']);
const NEW_PASSWORD: ReadonlySet<PageStep> = new Set(['forceNewPassword', 'signUp', 'confirmResetPassword']);
/** A step that succeeded only once the next one does too: a sign-up's account exists once it is confirmed. */
const CONFIRMED_BY: Partial<Record<PageStep, PageStep>> = { signUp: 'confirmSignUp' };
/**
 * Leaving a step for this one after sending it is how the Authenticator shows success — and also what "Back to
 * Sign In" looks like: a new password sent at a reset is offered to save or update, never kept silently.
 */
const SUCCESS_OR_GIVING_UP: Partial<Record<PageStep, PageStep>> = { confirmResetPassword: 'signIn' };

/**
 * The filler's entry (entrypoints/filler.content.ts): recognises the page's sign-in step, asks the worker what
 * it can offer there (`page.offer`: also the check that this origin is bound), places the step's inline control,
 * and looks again whenever the page changes (a throttled MutationObserver). Returns the clean-up.
 */
export const startFiller: StartFiller = ({ doc, storage, request, now, showControl, t }) =>
  runFiller({
    doc,
    view: doc.defaultView!,
    storage,
    request,
    now,
    randomBytes: (length) => crypto.getRandomValues(new Uint8Array(length)) as Bytes,
    readPixels: readImagePixels,
    showControl,
    t,
    memory: {},
  });

/** {@link startFiller} with every port given (tests pass their own randomness and pixel reader). */
export function runFiller(ports: FillerPorts): () => void {
  const { doc, view, memory } = ports;
  const controls = new Set<ControlHandle>();
  let saveControl: ControlHandle | undefined;
  let current: RecognisedPage | null = null;
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const show = (spec: ControlSpec): ControlHandle => {
    const remove = () => {
      handle.remove();
      controls.delete(handle);
    };
    const props = (note: string | undefined, open?: true): ControlView => ({
      name: spec.name,
      closeName: ports.t('control_close'),
      choices: spec.choices,
      ...(note ? { note } : {}),
      ...(open ? { open } : {}),
      onDismiss: remove,
      onChoose: (choice, event) => {
        if (choice.id === RETRY_CHOICE_ID) {
          current = null;
          void refresh();
          return;
        }
        if (!handle.isIntact()) {
          handle.update(props(ports.t('page_control_tampered'), true));
          return;
        }
        void spec.act(choice, event, handle.host).then((message) => {
          if (message === undefined) remove();
          else handle.update(props(message, true));
        });
      },
    });
    const handle = ports.showControl({ doc, anchor: spec.anchor, view: props(spec.note) });
    controls.add(handle);
    return handle;
  };

  const afterStep = (previous: RecognisedPage | null, page: RecognisedPage | null) => {
    const captured = memory.capturedKey;
    if (captured && previous?.step === captured.step && page?.step !== captured.step && !GIVING_UP.has(page?.step)) {
      // The set-up succeeded, so the page now holds the signed-in user: bind the key to that app client's pool.
      memory.capturedKey = undefined;
      const userPoolClientId = readSignedInClientId(ports.storage, captured.username);
      if (userPoolClientId) void ports.request('page.bindEntry', { id: captured.id, userPoolClientId });
    }
    const pending = memory.pending;
    if (!pending || previous?.step !== pending.step || page?.step === pending.step) return;
    if (GIVING_UP.has(page?.step)) {
      memory.pending = undefined;
      if (pending.sent && pending.username && SUCCESS_OR_GIVING_UP[pending.step] === page?.step) {
        void offerToKeep({ ...pending, generated: false });
      }
      return;
    }
    const confirmation = CONFIRMED_BY[pending.step];
    if (confirmation && page?.step === confirmation) {
      memory.pending = { ...pending, step: confirmation };
      return;
    }
    // The step the sign-in was waiting on gave way to a later one: it succeeded.
    memory.pending = undefined;
    if (pending.username) void offerToKeep(pending);
  };

  /** A generated password is kept at once (the user chose it); a typed one is offered to save or update. */
  const offerToKeep = async (pending: PendingSignIn) => {
    if (pending.generated) {
      const kept = await keepSignIn(pending, ports);
      if (kept.ok) return;
      showSaveControl(pending, { update: false, note: describeRequestFailure(kept, ports.t) });
      return;
    }
    const compared = await ports.request('page.compareSignIn', {
      username: pending.username,
      password: pending.password,
    });
    if (!compared.ok || compared.data.status === 'saved') return;
    showSaveControl(pending, { update: compared.data.status === 'changed' });
  };

  const showSaveControl = (pending: PendingSignIn, options: { update: boolean; note?: string }) => {
    if (stopped) return;
    if (saveControl) {
      saveControl.remove();
      controls.delete(saveControl);
    }
    saveControl = show(saveSignInControl(pending, options, ports));
  };

  const refresh = async () => {
    const page = recognisePage(doc);
    if (sameStep(page, current)) return;
    const previous = current;
    current = page;
    generation += 1;
    const mine = generation;
    for (const handle of controls) if (handle !== saveControl) handle.remove();
    controls.clear();
    if (saveControl) controls.add(saveControl);
    afterStep(previous, page);
    if (!page || checkFillFrame(view)) return;
    // A filler that arrived after the sign-in step learns the account from the page: the username it shows fixed
    // (the first-factor choice), else the Amplify sign-in in progress.
    if (page.step !== 'signIn') memory.username ??= shownUsername(page) ?? readSigningInUsername(ports.storage);
    const username = memory.username;
    const reply = await ports.request('page.offer', { step: page.step, ...(username ? { username } : {}) });
    if (mine !== generation || !reply.ok) return;
    for (const spec of specsFor(page, reply.data, ports)) show(spec);
    if (reply.data.preferredFactor) preselectFactor(page, reply.data.preferredFactor);
  };

  const schedule = () => {
    if (timer !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      void refresh();
    }, RECHECK_MS);
  };

  /**
   * The step the page shows at this moment. The throttled look (RECHECK_MS) may not have run yet when a person, or
   * a script, submits or picks right after the page changed step: then it is recognised now.
   */
  const stepNow = (): RecognisedPage | null =>
    timer === undefined && current?.root.isConnected ? current : recognisePage(doc);

  /** A factor the person picked on the page is remembered for the account (a hint, never a secret). */
  const rememberPickOn = (page: RecognisedPage | null, event: Event) => {
    const pick = page ? pickedFactor(page, event) : undefined;
    if (!pick) return;
    const username = memory.username || page?.fields.username?.value.trim() || readSigningInUsername(ports.storage);
    if (username) void ports.request('page.rememberFactor', { ...pick, username });
  };
  const rememberPick = (event: Event) => rememberPickOn(stepNow(), event);

  /** Remembers what the page is sent (capture phase, before the page's own handlers), to keep once it succeeds. */
  const onSubmit = (event: Event) => {
    const page = stepNow();
    if (!page) return;
    rememberPickOn(page, event);
    const { step, fields } = page;
    const name = fields.username?.value.trim();
    if (name) memory.username = name;
    if (SIGNING_IN.has(step) && name && fields.password?.value) {
      memory.pending = { username: name, password: fields.password.value, generated: false, step, sent: true };
      return;
    }
    const password = fields.newPassword?.value;
    const account = name || memory.username;
    if (!NEW_PASSWORD.has(step) || !password || !account) return;
    const earlier = memory.pending;
    // Still Sidekey's password if the user sent it as generated; anything else they typed is offered, not kept.
    const generated = earlier?.generated === true && earlier.step === step && earlier.password === password;
    memory.pending = { username: account, password, generated, step, sent: true };
  };

  const observer = new view.MutationObserver((records) => {
    if (records.some((record) => !isOurs(record))) schedule();
  });
  observer.observe(doc.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['hidden'],
  });
  doc.addEventListener('submit', onSubmit, true);
  doc.addEventListener('click', rememberPick, true);
  void refresh();

  return () => {
    stopped = true;
    generation += 1;
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
    doc.removeEventListener('submit', onSubmit, true);
    doc.removeEventListener('click', rememberPick, true);
    for (const handle of controls) handle.remove();
    controls.clear();
    saveControl = undefined;
    memory.pending = undefined;
    memory.capturedKey = undefined;
  };
}

/** The controls a step shows, from what the worker offers there. */
function specsFor(page: RecognisedPage, offer: PageOffer, ports: FillerPorts): ControlSpec[] {
  const specs = (() => {
    switch (page.step) {
      case 'signIn':
      case 'selectFirstFactor':
        return [signInControl(page, offer, ports)];
      case 'confirmSignIn':
        return [codeControl(page, offer, ports)];
      case 'setupTotp':
        return [totpSetupControl(page, ports)];
      case 'forceNewPassword':
      case 'signUp':
      case 'confirmResetPassword':
        return [newPasswordControl(page, offer, ports)];
      default:
        return [];
    }
  })();
  return specs.filter((spec): spec is ControlSpec => spec !== null);
}

/** The username a step shows but does not let the person change (disabled or read-only), if any. */
function shownUsername(page: RecognisedPage): string | undefined {
  const field = page.fields.username;
  return field && (field.disabled || field.readOnly) ? field.value.trim() || undefined : undefined;
}

/** Whether two recognitions show the same step on the same elements (the page re-rendered nothing that matters). */
function sameStep(a: RecognisedPage | null, b: RecognisedPage | null): boolean {
  if (a === null || b === null) return a === b;
  const fieldsOf = (page: RecognisedPage) => [
    page.fields.username,
    page.fields.password,
    page.fields.newPassword,
    page.fields.code?.kind === 'single' ? page.fields.code.input : page.fields.code?.inputs[0],
  ];
  const [x, y] = [fieldsOf(a), fieldsOf(b)];
  return a.kind === b.kind && a.step === b.step && a.root === b.root && x.every((field, index) => field === y[index]);
}

/** Whether a mutation only concerns Sidekey's own control hosts (adding, moving or removing them). */
function isOurs(record: MutationRecord): boolean {
  const host = (node: Node) => node.nodeName.toLowerCase() === CONTROL_HOST_TAG;
  if (record.type !== 'childList') return host(record.target);
  return [...record.addedNodes, ...record.removedNodes].every(host);
}
