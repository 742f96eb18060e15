import { keepPreviousData, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import {
  AgentFramework,
  getGetAgentContainerLogsQueryKey,
  getGetAgentQueryKey,
  getListAgentsQueryKey,
  useCreateAgent,
  useCreateWorkflow,
  useDeployAgent,
  useExecuteWorkflow,
  useGetAgent,
  useGetAgentContainerLogs,
  useGetExecution,
  useListAgents,
  useListAgentWorkflows,
  useLogin,
  useLogout,
  useRefreshToken,
  useUndeployAgent,
  type Agent,
  type WorkflowData,
} from '../../../generated/orchestrator/client.js';
import type { ExecutionUpdateMessage } from '../../../generated/orchestrator/messages.js';
import { Busy } from '../components/Busy.js';
import { ErrorBox } from '../components/ErrorBox.js';
import { focusPage, setQuery, useQueryParam } from '../navigation.js';
import { success, unauthorizedAnswer } from '../problem.js';
import { storageKeys, useStored } from '../stored.js';
import { useAction } from '../use-action.js';
import { useOrchestratorChannel, type ChannelState } from '../use-orchestrator-channel.js';
import { SubmitButton } from '../components/SubmitButton.js';

/** A workflow to start from: input, a short wait (so progress can be watched), then the model answers. */
const starterWorkflow: WorkflowData = {
  nodes: [
    { id: 'input', type: 'input' },
    { id: 'think', type: 'wait', data: { ms: 1500 } },
    { id: 'respond', type: 'llm', data: { prompt: 'Answer: {{message}}' } },
  ],
  edges: [
    { source: 'input', target: 'think' },
    { source: 'think', target: 'respond' },
  ],
};

export function OrchestratorPage() {
  const [token, setToken] = useStored(storageKeys.orchestratorAccess);
  const [refreshToken, setRefresh] = useStored(storageKeys.orchestratorRefresh);
  const channel = useOrchestratorChannel(token);
  // What the user selected is in the address (?page=2&agent=…&workflow=…&execution=…): a reload keeps it and a
  // copied link opens it. The list comes a page at a time (newest first).
  const agentId = useQueryParam('agent');
  const page = pageNumber(useQueryParam('page'));
  const logout = useAction(useLogout());
  const [ended, setEnded] = useState(false);
  const renewing = useSessionRenewal(token, refreshToken, channel, {
    renewed: setToken,
    ended: () => {
      setToken(undefined);
      setRefresh(undefined);
      setEnded(true);
    },
  });
  if (!token)
    return (
      <Login
        notice={ended ? 'Your session ended; log in again.' : undefined}
        onLogin={(access, refresh) => {
          setEnded(false);
          setToken(access);
          setRefresh(refresh);
          focusPage();
        }}
      />
    );
  const signOut = async () => {
    await logout.run(undefined);
    setToken(undefined);
    setRefresh(undefined);
    // The next login may be someone else's: the selection was this user's.
    setQuery({ page: undefined, ...unselected });
    focusPage();
  };
  return (
    <div className="stack">
      <p className="muted row">
        Logged in · live updates {channel.connected ? 'connected' : 'connecting…'}
        <button className="secondary" onClick={signOut}>
          Log out
        </button>
      </p>
      {renewing && <Busy label="Renewing the session…" />}
      {channel.error && <div className="error">{channel.error}</div>}
      <div className="columns">
        <Agents
          selected={agentId}
          onSelect={(id) => setQuery({ ...unselected, agent: id })}
          // Newest first: the new agent is on the first page.
          onCreated={(id) => setQuery({ page: undefined, ...unselected, agent: id })}
          page={page}
          onPage={(next) => setQuery({ page: next > 1 ? String(next) : undefined })}
          channel={channel}
        />
        {agentId && <AgentDetail key={agentId} agentId={agentId} channel={channel} />}
      </div>
    </div>
  );
}

/** Selecting an agent starts from its active workflow and no execution. */
const unselected = { agent: undefined, workflow: undefined, execution: undefined };

/** The list's page from the address; anything but a page number there is the first page. */
function pageNumber(value: string | undefined): number {
  const page = Number(value);
  return Number.isInteger(page) && page > 1 ? page : 1;
}

/**
 * An access token lasts an hour; the refresh token from the login, days. When the API or the socket answers 401
 * (the access token expired or was revoked), a new access token is asked for once per token; when the refresh
 * token is refused too, the session is over and the login form comes back.
 */
function useSessionRenewal(
  token: string | undefined,
  refreshToken: string | undefined,
  channel: ChannelState,
  on: { renewed: (access: string) => void; ended: () => void },
): boolean {
  const queryClient = useQueryClient();
  const renew = useAction(useRefreshToken());
  const tried = useRef<string>();
  const [unauthorized, setUnauthorized] = useState<string>();
  // A read of this page answered 401 with the current token.
  useEffect(() => {
    if (!token) return;
    return queryClient.getQueryCache().subscribe((event) => {
      if (unauthorizedAnswer(event)) setUnauthorized(token);
    });
  }, [queryClient, token]);
  const stale = Boolean(token) && (channel.unauthorized || unauthorized === token);
  useEffect(() => {
    if (!stale || !token || tried.current === token) return;
    tried.current = token;
    if (!refreshToken) return on.ended();
    void renew.run({ data: { refresh_token: refreshToken } }).then(async (answer) => {
      if (!answer) return on.ended();
      on.renewed(answer.data.access_token);
      // The reads that failed ask again, now with the new token.
      await queryClient.invalidateQueries();
    });
  });
  return renew.pending;
}

function Login({ onLogin, notice }: { onLogin: (access: string, refresh: string) => void; notice?: string }) {
  const [email, setEmail] = useState('demo@orchestrator.local');
  const [password, setPassword] = useState('');
  const login = useAction(useLogin());
  return (
    <div className="card">
      <h2>Log in</h2>
      {notice && (
        <p className="error" role="status">
          {notice}
        </p>
      )}
      <p className="muted">
        A development server creates <code>demo@orchestrator.local</code> / <code>demo-password-123</code> and logs them at start.
      </p>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          const answer = await login.run({ data: { email, password } });
          if (answer) onLogin(answer.data.access_token, answer.data.refresh_token);
        }}
      >
        <label>
          E-mail
          <input name="email" value={email} onChange={(e) => setEmail(e.target.value)} />
        </label>
        <label>
          Password
          <input name="password" type="password" value={password} onChange={(e) => setPassword(e.target.value)} />
        </label>
        <SubmitButton disabled={login.pending}>
          Log in
        </SubmitButton>
      </form>
      {login.pending && <Busy label="Logging in…" />}
      <ErrorBox error={login.error} action="Logging in" />
    </div>
  );
}

