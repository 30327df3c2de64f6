import { EmptyState } from './EmptyState';

/** The popup's root view. */
export function Popup(props: { version?: string }) {
  return <EmptyState version={props.version} />;
}
