import { useState, type FormEvent } from 'react';
import { useExecuteLens, useGetRunStatus, useListLenses, type LensSummary } from '../../../generated/lenserfight/client.js';
import { useStreamRunEvents, type StreamRunEventsEvent } from '../../../generated/lenserfight/streams.js';
import { executeLensBody } from '../../../generated/lenserfight/zod.js';
import { Busy } from '../components/Busy.js';
import { ErrorBox } from '../components/ErrorBox.js';
import { SignIn } from '../components/SignIn.js';
import { problemOf, success } from '../problem.js';
import { storageKeys, useStored } from '../stored.js';
import { signOut, useSignOutWhenRefused } from '../platform-session.js';
import { useAction } from '../use-action.js';
import { SubmitButton } from '../components/SubmitButton.js';

const TERMINAL = ['succeeded', 'failed', 'canceled', 'timed_out'];

export function LenserFightPage() {
  const [token, setToken] = useStored(storageKeys.platformToken);
  useSignOutWhenRefused(token);
  // The run is the signed-in user's (another could not read it): signing out forgets it.
  const [runId, setRunId] = useStored(storageKeys.lenserfightRun);
  if (!token) return <SignIn onToken={setToken} />;
  return (
    <div className="stack">
      <p className="muted">
        Signed in with a bearer token. <button onClick={signOut}>Sign out</button>
      </p>
      <div className="columns">
        <LensRunner onRun={setRunId} />
        {runId && <RunView key={runId} runId={runId} />}
      </div>
    </div>
  );
}

function LensRunner({ onRun }: { onRun: (runId: string) => void }) {
  const lenses = useListLenses({ query: { select: success } });
  const [lensId, setLensId] = useState<string>();
  const list = lenses.data?.data.data ?? [];
  const lens = list.find((l) => l.id === lensId) ?? list[0];
  return (
    <div className="card">
      <h2>Run a lens</h2>
      {lenses.isPending && <Busy label="Loading lenses…" />}
      <ErrorBox error={lenses.error} action="Loading lenses" />
      {list.length > 0 && (
        <label>
          Lens
          <select name="lens" value={lens?.id} onChange={(e) => setLensId(e.target.value)}>
            {list.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {lens && <LensForm key={lens.id} lens={lens} onRun={onRun} />}
    </div>
  );
}

/** A field per declared param; required ones must be filled, defaults are shown as placeholders. */
function LensForm({ lens, onRun }: { lens: LensSummary; onRun: (runId: string) => void }) {
  const [values, setValues] = useState<Record<string, string>>({});
  const [invalid, setInvalid] = useState<string>();
  const execute = useAction(useExecuteLens());
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const params = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== ''));
    const body = executeLensBody.safeParse({ params });
    if (!body.success) return setInvalid(body.error.issues.map((i) => i.message).join('; '));
    setInvalid(undefined);
    const accepted = await execute.run({ lensId: lens.id, data: body.data });
    if (accepted) onRun(accepted.data.data.runId);
  };
  return (
    <form onSubmit={submit}>
      <p className="muted">{lens.description}</p>
      {lens.params.map((p) => (
        <label key={p.name}>
          {p.name}
          {p.required ? ' *' : ''} {p.description && <span className="muted">— {p.description}</span>}
          <input
            name={`param-${p.name}`}
            required={p.required}
            placeholder={p.default}
            value={values[p.name] ?? ''}
            onChange={(e) => setValues({ ...values, [p.name]: e.target.value })}
          />
        </label>
      ))}
      <SubmitButton disabled={execute.pending}>
        Execute
      </SubmitButton>
      {invalid && (
        <div className="error" role="alert">
          {invalid}
        </div>
      )}
      {execute.pending && <Busy label="Submitting the run…" />}
      <ErrorBox error={execute.error} action="Executing the lens" />
    </form>
  );
}

/** The run live: its status polled until terminal, its timeline from the event stream, its artifacts at the end. */
function RunView({ runId }: { runId: string }) {
  const stream = useStreamRunEvents({ runId });
  const finished = stream.events.some((e) => e.event === 'done');
  const run = useGetRunStatus(runId, {
    query: { select: success, refetchInterval: (q) => (TERMINAL.includes(q.state.data?.status === 200 ? q.state.data.data.data.status : '') ? false : 1000) },
  });
  const status = run.data?.data.data;
  const streamError = stream.error as { status?: number; body?: string } | undefined;
  return (
    <div className="card" data-testid="run">
      <h2>
        Run <code>{runId.slice(0, 8)}</code> <span className={`badge ${status?.status ?? 'queued'}`}>{status?.status ?? '…'}</span>
      </h2>
      <ErrorBox error={run.error} action="Reading the run" />
      {streamError && (
        <ErrorBox
          error={streamError.status ? problemOf({ status: streamError.status, data: parseJson(streamError.body) }) : stream.error}
          action="The event stream"
        />
      )}
      {!stream.done && <Busy label="Streaming events…" />}
      <h3>Timeline</h3>
      <ol className="timeline">
        {stream.events.map((e, i) => (
          <li key={'id' in e ? e.id : `${e.event}-${i}`}>{describe(e)}</li>
        ))}
      </ol>
      {status && TERMINAL.includes(status.status) && (
        <>
          <h3>Result</h3>
          <p className="muted">
            {status.providerKey}/{status.modelKey} · {status.tokenInput ?? 0} in, {status.tokenOutput ?? 0} out · {status.latencyMs ?? 0} ms · cost{' '}
            {status.creditCost ?? 0} credit(s)
          </p>
          {status.errorMessage && <div className="error">{status.errorMessage}</div>}
          {status.artifacts.map((a) => (
            <div key={a.id} className="artifact" data-testid="artifact">
              <div className="muted">
                {a.artifactKind}
                {a.isPrimaryOutput ? ' · primary output' : ''}
              </div>
              {a.contentText ? <pre>{a.contentText}</pre> : <pre>{JSON.stringify(a.contentJson, null, 2)}</pre>}
            </div>
          ))}
        </>
      )}
      {finished && !status && <Busy label="Loading the result…" />}
    </div>
  );
}

function describe(e: StreamRunEventsEvent): string {
  if (e.event === 'done' && 'runId' in e.data) return `done: ${e.data.status ?? 'unknown'}`;
  if (e.event === 'error' && 'code' in e.data) return `error: ${e.data.message}`;
  if ('eventType' in e.data && 'id' in e) return `#${e.id} ${e.data.eventType} at ${new Date(e.data.occurredAt).toLocaleTimeString()}`;
  return e.event;
}

function parseJson(text: string | undefined): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return text;
  }
}
