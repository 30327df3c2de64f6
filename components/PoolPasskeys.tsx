import { PasskeyList, type PasskeyListProps } from './PasskeyList';
import { useT } from './translator-context';

/** A pool someone is signed in to in Sidekey, and who. */
export interface SignedInAccount {
  profileId: string;
  label: string;
  username: string;
}

export interface PoolPasskeysProps {
  /** The pools with a session in Sidekey; undefined while they are asked for. */
  accounts?: SignedInAccount[];
  /** The account whose passkeys are shown. */
  chosenId?: string;
  onChoose: (profileId: string) => void;
  /** The chosen account's passkeys (list, add, delete), once there is one. */
  passkeys?: PasskeyListProps;
}

/**
 * The settings page's passkeys: pick one of the accounts signed in to in Sidekey, then list, add and delete its
 * passkeys with the popup's controls (docs/automation-contract.md §4). Signing in stays in the popup.
 */
export function PoolPasskeys(props: PoolPasskeysProps) {
  const t = useT();
  const { accounts, passkeys } = props;
  if (accounts && accounts.length > 0 && passkeys) {
    return (
      <PasskeyList {...passkeys}>
        <label>
          {t('options_passkeys_account')}
          <select
            name="passkeyAccount"
            value={props.chosenId}
            onChange={(event) => props.onChoose(event.currentTarget.value)}
          >
            {accounts.map((account) => (
              <option key={account.profileId} value={account.profileId}>
                {t('options_passkeys_account_option', [account.label, account.username])}
              </option>
            ))}
          </select>
        </label>
      </PasskeyList>
    );
  }
  return (
    <section class="passkeys" aria-labelledby="passkeys-title">
      <h3 id="passkeys-title">{t('passkey_title')}</h3>
      <p class={accounts ? 'passkeys-signed-out' : 'loading'}>
        {t(accounts ? 'options_passkeys_sign_in_first' : 'options_passkeys_checking')}
      </p>
    </section>
  );
}
