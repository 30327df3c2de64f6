import type { CodeEntry, VaultState } from '../core/vault/vault-messages';
import { AddEntryForm } from './AddEntryForm';
import type { EntryEditorProps } from './EntryEditor';
import { EntryList } from './EntryList';
import { ExportPanel } from './ExportPanel';
import { ImportPanel, type ImportPanelProps } from './ImportPanel';
import { SecurityPanel, type SecurityPanelProps } from './SecurityPanel';
import { SetupScreen } from './SetupScreen';
import { UnlockScreen } from './UnlockScreen';
import { UserPoolsSection, type UserPoolsSectionProps } from './UserPoolsSection';

/** Which screen the settings page shows; `busy`/`error` belong to the setup or unlock form. */
export type OptionsView =
  | { screen: 'loading' }
  | { screen: 'failed'; error: string }
  | { screen: 'setup'; busy: boolean; error?: string }
  | { screen: 'locked'; busy: boolean; error?: string }
  | { screen: 'ready'; state: VaultState; entries: CodeEntry[] };

export type OptionsPageProps = {
  view: OptionsView;
  onSetup: (passphrase: string) => void;
  onUnlock: (passphrase: string) => void;
  onAdd: Parameters<typeof AddEntryForm>[0]['onAdd'];
  onExport: Parameters<typeof ExportPanel>[0]['onExport'];
  /** The "User pools" card; shown whatever the vault's state (pools are not in the vault). */
  pools?: UserPoolsSectionProps;
} & Pick<EntryEditorProps, 'onUpdate' | 'onDelete'> &
  ImportPanelProps &
  Omit<SecurityPanelProps, 'autoLockMinutes'>;

/** The settings page: add, edit, import and export codes, and the vault's security settings. */
export function OptionsPage(props: OptionsPageProps) {
  const { view } = props;
  return (
    <main class="options">
      <h1>Sidekey settings</h1>
      {view.screen === 'loading' && <p>Opening…</p>}
      {view.screen === 'failed' && (
        <p class="error" role="alert">
          {view.error}
        </p>
      )}
      {view.screen === 'setup' && <SetupScreen busy={view.busy} error={view.error} onSetup={props.onSetup} />}
      {view.screen === 'locked' && <UnlockScreen busy={view.busy} error={view.error} onUnlock={props.onUnlock} />}
      {view.screen === 'ready' && (
        <>
          <AddEntryForm onAdd={props.onAdd} />
          <EntryList entries={view.entries} onUpdate={props.onUpdate} onDelete={props.onDelete} />
          <ImportPanel
            onImport={props.onImport}
            onImportQrFile={props.onImportQrFile}
            onImportBackupFile={props.onImportBackupFile}
          />
          <ExportPanel onExport={props.onExport} />
          <SecurityPanel
            autoLockMinutes={view.state.autoLockMinutes}
            onChangePassphrase={props.onChangePassphrase}
            onSetAutoLock={props.onSetAutoLock}
            onLock={props.onLock}
          />
        </>
      )}
      {props.pools && view.screen !== 'loading' && <UserPoolsSection {...props.pools} />}
    </main>
  );
}
