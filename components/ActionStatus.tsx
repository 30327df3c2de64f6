/** What a form's last action did: nothing yet, running, done (with a sentence) or refused (with a reason). */
export type ActionState =
  | { status: 'idle' }
  | { status: 'busy' }
  | { status: 'done'; message: string }
  | { status: 'failed'; message: string };

/** The line under a form that reports its last action; failures are alerts, successes polite status. */
export function ActionStatus(props: { state: ActionState }) {
  const { state } = props;
  if (state.status === 'done') {
    return (
      <p class="status done" role="status">
        {state.message}
      </p>
    );
  }
  if (state.status === 'failed') {
    return (
      <p class="status error" role="alert">
        {state.message}
      </p>
    );
  }
  return null;
}