function Agents({
  selected,
  onSelect,
  onCreated,
  page,
  onPage,
  channel,
}: {
  selected?: string;
  onSelect: (id: string) => void;
  onCreated: (id: string) => void;
  page: number;
  onPage: (page: number) => void;
  channel: ChannelState;
}) {
  const queryClient = useQueryClient();
  const agents = useListAgents({ page }, { query: { select: success, placeholderData: keepPreviousData } });
  const pages = agents.data?.data.pagination.pages ?? 1;
  const [name, setName] = useState('Support Bot');
  const [framework, setFramework] = useState<AgentFramework>('langgraph');
  const create = useAction(useCreateAgent());
  const deploy = useAction(useDeployAgent());
  const undeploy = useAction(useUndeployAgent());
  const refresh = () => queryClient.invalidateQueries({ queryKey: getListAgentsQueryKey() });
  // A status pushed over the socket (deployed, undeployed, failed) is newer than the list and the selected agent.
  const pushed = channel.messages.filter((m) => m.type === 'agent_status_update').length;
  useEffect(() => {
    if (pushed > 0) void queryClient.invalidateQueries({ predicate: (q) => typeof q.queryKey[0] === 'string' && /^\/agents(\/[^/]+)?$/.test(q.queryKey[0]) });
  }, [pushed, queryClient]);
  const act = async (action: { run: (v: { id: string }) => Promise<unknown> }, agent: Agent) => {
    await action.run({ id: agent.id });
    await refresh();
    await queryClient.invalidateQueries({ queryKey: getGetAgentQueryKey(agent.id) });
    await queryClient.invalidateQueries({ queryKey: getGetAgentContainerLogsQueryKey(agent.id) });
  };
  return (
    <div className="card">
      <h2>Agents</h2>
      <form
        className="row"
        onSubmit={async (e) => {
          e.preventDefault();
          const created = await create.run({ data: { name, framework } });
          if (created) {
            await refresh();
            onCreated(created.data.id);
          }
        }}
      >
        <input name="agent-name" value={name} onChange={(e) => setName(e.target.value)} aria-label="Agent name" />
        <select name="framework" value={framework} onChange={(e) => setFramework(e.target.value as AgentFramework)} aria-label="Framework">
          {Object.values(AgentFramework).map((f) => (
            <option key={f}>{f}</option>
          ))}
        </select>
        <SubmitButton disabled={create.pending}>
          Create agent
        </SubmitButton>
      </form>
      <ErrorBox error={create.error} action="Creating the agent" />
      <ErrorBox error={deploy.error} action="Deploying" />
      <ErrorBox error={undeploy.error} action="Undeploying" />
      {agents.isPending && <Busy label="Loading agents…" />}
      <ErrorBox error={agents.error} action="Loading agents" />
      {(deploy.pending || undeploy.pending) && <Busy label={deploy.pending ? 'Deploying…' : 'Undeploying…'} />}
      <table>
        <tbody>
          {agents.data?.data.agents.map((agent) => (
            <tr key={agent.id} data-testid="agent" className={agent.id === selected ? 'selected' : undefined}>
              <td>
                {/* A real address (page and agent), so it can be opened in a new tab or copied. */}
                <a
                  href={`?${new URLSearchParams({ ...(page > 1 ? { page: String(page) } : {}), agent: agent.id })}`}
                  onClick={(e) => (e.preventDefault(), onSelect(agent.id))}
                  aria-current={agent.id === selected ? 'true' : undefined}
                >
                  {agent.name}
                </a>
                <div className="muted">{agent.framework}</div>
              </td>
              <td>
                <span className={`badge ${agent.status}`}>{agent.status}</span>
              </td>
              <td className="row">
                {agent.status === 'active' ? (
                  // Named with the agent: a screen reader's list of buttons otherwise reads "Deploy, Deploy, Undeploy".
                  <button className="secondary" onClick={() => act(undeploy, agent)} aria-label={`Undeploy ${agent.name}`}>
                    Undeploy
                  </button>
                ) : (
                  <button onClick={() => act(deploy, agent)} aria-label={`Deploy ${agent.name}`}>
                    Deploy
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {agents.data && agents.data.data.agents.length === 0 && page === 1 && <p className="muted">No agents yet: create one above.</p>}
      {(pages > 1 || page > 1) && (
        <div className="row">
          <button className="secondary" onClick={() => onPage(page - 1)} disabled={page <= 1}>
            Previous
          </button>
          <span className="muted">
            Page {page} of {pages}
          </span>
          <button className="secondary" onClick={() => onPage(page + 1)} disabled={page >= pages}>
            Next
          </button>
        </div>
      )}
    </div>
  );
}

function AgentDetail({ agentId, channel }: { agentId: string; channel: ChannelState }) {
  const workflows = useListAgentWorkflows(agentId, { query: { select: success } });
  // Read by id, not from the list's page: a link or a reload may name an agent on another page.
  const agentRead = useGetAgent(agentId, { query: { select: success } });
  const agent = agentRead.data?.data;
  const deployed = Boolean(agent?.deployed_at);
  const logs = useGetAgentContainerLogs(agentId, { tail: 20 }, { query: { select: success, retry: false, enabled: deployed } });
  const [definition, setDefinition] = useState(JSON.stringify(starterWorkflow, null, 2));
  const [message, setMessage] = useState('Where is my order?');
  const workflowId = useQueryParam('workflow');
  const executionId = useQueryParam('execution');
  const [invalid, setInvalid] = useState<string>();
  const create = useAction(useCreateWorkflow());
  const execute = useAction(useExecuteWorkflow());
  const list = workflows.data?.data.workflows ?? [];
  // The one the user chose, else the newest.
  const workflow = list.find((w) => w.id === workflowId) ?? list[0];
  const createWorkflow = async () => {
    let data: WorkflowData;
    try {
      data = JSON.parse(definition);
    } catch (err) {
      return setInvalid(`The workflow is not JSON: ${(err as Error).message}`);
    }
    setInvalid(undefined);
    if (await create.run({ agentId, data: { name: 'Main', workflow_data: data } })) await workflows.refetch();
  };
  return (
    <div className="card">
      <h2>Workflow{agent ? ` of ${agent.name}` : ''}</h2>
      <ErrorBox error={agentRead.error} action="Reading the agent" />
      {workflows.isPending && <Busy label="Loading workflows…" />}
      <ErrorBox error={workflows.error} action="Loading workflows" />
      {list.length > 1 && (
        <label>
          Workflow
          <select name="workflow" value={workflow?.id} onChange={(e) => setQuery({ workflow: e.target.value, execution: undefined })}>
            {list.map((w) => (
              <option key={w.id} value={w.id}>
                {w.name} v{w.version}
                {w.is_active ? '' : ' (inactive)'}
              </option>
            ))}
          </select>
        </label>
      )}
      {workflow ? (
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            const started = await execute.run({ id: workflow.id, data: { input_data: { message } } });
            if (started) setQuery({ execution: started.data.execution_id });
          }}
        >
          <p className="muted">
            {workflow.name} v{workflow.version}
          </p>
          <label>
            Message
            <input name="message" value={message} onChange={(e) => setMessage(e.target.value)} />
          </label>
          <SubmitButton disabled={execute.pending}>
            Execute
          </SubmitButton>
        </form>
      ) : (
        workflows.data && (
          <div>
            <label>
              Workflow definition (nodes and edges)
              <textarea name="workflow" value={definition} onChange={(e) => setDefinition(e.target.value)} rows={10} />
            </label>
            <button onClick={createWorkflow} disabled={create.pending}>
              Create workflow
            </button>
          </div>
        )
      )}
      {invalid && (
        <div className="error" role="alert">
          {invalid}
        </div>
      )}
      <ErrorBox error={create.error} action="Creating the workflow" />
      <ErrorBox error={execute.error} action="Executing" />
      {executionId && <ExecutionProgress key={executionId} executionId={executionId} channel={channel} onFinal={() => void logs.refetch()} />}
      <h3>Container logs</h3>
      {!deployed ? (
        <p className="muted">Deploy the agent (it needs a workflow first) to start its container.</p>
      ) : logs.error ? (
        <ErrorBox error={logs.error} action="Reading the container logs" />
      ) : (
        <pre data-testid="logs">{logs.data?.data.logs.map((l) => `${l.timestamp} ${l.level} ${l.message}`).join('\n') || 'No logs yet.'}</pre>
      )}
      {deployed && (
        <button className="secondary" onClick={() => void logs.refetch()}>
          Refresh logs
        </button>
      )}
    </div>
  );
}

const FINAL = ['completed', 'failed', 'cancelled'];

/**
 * Progress pushed over the WebSocket; the execution itself is also read every 2 s until it is final, so an update
 * the socket missed (it was still connecting, or reconnecting) does not leave the page waiting forever. Once final:
 * its steps, and its output or why it failed or was cancelled.
 */
function ExecutionProgress({ executionId, channel, onFinal }: { executionId: string; channel: ChannelState; onFinal: () => void }) {
  const updates = channel.messages.filter((m): m is ExecutionUpdateMessage => m.type === 'execution_update' && m.data.execution_id === executionId);
  const latest = updates.at(-1)?.data;
  const execution = useGetExecution(executionId, {
    query: { select: success, refetchInterval: (q) => (q.state.data?.status === 200 && FINAL.includes(q.state.data.data.status) ? false : 2000) },
  });
  const read = execution.data?.data;
  const pushedFinal = latest !== undefined && FINAL.includes(latest.status);
  const final = read !== undefined && FINAL.includes(read.status);
  // The socket said it ended: read the execution now rather than at the next poll.
  useEffect(() => {
    if (pushedFinal && !final) void execution.refetch();
  }, [pushedFinal]);
  useEffect(() => {
    if (final) onFinal();
    // Once, when the execution becomes final.
  }, [final]);
  const status = final ? read.status : (latest?.status ?? read?.status ?? 'pending');
  const progress = final ? 100 : (latest?.progress ?? 0);
  return (
    <div data-testid="execution">
      <h3>
        Execution <span className={`badge ${status}`}>{status}</span>
      </h3>
      <div className="meter" role="progressbar" aria-label="Execution progress" aria-valuenow={progress} aria-valuemin={0} aria-valuemax={100}>
        <div style={{ width: `${progress}%` }} />
      </div>
      <p className="muted">
        {progress}%{!final && latest?.current_step ? ` · running ${latest.current_step}` : ''}
      </p>
      {!final && <Busy label="Waiting for progress over the WebSocket…" />}
      <ErrorBox error={execution.error} action="Reading the execution" />
      {final && read.error_message && (
        <div className="error" role="alert">
          Execution {read.status}: {read.error_message}
        </div>
      )}
      {final && (
        <>
          <div className="steps">
            {read.execution_data.steps.map((s) => (
              <span key={s.node_id} className={`step ${s.status === 'completed' ? 'done' : s.status === 'failed' ? 'rejected' : ''}`}>
                {s.node_id}: {s.status}
              </span>
            ))}
          </div>
          {read.execution_data.output !== null && <pre data-testid="execution-output">{JSON.stringify(read.execution_data.output, null, 2)}</pre>}
        </>
      )}
    </div>
  );
}
