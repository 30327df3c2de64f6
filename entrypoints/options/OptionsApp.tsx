import { OptionsPage } from '../../components/OptionsPage';
import { type OptionsVaultOptions, useOptionsVault } from './use-options-vault';

/** Wires the settings controller to the OptionsPage view. */
export function OptionsApp(props: OptionsVaultOptions) {
  const { view, ...handlers } = useOptionsVault(props);
  return <OptionsPage view={view} {...handlers} />;
}
