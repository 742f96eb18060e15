import { decodeJwt } from 'jose';
import { useState, type FormEvent } from 'react';
import YAML from 'yaml';
import {
  useCreateWorkflow,
  useGetJobStatus,
  useGetWorkflow,
  useListModels,
  useListWorkflows,
  useRunHybridPrompt,
  useRunWorkflow,
  type HybridJobState,
  type ModelResult,
  type WorkflowDefinition,
} from '../../../generated/hybrid/client.js';
import { createWorkflowBody } from '../../../generated/hybrid/zod.js';
import { Busy } from '../components/Busy.js';
import { ErrorBox } from '../components/ErrorBox.js';
import { SignIn } from '../components/SignIn.js';
import { success } from '../problem.js';
import { storageKeys, useStored } from '../stored.js';
import { signOut, useSignOutWhenRefused } from '../platform-session.js';
import { useAction } from '../use-action.js';
import { SubmitButton } from '../components/SubmitButton.js';

const FINAL = ['completed', 'failed'];

const starterWorkflow = `workflow_name: brief
description: Draft and doubt a topic, then merge the two
stages:
  generate:
    parallel: true
    steps:
      - {name: draft, models: [local-fast], prompt_template: "Draft a brief on {{topic}}", output_var: drafts, input_vars: [topic]}
      - {name: doubt, models: [local-balanced], prompt_template: "Argue against {{topic}}", output_var: doubts, input_vars: [topic]}
  synthesize: {name: merge, model: local-deep, prompt_template: "Merge {{drafts}} with {{doubts}}", input_vars: [drafts, doubts], output_var: brief}
`;

export function HybridPage() {
  const [token, setToken] = useStored(storageKeys.platformToken);
  useSignOutWhenRefused(token);
  if (!token) return <SignIn onToken={setToken} />;
  // Jobs and workflows belong to the token's subject; the API wants it as `userId` too.
  const userId = subjectOf(token);
  return (
    <div className="stack">
      <p className="muted">
        Signed in as <code>{userId ?? '?'}</code>. <button onClick={signOut}>Sign out</button>
      </p>
      <div className="columns">
        <HybridPrompt userId={userId ?? ''} />
        <Workflows userId={userId ?? ''} />
      </div>
    </div>
  );
}

function subjectOf(token: string): string | undefined {
  try {
    return decodeJwt(token).sub;
  } catch {
    return undefined;
  }
}

function HybridPrompt({ userId }: { userId: string }) {
  const models = useListModels({ query: { select: success } });
  const [chosen, setChosen] = useState<string[]>(['local-fast', 'local-deep']);
  const [prompt, setPrompt] = useState('Tabs or spaces?');
  const [jobId, setJobId] = useStored(storageKeys.hybridJob);
  const run = useAction(useRunHybridPrompt());
  const toggle = (id: string) => setChosen(chosen.includes(id) ? chosen.filter((m) => m !== id) : [...chosen, id]);
  return (
    <div className="card">
      <h2>Hybrid prompt</h2>
      {models.isPending && <Busy label="Loading models…" />}
      <ErrorBox error={models.error} action="Loading models" />
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          const accepted = await run.run({ data: { userId, promptText: prompt, requestedModels: chosen } });
          if (accepted) setJobId(accepted.data.jobId);
        }}
      >
        <fieldset className="row">
          <legend>Models</legend>
          {models.data?.data.map((m) => (
            <label key={m.id} className="row">
              <input type="checkbox" checked={chosen.includes(m.id)} onChange={() => toggle(m.id)} /> {m.name} <span className="muted">({m.provider})</span>
            </label>
          ))}
        </fieldset>
        <label>
          Prompt
          <textarea name="prompt" value={prompt} onChange={(e) => setPrompt(e.target.value)} rows={3} />
        </label>
        <SubmitButton disabled={run.pending}>
          Run hybrid prompt
        </SubmitButton>
      </form>
      <ErrorBox error={run.error} action="Running the prompt" />
      {jobId && <JobView key={jobId} jobId={jobId} />}
    </div>
  );
}

/** Variables a workflow needs from its caller: generate steps' inputs that no earlier step produces. */
function inputsOf(definition: WorkflowDefinition | undefined): string[] {
  const produced = new Set<string>();
  const needed: string[] = [];
  for (const step of definition?.stages?.generate?.steps ?? []) {
    for (const name of step.input_vars ?? []) if (!produced.has(name) && !needed.includes(name)) needed.push(name);
    if (step.output_var) produced.add(step.output_var);
  }
  return needed;
}

function Workflows({ userId }: { userId: string }) {
  const list = useListWorkflows({ query: { select: success } });
  const [name, setName] = useState<string>();
  // Kept, as the hybrid prompt's job is: a reload or a visit to another page comes back to the run's answers.
  const [jobId, setJobId] = useStored(storageKeys.hybridWorkflowJob);
  return (
    <div className="card">
      <h2>Workflows</h2>
      {list.isPending && <Busy label="Loading workflows…" />}
      <ErrorBox error={list.error} action="Listing workflows" />
      {list.data && list.data.data.length === 0 && <p className="muted">No saved workflows yet: write one below, then Save and run.</p>}
      <div className="row">
        {list.data?.data.map((w) => (
          // aria-pressed: which one is open is said, not only shown by the button's colour.
          <button key={w.name} className={w.name === name ? undefined : 'secondary'} onClick={() => setName(w.name)} aria-pressed={w.name === name}>
            {w.name}
          </button>
        ))}
        <button className={name === undefined ? undefined : 'secondary'} onClick={() => setName(undefined)} aria-pressed={name === undefined}>
          New workflow
        </button>
      </div>
      {name ? (
        <StoredWorkflow key={name} name={name} userId={userId} onRun={setJobId} />
      ) : (
        <WorkflowEditor key="new" initial={starterWorkflow} userId={userId} onSaved={() => void list.refetch()} onRun={setJobId} />
      )}
      {jobId && (
        <div data-testid="workflow-run">
          <JobView key={jobId} jobId={jobId} />
        </div>
      )}
    </div>
  );
}

