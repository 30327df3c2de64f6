import type { ComponentChildren } from 'preact';
import { useT } from './translator-context';

/** A step Sidekey cannot finish yet: says what to do instead, and offers to start over. */
export function NoticePrompt(props: { title: string; children: ComponentChildren; onRestart: () => void }) {
  const t = useT();
  return (
    <section class="step" aria-labelledby="step-title">
      <h2 id="step-title">{props.title}</h2>
      {props.children}
      <button type="button" class="restart" onClick={props.onRestart}>
        {t('step_restart')}
      </button>
    </section>
  );
}
