import { keepPreviousData, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  useApproveRun,
  useCreateRun,
  useCreateWorkspace,
  useGetRun,
  useGetRunLogs,
  useGetSlo,
  useGetUsage,
  useListRuns,
  useRejectRun,
  useStartRun,
  type Run,
} from '../../../generated/hypershift/client.js';
import { Busy } from '../components/Busy.js';
import { ErrorBox } from '../components/ErrorBox.js';
import { success } from '../problem.js';
import { storageKeys, useStored } from '../stored.js';
import { useAction } from '../use-action.js';
import { SubmitButton } from '../components/SubmitButton.js';

/** The pipeline in order; `current_step` is the 1-based index of the agent running, the gate sits before sre. */
const PIPELINE = ['architect', 'builder', 'sentinel', 'approval gate', 'sre', 'finops'];
const FINAL = ['completed', 'failed'];

/** HyperShift has no login: the workspace and the acting user are request headers. */
type Tenancy = { headers: Record<string, string> };

export function HyperShiftPage() {
  const [workspace, setWorkspace] = useStored(storageKeys.hypershiftWorkspace);
  const [actor, setActor] = useState('alice');
  const queryClient = useQueryClient();
  const tenancy: Tenancy = { headers: { ...(workspace ? { 'X-Workspace-Id': workspace } : {}), 'X-User-Id': actor } };
  const choose = (id: string) => {
    // The cached reads were of the previous workspace (its id is a header, not in their keys).
    queryClient.removeQueries({ predicate: (q) => typeof q.queryKey[0] === 'string' && /^\/(runs|usage|observability)/.test(q.queryKey[0]) });
    setWorkspace(id);
  };
  return (
    <div className="stack">
      <WorkspaceBar workspace={workspace} actor={actor} onActor={setActor} onWorkspace={choose} />
      {workspace && (
        <div className="columns" key={workspace}>
          <div className="stack">
            <NewRun tenancy={tenancy} />
            <Usage tenancy={tenancy} />
          </div>
          <Runs tenancy={tenancy} />
        </div>
      )}
    </div>
  );
}

function WorkspaceBar({ workspace, actor, onActor, onWorkspace }: { workspace?: string; actor: string; onActor: (a: string) => void; onWorkspace: (id: string) => void }) {
  const [name, setName] = useState('Acme Platform Team');
  const create = useAction(useCreateWorkspace());
  return (
    <div className="card">
      <div className="row">
        <span>
          Workspace <code data-testid="workspace">{workspace ?? 'none yet'}</code>
        </span>
        <label className="row">
          acting as <input name="actor" value={actor} onChange={(e) => onActor(e.target.value)} aria-label="Acting user" />
        </label>
      </div>
      <form
        className="row"
        onSubmit={async (e) => {
          e.preventDefault();
          const created = await create.run({ data: { name } });
          if (created) onWorkspace(created.data.id);
        }}
      >
        <input name="workspace-name" value={name} onChange={(e) => setName(e.target.value)} aria-label="Workspace name" />
        <SubmitButton disabled={create.pending}>
          Create workspace
        </SubmitButton>
      </form>
      <ErrorBox error={create.error} action="Creating the workspace" />
    </div>
  );
}

function NewRun({ tenancy }: { tenancy: Tenancy }) {
  const queryClient = useQueryClient();
  const [description, setDescription] = useState('Deploy a Next.js app');
  const [target, setTarget] = useState('production');
  const [approval, setApproval] = useState(true);
  const create = useAction(useCreateRun({ request: tenancy }));
  const start = useAction(useStartRun({ request: tenancy }));
  return (
    <div className="card">
      <h2>New run</h2>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          const created = await create.run({ data: { user_intent: { description, target }, require_approval: approval } });
          if (created) await start.run({ runId: created.data.run_id });
          await queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] === '/runs' || q.queryKey[0] === '/usage' });
        }}
      >
        <label>
          What to build
          <input name="description" value={description} onChange={(e) => setDescription(e.target.value)} />
        </label>
        <label>
          Target
          <input name="target" value={target} onChange={(e) => setTarget(e.target.value)} />
        </label>
        <label className="row">
          <input type="checkbox" checked={approval} onChange={(e) => setApproval(e.target.checked)} /> require approval before deploying
        </label>
        <SubmitButton disabled={create.pending || start.pending}>
          Create and start
        </SubmitButton>
      </form>
      <ErrorBox error={create.error} action="Creating the run" />
      <ErrorBox error={start.error} action="Starting the run" />
    </div>
  );
}

