import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { CodeEntry, VaultState } from '../core/vault/vault-messages';
import { AddEntryForm } from './AddEntryForm';
import type { EntryEditorProps } from './EntryEditor';
import { EntryList } from './EntryList';
import { ExportPanel } from './ExportPanel';
import { ImportPanel, type ImportPanelProps } from './ImportPanel';
import { SecurityPanel, type SecurityPanelProps } from './SecurityPanel';
import { SetupScreen } from './SetupScreen';
import { type MessageKey, useT } from './translator-context';
import { UnlockScreen } from './UnlockScreen';
import { UserPoolsSection, type UserPoolsSectionProps } from './UserPoolsSection';

/** Which screen the settings page shows; `busy`/`error` belong to the setup or unlock form. */
export type OptionsView =
  | { screen: 'loading' }
  | { screen: 'failed'; error: string }
  | { screen: 'setup'; busy: boolean; error?: string }
  | { screen: 'locked'; busy: boolean; error?: string }
  | { screen: 'ready'; state: VaultState; entries: CodeEntry[] };

/** The page's sections, each reachable as `options.html#<section>` (docs/automation-contract.md). */
const OPTIONS_SECTIONS = ['vault', 'backup', 'security', 'user-pools'] as const;
type OptionsSection = (typeof OPTIONS_SECTIONS)[number];

const NAV_LABELS: Record<OptionsSection, MessageKey> = {
  vault: 'options_nav_vault',
  backup: 'options_nav_backup',
  security: 'options_nav_security',
  'user-pools': 'options_nav_user_pools',
};

export type OptionsPageProps = {
  view: OptionsView;
  /** The section the address names (its hash without `#`): brought into view once it is shown. */
  section?: string;
  onSetup: (passphrase: string) => void;
  onUnlock: (passphrase: string) => void;
  onAdd: Parameters<typeof AddEntryForm>[0]['onAdd'];
  onExport: Parameters<typeof ExportPanel>[0]['onExport'];
  /** The "User pools" card; shown whatever the vault's state (pools are not in the vault). */
  pools?: UserPoolsSectionProps;
} & Pick<EntryEditorProps, 'onUpdate' | 'onDelete'> &
  ImportPanelProps &
  Omit<SecurityPanelProps, 'autoLockMinutes'>;

/**
 * The settings page: a nav to its sections, then codes (add, edit), backup (import, export), the vault's security
 * settings and the user pools.
 */
export function OptionsPage(props: OptionsPageProps) {
  const t = useT();
  const { view } = props;
  const main = useRef<HTMLElement>(null);
  const ready = view.screen === 'ready';
  const shown: Record<OptionsSection, boolean> = {
    vault: view.screen !== 'loading' && view.screen !== 'failed',
    backup: ready,
    security: ready,
    'user-pools': Boolean(props.pools) && view.screen !== 'loading',
  };
  const target = OPTIONS_SECTIONS.find((section) => section === props.section && shown[section]);
  useEffect(() => {
    if (target) main.current?.querySelector(`#${target}`)?.scrollIntoView?.({ block: 'start' });
  }, [target]);

  const section = (id: OptionsSection, children: ComponentChildren) =>
    shown[id] && (
      <div class="options-section" id={id}>
        {children}
      </div>
    );
  return (
    <main class="options" ref={main}>
      <h1>{t('options_page_title')}</h1>
      <nav class="options-nav" aria-label={t('options_nav_label')}>
        {OPTIONS_SECTIONS.filter((id) => shown[id]).map((id) => (
          <a key={id} href={`#${id}`} aria-current={id === target ? 'location' : undefined}>
            {t(NAV_LABELS[id])}
          </a>
        ))}
      </nav>
      {view.screen === 'loading' && <p>{t('options_opening')}</p>}
      {view.screen === 'failed' && (
        <p class="error" role="alert">
          {view.error}
        </p>
      )}
      {section(
        'vault',
        <>
          {view.screen === 'setup' && <SetupScreen busy={view.busy} error={view.error} onSetup={props.onSetup} />}
          {view.screen === 'locked' && <UnlockScreen busy={view.busy} error={view.error} onUnlock={props.onUnlock} />}
          {view.screen === 'ready' && (
            <>
              <AddEntryForm onAdd={props.onAdd} />
              <EntryList entries={view.entries} onUpdate={props.onUpdate} onDelete={props.onDelete} />
            </>
          )}
        </>,
      )}
      {section(
        'backup',
        <>
          <ImportPanel
            onImport={props.onImport}
            onImportQrFile={props.onImportQrFile}
            onImportBackupFile={props.onImportBackupFile}
          />
          <ExportPanel onExport={props.onExport} />
        </>,
      )}
      {view.screen === 'ready' &&
        section(
          'security',
          <SecurityPanel
            autoLockMinutes={view.state.autoLockMinutes}
            onChangePassphrase={props.onChangePassphrase}
            onSetAutoLock={props.onSetAutoLock}
            onLock={props.onLock}
          />,
        )}
      {props.pools && section('user-pools', <UserPoolsSection {...props.pools} />)}
    </main>
  );
}
