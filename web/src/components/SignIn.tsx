import { useState } from 'react';
import { useCreateDevToken } from '../../../generated/lenserfight/client.js';
import { focusPage } from '../navigation.js';
import { storageKeys, useStored } from '../stored.js';
import { useAction } from '../use-action.js';
import { Busy } from './Busy.js';
import { ErrorBox } from './ErrorBox.js';
import { SubmitButton } from './SubmitButton.js';

/**
 * Paste a token from your identity provider, or on a development server mint one for a user (LenserFight's
 * createDevToken). LenserFight and Hybrid Thinking both accept the server's tokens.
 */
export function SignIn({ onToken: use }: { onToken: (token: string) => void }) {
  const [refused, setRefused] = useStored(storageKeys.platformRefused);
  const onToken = (token: string) => {
    setRefused(undefined);
    use(token);
    focusPage();
  };
  const [pasted, setPasted] = useState('');
  const [subject, setSubject] = useState('alice');
  const mint = useAction(useCreateDevToken());
  return (
    <div className="card">
      <h2>Sign in</h2>
      {refused && (
        <p className="error" role="status">
          {refused}
        </p>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (pasted.trim()) onToken(pasted.trim());
        }}
      >
        <label>
          Bearer token
          <input name="token" value={pasted} onChange={(e) => setPasted(e.target.value)} placeholder="eyJ…" />
        </label>
        <SubmitButton disabled={!pasted.trim()}>
          Use this token
        </SubmitButton>
      </form>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          const minted = await mint.run({ data: { subject } });
          if (minted) onToken(minted.data.data.token);
        }}
      >
        <label>
          Development: mint a token for user
          <input name="subject" value={subject} onChange={(e) => setSubject(e.target.value)} />
        </label>
        <SubmitButton disabled={mint.pending}>
          Mint token
        </SubmitButton>
      </form>
      {mint.pending && <Busy label="Minting a token…" />}
      <ErrorBox error={mint.error} action="Minting a token" />
    </div>
  );
}