function Usage({ tenancy }: { tenancy: Tenancy }) {
  const usage = useGetUsage({ query: { select: success, refetchInterval: 3000 }, request: tenancy });
  const slo = useGetSlo({ days: 7 }, { query: { select: success, refetchInterval: 3000 }, request: tenancy });
  const u = usage.data?.data;
  const s = slo.data?.data;
  return (
    <div className="card">
      <h2>Usage</h2>
      <ErrorBox error={usage.error} action="Reading usage" />
      {u && (
        <>
          <p data-testid="usage">
            {u.runs} of {u.limit} runs this month ({u.tier} tier, since {u.period})
          </p>
          <div className="meter">
            <div style={{ width: `${Math.min(100, (u.runs / u.limit) * 100)}%` }} />
          </div>
        </>
      )}
      <h3>SLO, last 7 days</h3>
      <ErrorBox error={slo.error} action="Reading the SLO" />
      {s && (
        <p data-testid="slo">
          {s.total_runs} runs: {s.success_count} succeeded, {s.failure_count} failed, {s.blocked_count} blocked · success rate{' '}
          {s.success_rate === null ? 'n/a' : `${Math.round(s.success_rate * 100)}%`} · average {s.avg_duration_ms === null ? 'n/a' : `${(s.avg_duration_ms / 1000).toFixed(1)} s`}
        </p>
      )}
    </div>
  );
}

/** Runs a page shows. */
const RUNS_PAGE = 50;

