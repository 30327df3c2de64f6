import type { ComponentChildren } from 'preact';

/** A step Sidekey cannot finish yet: says what to do instead, and offers to start over. */
export function NoticePrompt(props: { title: string; children: ComponentChildren; onRestart: () => void }) {
  return (
    <section class="step" aria-labelledby="step-title">
      <h2 id="step-title">{props.title}</h2>
      {props.children}
      <button type="button" class="restart" onClick={props.onRestart}>
        Start again
      </button>
    </section>
  );
}
