import type { Knex } from 'knex';
import type { Logger } from 'pino';
import type { EventBus } from '../../core/event-bus.js';
import type { ProviderRegistry } from '../model-providers/provider-registry.js';
import type { Publish } from './deployments.js';
import type { ExecutionSlots } from './execution-slots.js';
import { backToPending, closeInterrupted, executionUpdate, type ExecutionRow, type ExecutionStep } from './executions.js';
import { agentAudience } from './realtime.js';
import { ProcessStopped } from './agent-process.js';
import { RuntimeStopping, type ContainerRuntime } from './runtime.js';
import type { WorkflowData } from './views.js';
import { Cancelled, type WalkResult } from './workflow-run.js';

/** The event-bus topic on which a server process takes executions for the agent processes it supervises. */
export const executionsFor = (instance: string) => `orchestrator.executions.${instance}`;
export type ForwardedExecution = { executionId: string };

/**
 * Runs an execution in its agent's process. The process walks the graph (workflow-run.ts); this side, in the server
 * that supervises the process, records every step with a conditional update (`status = 'running'`, so an undeploy
 * that cancelled the execution stops it at its next step), answers the model calls through the model-provider
 * registry (the deterministic local provider unless configured: the process holds no provider keys), and publishes
 * each change. A queue worker in another server process forwards the execution to the supervising one over the event
 * bus; one whose container has no supervisor leaves it pending for the server that adopts the container.
 */
export class ExecutionEngine {
  constructor(
    private readonly knex: Knex,
    private readonly providers: ProviderRegistry,
    private readonly runtime: ContainerRuntime,
    private readonly events: EventBus,
    private readonly publish: Publish,
    private readonly slots: ExecutionSlots,
    private readonly log: Logger,
  ) {}

  async run(executionId: string): Promise<void> {
    const pending: ExecutionRow | undefined = await this.knex('orch_executions').where({ id: executionId, status: 'pending' }).first();
    if (!pending?.container_id) return;
    const container: { status: string } | undefined = await this.knex('orch_containers').where({ id: pending.container_id }).first('status');
    // A restarting or adopted container takes its pending executions when it runs again.
    if (container?.status === 'restarting' || container?.status === 'creating') return;
    // Stopped while its agent still names it as deployed: an undeploy under way, whose transaction cancels this
    // execution in a moment ('Agent was undeployed', decision 17). Failing it here ('container is stopped') told
    // the client something else happened. Should that undeploy fail after the stop, the sweep finishes it a minute
    // later (Deployments.finishInterruptedUndeploys), cancelling this execution then.
    if (container?.status === 'stopped' && (await this.beingUndeployed(pending))) return;
    if (container?.status !== 'running') return this.failPending(pending, `Agent container is ${container?.status ?? 'gone'}`);
    const supervisor = await this.runtime.supervisor(pending.container_id);
    if (supervisor !== 'here') {
      if (supervisor) await this.events.publish(executionsFor(supervisor), { executionId } satisfies ForwardedExecution);
      return;
    }
    const execution = await this.slots.claim(pending);
    if (!execution) return;
    try {
      await this.runClaimed(execution);
    } finally {
      await this.slots.handOff(execution);
    }
  }

  private async runClaimed(execution: ExecutionRow): Promise<void> {
    const executionId = execution.id;
    const audience = agentAudience(execution);
    await this.publish(executionUpdate(execution), audience);
    const version: { workflow_data: WorkflowData } = await this.knex('orch_workflow_versions')
      .where({ workflow_id: execution.workflow_id, version_minor: execution.workflow_version })
      .first('workflow_data');
    const message = {
      type: 'run' as const,
      executionId,
      execution: { id: execution.id, workflow_version: execution.workflow_version, input: execution.input, options: execution.options },
      graph: version.workflow_data,
    };
    let result: (Omit<WalkResult, 'resource_usage'> & { resource_usage: WalkResult['resource_usage'] | null }) | 'cancelled';
    try {
      result = await this.runtime.execute(execution.container_id!, message, {
        advance: (change) => this.advance(executionId, change, audience),
        complete: async (request) => {
          const completion = await this.providers.get(request.provider).complete({ prompt: request.prompt, model: request.model });
          return { text: completion.text, provider: completion.providerKey, model: completion.modelKey, tokens: completion.tokenInput + completion.tokenOutput };
        },
      });
    } catch (err) {
      if (err instanceof ProcessStopped) return;
      // Claimed while the server stopped its processes: no process ran it, so it waits for the next one.
      if (err instanceof RuntimeStopping) {
        const [requeued] = await backToPending(this.knex('orch_executions').where({ id: executionId }));
        if (requeued) await this.publish(executionUpdate(requeued), audience);
        return;
      }
      // The process died mid-run.
      const steps = await this.knex('orch_executions').where({ id: executionId }).first('steps');
      result = { status: 'failed', steps: closeInterrupted(steps?.steps ?? []), output: null, error_message: (err as Error).message, resource_usage: null };
    }
    if (result === 'cancelled') return;
    // Completed means every node ran: a process that says otherwise (a graph it could not order) failed the run.
    const ran = new Set(result.steps.filter((s) => s.status === 'completed').map((s) => s.node_id));
    if (result.status === 'completed' && version.workflow_data.nodes.some((n) => !ran.has(n.id))) {
      result = { ...result, status: 'failed', output: null, error_message: `Only ${ran.size} of the workflow's ${version.workflow_data.nodes.length} nodes ran` };
    }
    const final = {
      status: result.status,
      progress: 100,
      current_step: null,
      steps: JSON.stringify(result.steps),
      output: result.output === null ? null : JSON.stringify(result.output),
      error_message: result.error_message,
      resource_usage: result.resource_usage ? JSON.stringify(result.resource_usage) : null,
      completed_at: this.knex.fn.now(),
    };
    const [done]: ExecutionRow[] = await this.knex('orch_executions').where({ id: executionId, status: 'running' }).update(final).returning('*');
    if (done) await this.publish(executionUpdate(done), audience);
  }

  private async advance(executionId: string, change: { steps: ExecutionStep[]; progress: number; current_step: string }, audience: string[]): Promise<void> {
    const [row]: ExecutionRow[] = await this.knex('orch_executions')
      .where({ id: executionId, status: 'running' })
      .update({ steps: JSON.stringify(change.steps), progress: change.progress, current_step: change.current_step })
      .returning('*');
    if (!row) throw new Cancelled();
    await this.publish(executionUpdate(row), audience);
  }

  private async beingUndeployed(execution: ExecutionRow): Promise<boolean> {
    const agent = await this.knex('orch_agents')
      .where({ id: execution.agent_id, container_id: execution.container_id })
      .whereIn('status', ['active', 'error'])
      .whereNull('deleted_at')
      .first('id');
    return Boolean(agent);
  }

  private async failPending(execution: ExecutionRow, reason: string): Promise<void> {
    const [failed]: ExecutionRow[] = await this.knex('orch_executions')
      .where({ id: execution.id, status: 'pending' })
      .update({ status: 'failed', error_message: reason, progress: 100, completed_at: this.knex.fn.now() })
      .returning('*');
    if (failed) await this.publish(executionUpdate(failed), agentAudience(failed));
    else this.log.debug({ executionId: execution.id }, 'execution no longer pending');
  }
}
