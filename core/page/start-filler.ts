import type { Bytes } from '../vault/crypto/bytes';
import { checkFillFrame } from './check-fill-frame';
import { codeControl } from './code-control';
import { CONTROL_HOST_TAG, type ControlHandle, type ControlView } from './control-port';
import type { ControlSpec, FillerPorts } from './filler-ports';
import { RETRY_CHOICE } from './locked-vault-offer';
import { newPasswordControl } from './new-password-control';
import type { PageOffer, StartFiller } from './page-messages';
import { readImagePixels } from './read-image-pixels';
import { recognisePage } from './recognise-page';
import { saveSignInControl } from './save-sign-in-control';
import { signInControl } from './sign-in-control';
import type { PageStep, RecognisedPage } from './sign-in-page';
import { totpSetupControl } from './totp-setup-control';
import { selectRadio } from './write-field-value';

/** Route changes are looked at no more often than this (the Authenticator swaps its form on each step). */
export const RECHECK_MS = 150;
/** Steps a sign-in goes back to when the user gave up rather than succeeded. */
const GIVING_UP: ReadonlySet<PageStep | undefined> = new Set(['signIn', 'forgotPassword', 'signUp']);

/**
 * The filler's entry (entrypoints/filler.content.ts): recognises the page's sign-in step, asks the worker what
 * it can offer there (`page.offer`: also the check that this origin is bound), places the step's inline control,
 * and looks again whenever the page changes (a throttled MutationObserver). Returns the clean-up.
 */
export const startFiller: StartFiller = ({ doc, request, now, showControl }) =>
  runFiller({
    doc,
    view: doc.defaultView!,
    request,
    now,
    randomBytes: (length) => crypto.getRandomValues(new Uint8Array(length)) as Bytes,
    readPixels: readImagePixels,
    showControl,
    memory: { knownUsernames: new Set(), filledBySidekey: false },
  });

/** {@link startFiller} with every port given (tests pass their own randomness and pixel reader). */
export function runFiller(ports: FillerPorts): () => void {
  const { doc, view, memory } = ports;
  const controls = new Set<ControlHandle>();
  let saveControl: ControlHandle | undefined;
  let current: RecognisedPage | null = null;
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const show = (spec: ControlSpec): ControlHandle => {
    const remove = () => {
      handle.remove();
      controls.delete(handle);
    };
    const props = (note: string | undefined, open?: true): ControlView => ({
      name: spec.name,
      choices: spec.choices,
      ...(note ? { note } : {}),
      ...(open ? { open } : {}),
      onDismiss: remove,
      onChoose: (choice, event) => {
        if (choice.id === RETRY_CHOICE.id) {
          current = null;
          void refresh();
          return;
        }
        if (!handle.isIntact()) {
          handle.update(props('Sidekey did nothing: the page changed how Sidekey’s control looks.', true));
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
    const pending = memory.pending;
    if (!pending || previous?.step !== pending.step || GIVING_UP.has(page?.step)) return;
    // The step the sign-in was waiting on gave way to a later one: it succeeded.
    memory.pending = undefined;
    if (pending.generated) {
      void ports.request('page.saveSignIn', { username: pending.username, password: pending.password });
      return;
    }
    saveControl?.remove();
    saveControl = show(saveSignInControl(pending, ports));
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
    const username = memory.username;
    const reply = await ports.request('page.offer', { step: page.step, ...(username ? { username } : {}) });
    if (mine !== generation || !reply.ok) return;
    for (const spec of specsFor(page, reply.data, ports)) show(spec);
    const totp = page.fields.factors?.TOTP;
    if (page.step === 'selectMfaType' && reply.data.codeAvailable && totp?.tagName === 'INPUT') {
      selectRadio(totp as HTMLInputElement);
    }
  };

  const schedule = () => {
    if (timer !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      void refresh();
    }, RECHECK_MS);
  };

  const onSubmit = () => {
    if (!current) return;
    const { username, password } = current.fields;
    const name = username?.value.trim();
    if (name) memory.username = name;
    const signingIn = current.step === 'signIn' || current.step === 'selectFirstFactor';
    if (!signingIn || !name || !password?.value || memory.filledBySidekey || memory.knownUsernames.has(name)) return;
    memory.pending = { username: name, password: password.value, generated: false, step: current.step };
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
  void refresh();

  return () => {
    generation += 1;
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
    doc.removeEventListener('submit', onSubmit, true);
    for (const handle of controls) handle.remove();
    controls.clear();
    saveControl = undefined;
    memory.pending = undefined;
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
        return [newPasswordControl(page, ports)];
      default:
        return [];
    }
  })();
  return specs.filter((spec): spec is ControlSpec => spec !== null);
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
