/** @jsxImportSource react */
import { associateWebAuthnCredential } from 'aws-amplify/auth';
import { useState } from 'react';

/** The signed-in page: who is signed in, Sign out, and (where the pool allows passkeys) Add a passkey. */
export function SignedIn(props: { username: string; onSignOut: () => void; passkeys: boolean }) {
  const [passkeyStatus, setPasskeyStatus] = useState('');

  async function addPasskey() {
    setPasskeyStatus('Follow your browser’s passkey prompt…');
    try {
      await associateWebAuthnCredential();
      setPasskeyStatus('Passkey added: next time choose Other sign-in options → Sign In with Passkey.');
    } catch (error) {
      setPasskeyStatus(`No passkey added: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  return (
    <section className="signed-in" aria-label="Account">
      <p>Signed in as {props.username}</p>
      {props.passkeys && (
        <button type="button" onClick={() => void addPasskey()}>
          Add a passkey
        </button>
      )}
      <button type="button" onClick={props.onSignOut}>
        Sign out
      </button>
      {passkeyStatus && <p role="status">{passkeyStatus}</p>}
    </section>
  );
}
