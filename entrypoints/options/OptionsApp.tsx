import { OptionsPage } from '../../components/OptionsPage';
import { useLocationHash } from './use-location-hash';
import { type OptionsVaultOptions, useOptionsVault } from './use-options-vault';
import { usePoolPasskeys } from './use-pool-passkeys';
import { useUserPools } from './use-user-pools';

/** Wires the settings controller to the OptionsPage view; the address's hash picks the section shown. */
export function OptionsApp(props: OptionsVaultOptions & { window: Window }) {
  const { view, ...handlers } = useOptionsVault(props);
  const pools = useUserPools({ call: props.call });
  const passkeys = usePoolPasskeys({ call: props.call, pools: pools.pools, window: props.window });
  const section = useLocationHash({ window: props.window });
  return <OptionsPage view={view} section={section} {...handlers} pools={{ ...pools, passkeys }} />;
}