function StoredWorkflow({ name, userId, onRun }: { name: string; userId: string; onRun: (jobId: string) => void }) {
  const workflow = useGetWorkflow(name, { query: { select: success } });
  if (workflow.error) return <ErrorBox error={workflow.error} action="Reading the workflow" />;
  if (!workflow.data) return <Busy label="Loading the workflow…" />;
  return <WorkflowEditor initial={YAML.stringify(workflow.data.data)} userId={userId} onSaved={() => void workflow.refetch()} onRun={onRun} />;
}

/** The workflow as YAML to edit; saved (checked first against the generated zod schema), then run with its inputs. */
function WorkflowEditor({ initial, userId, onSaved, onRun }: { initial: string; userId: string; onSaved: (name: string) => void; onRun: (jobId: string) => void }) {
  const [text, setText] = useState(initial);
  const [inputs, setInputs] = useState<Record<string, string>>({ topic: 'monorepos' });
  const [saved, setSaved] = useState<string>();
  const [invalid, setInvalid] = useState<string>();
  // The operation takes JSON or YAML, so the generated call names no content type: this page sends JSON.
  const save = useAction(useCreateWorkflow({ request: { headers: { 'Content-Type': 'application/json' } } }));
  const run = useAction(useRunWorkflow());
  let parsed: WorkflowDefinition | undefined;
  try {
    parsed = YAML.parse(text) as WorkflowDefinition;
  } catch {
    parsed = undefined;
  }
  const needed = inputsOf(parsed);
  const saveAndRun = async (e: FormEvent) => {
    e.preventDefault();
    const checked = createWorkflowBody.safeParse(parsed);
    if (!checked.success) return setInvalid(checked.error.issues.map((i) => (i.path.length > 0 ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; '));
    setInvalid(undefined);
    const answer = await save.run({ data: checked.data as WorkflowDefinition });
    if (!answer) return;
    setSaved(answer.data.name);
    onSaved(answer.data.name);
    const accepted = await run.run({ data: { userId, workflowName: answer.data.name, inputVariables: Object.fromEntries(needed.map((n) => [n, inputs[n] ?? ''])) } });
    if (accepted) onRun(accepted.data.jobId);
  };
  return (
    // A form, so Enter in an input field saves and runs, as the button does.
    <form data-testid="workflow-editor" onSubmit={saveAndRun}>
      <label>
        Definition (YAML)
        <textarea name="workflow-yaml" value={text} onChange={(e) => setText(e.target.value)} rows={12} spellCheck={false} />
      </label>
      {!parsed && <div className="error">The definition is not valid YAML.</div>}
      {needed.map((n) => (
        <label key={n}>
          {n}
          <input name={`input-${n}`} value={inputs[n] ?? ''} onChange={(e) => setInputs({ ...inputs, [n]: e.target.value })} />
        </label>
      ))}
      <SubmitButton disabled={save.pending || run.pending || !parsed}>
        Save and run
      </SubmitButton>
      {saved && <span className="muted">saved as {saved}</span>}
      {invalid && (
        <div className="error" role="alert">
          {invalid}
        </div>
      )}
      <ErrorBox error={save.error} action="Saving the workflow" />
      <ErrorBox error={run.error} action="Running the workflow" />
    </form>
  );
}

/** A job as it runs: each model's answer as it lands, then the synthesis. */
function JobView({ jobId }: { jobId: string }) {
  const job = useGetJobStatus(jobId, {
    query: { select: success, refetchInterval: (q) => (q.state.data?.status === 200 && FINAL.includes(q.state.data.data.status) ? false : 500) },
  });
  const state: HybridJobState | undefined = job.data?.data;
  return (
    <div data-testid="hybrid-job">
      <h3>
        Job <span className={`badge ${state?.status}`}>{state?.status ?? '…'}</span>
      </h3>
      <ErrorBox error={job.error} action="Reading the job" />
      {state?.errorInfo && <div className="error">{state.errorInfo}</div>}
      {state?.requestedModels.map((model) => (
        <Answer key={model} title={model} result={state.results[model] ?? null} />
      ))}
      {state && (state.synthesisResult || !FINAL.includes(state.status)) && <Answer title="Synthesis" result={state.synthesisResult} waiting={state.status !== 'synthesizing' ? 'after the models' : undefined} />}
      {state?.variables && (
        <details>
          <summary>Variables</summary>
          <pre>{YAML.stringify(state.variables)}</pre>
        </details>
      )}
    </div>
  );
}

function Answer({ title, result, waiting }: { title: string; result: ModelResult | null; waiting?: string }) {
  return (
    <div className="artifact" data-testid={`answer-${title}`}>
      <div className="muted">{title}</div>
      {result === null ? (
        <Busy label={waiting ? `Waiting (${waiting})…` : 'Thinking…'} />
      ) : 'error' in result ? (
        <div className="error">{result.error}</div>
      ) : (
        <pre>{result.content}</pre>
      )}
    </div>
  );
}