function Runs({ tenancy }: { tenancy: Tenancy }) {
  // listRuns pages by cursor (`before`: the last run of the previous page); these are the cursors of the pages
  // passed on the way to this one, so Newer goes back one. One run more than a page is asked for: whether it came
  // says whether there are older runs, where a page of exactly RUNS_PAGE would leave it unknown.
  const [cursors, setCursors] = useState<string[]>([]);
  const before = cursors.at(-1);
  const runs = useListRuns(
    { limit: RUNS_PAGE + 1, ...(before ? { before } : {}) },
    { query: { select: success, refetchInterval: 2000, placeholderData: keepPreviousData }, request: tenancy },
  );
  const [selected, setSelected] = useState<string>();
  const fetched = runs.data?.data.runs ?? [];
  const list = fetched.slice(0, RUNS_PAGE);
  const older = fetched.length > RUNS_PAGE;
  const runId = selected ?? list[0]?.id;
  return (
    <div className="card">
      <h2>Runs</h2>
      {runs.isPending && <Busy label="Loading runs…" />}
      <ErrorBox error={runs.error} action="Listing runs" />
      {list.length === 0 && runs.data && <p className="muted">{before ? 'No older runs.' : 'No runs in this workspace yet.'}</p>}
      <table>
        <tbody>
          {list.map((r) => (
            <tr key={r.id} className={r.id === runId ? 'selected' : undefined}>
              <td>
                <a href="#" onClick={(e) => (e.preventDefault(), setSelected(r.id))} aria-current={r.id === runId ? 'true' : undefined}>
                  <code>{r.id}</code>
                </a>
              </td>
              <td>
                <span className={`badge ${r.status}`}>{r.status}</span>
              </td>
              <td className="muted">{new Date(r.created_at).toLocaleTimeString()}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {(older || before) && (
        <div className="row">
          <button className="secondary" onClick={() => setCursors(cursors.slice(0, -1))} disabled={!before}>
            Newer runs
          </button>
          <span className="muted">
            {cursors.length * RUNS_PAGE + 1}–{cursors.length * RUNS_PAGE + list.length}, newest first
          </span>
          <button className="secondary" onClick={() => setCursors([...cursors, list.at(-1)!.id])} disabled={!older || runs.isPlaceholderData}>
            Older runs
          </button>
        </div>
      )}
      {runId && <RunDetail key={runId} runId={runId} tenancy={tenancy} />}
    </div>
  );
}

function RunDetail({ runId, tenancy }: { runId: string; tenancy: Tenancy }) {
  const queryClient = useQueryClient();
  const run = useGetRun(runId, {
    query: { select: success, refetchInterval: (q) => (q.state.data?.status === 200 && FINAL.includes(q.state.data.data.status) ? false : 1000) },
    request: tenancy,
  });
  const logs = useGetRunLogs(runId, { query: { select: success, refetchInterval: 1500 }, request: tenancy });
  const approve = useAction(useApproveRun({ request: tenancy }));
  const reject = useAction(useRejectRun({ request: tenancy }));
  const r = run.data?.data;
  const decide = async (action: { run: (v: { runId: string }) => Promise<unknown> }) => {
    await action.run({ runId });
    await queryClient.invalidateQueries({ predicate: (q) => typeof q.queryKey[0] === 'string' && q.queryKey[0].startsWith('/runs') });
  };
  return (
    <div data-testid="run-detail">
      <ErrorBox error={run.error} action="Reading the run" />
      {r && (
        <>
          <h3>
            {r.user_intent.description} <span className={`badge ${r.status}`}>{r.status}</span>
          </h3>
          <Pipeline run={r} />
          {r.status === 'running' && <Busy label={`The ${PIPELINE[stepIndex(r)]} agent is working…`} />}
          {atGate(r) && (
            <div className="row gate">
              <strong>Waiting for approval to deploy to {r.user_intent.target || 'the target'}.</strong>
              <button onClick={() => decide(approve)} disabled={approve.pending}>
                Approve
              </button>
              <button className="danger" onClick={() => decide(reject)} disabled={reject.pending}>
                Reject
              </button>
            </div>
          )}
          <ErrorBox error={approve.error} action="Approving" />
          <ErrorBox error={reject.error} action="Rejecting" />
          {r.error && <div className="error">{r.error}</div>}
          {r.approved_by && <p className="muted">Approved by {r.approved_by}</p>}
          {r.rejected_by && <p className="muted">Rejected by {r.rejected_by}</p>}
          {r.deployment_url && (
            <p>
              Deployed: <a href={r.deployment_url}>{r.deployment_url}</a>
            </p>
          )}
          {r.finops_output && (
            <p className="muted">
              Estimated {r.finops_output.estimated_monthly_cost_usd} USD a month{r.finops_output.within_constraints ? ', within constraints' : ', over the constraints'}
            </p>
          )}
        </>
      )}
      <h3>Audit log</h3>
      <ErrorBox error={logs.error} action="Reading the audit log" />
      <ol className="timeline" data-testid="audit">
        {logs.data?.data.logs.map((l) => (
          <li key={l.id}>
            {new Date(l.created_at).toLocaleTimeString()} {l.action}
            {l.details.step ? ` (${l.details.step})` : ''}
            {l.details.actor ? ` by ${l.details.actor}` : ''}
            {l.details.reason ? `: ${l.details.reason}` : ''}
          </li>
        ))}
      </ol>
    </div>
  );
}

const atGate = (r: Run) => r.status === 'blocked' && r.require_approval && r.current_step === 4 && r.sre_output === null && !r.rejected_at;

/** Index into PIPELINE of the step the run is at (steps 4 and 5 come after the gate). */
const stepIndex = (r: Run) => (r.current_step >= 4 ? r.current_step : r.current_step - 1);

function Pipeline({ run }: { run: Run }) {
  const current = atGate(run) || run.rejected_at ? 3 : stepIndex(run);
  const stateOf = (i: number) => {
    if (i === 3 && run.rejected_at) return 'rejected';
    if (run.status === 'completed' || i < current) return 'done';
    return i === current && !FINAL.includes(run.status) ? 'current' : '';
  };
  return (
    <div className="steps" data-testid="pipeline">
      {PIPELINE.map((name, i) => (
        <span key={name} className={`step ${stateOf(i)}`}>
          {name}
        </span>
      ))}
    </div>
  );
}
