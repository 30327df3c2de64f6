import { OptionsPage } from '../../components/OptionsPage';
import { type OptionsVaultOptions, useOptionsVault } from './use-options-vault';
import { useUserPools } from './use-user-pools';

/** Wires the settings controller to the OptionsPage view. */
export function OptionsApp(props: OptionsVaultOptions) {
  const { view, ...handlers } = useOptionsVault(props);
  const pools = useUserPools({ call: props.call });
  return <OptionsPage view={view} {...handlers} pools={pools} />;
}
