// @vitest-environment happy-dom
import { render } from 'preact';
import { useRef } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import type { FlowError } from '../../components/flow-error';
import { useScreenFocus } from '../../components/use-screen-focus';

function Screen(props: { error?: FlowError }) {
  const form = useRef<HTMLFormElement>(null);
  useScreenFocus(form, props.error);
  return (
    <form ref={form}>
      <input name="code" />
      <input name="password" />
    </form>
  );
}

const root = document.createElement('div');
document.body.append(root);
afterEach(() => render(null, root));

// Rendered without act(): what is focused when render() returns is what a key typed next would reach.
describe('useScreenFocus', () => {
  it('has the first field focused by the time the screen is rendered', () => {
    render(<Screen />, root);
    expect(document.activeElement).toBe(root.querySelector('[name="code"]'));
  });

  it('moves focus to the field a failure names in the render that shows the failure', () => {
    render(<Screen />, root);
    render(<Screen error={{ text: 'Refused.', field: 'password' }} />, root);
    expect(document.activeElement).toBe(root.querySelector('[name="password"]'));
  });
});
