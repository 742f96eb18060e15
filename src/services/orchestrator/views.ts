/** Database rows and the API shapes they become. Timestamps stay Dates; the runtime writes them as ISO strings. */

export type UserRow = {
  id: string;
  email: string;
  password_hash: string;
  first_name: string;
  last_name: string;
  subscription_tier: 'free' | 'pro' | 'enterprise';
  email_verified: boolean;
  created_at: Date;
  updated_at: Date;
  last_login_at: Date | null;
};

export function userView(row: UserRow) {
  return {
    id: row.id,
    email: row.email,
    first_name: row.first_name,
    last_name: row.last_name,
    subscription_tier: row.subscription_tier,
    email_verified: row.email_verified,
    created_at: iso(row.created_at),
    updated_at: iso(row.updated_at),
    last_login_at: row.last_login_at ? iso(row.last_login_at) : null,
  };
}

export type OrganizationRow = { id: string; name: string; slug: string; subscription_tier: 'free' | 'pro' | 'enterprise'; created_at: Date };

export function organizationView(row: OrganizationRow) {
  return { id: row.id, name: row.name, slug: row.slug, subscription_tier: row.subscription_tier, created_at: iso(row.created_at) };
}

export type ResourceLimits = { cpu: number; memory: number; network_isolation: 'shared' | 'isolated' };

export type AgentRow = {
  id: string;
  name: string;
  description: string | null;
  owner_type: 'user' | 'organization';
  owner_user_id: string | null;
  owner_org_id: string | null;
  framework: 'langgraph' | 'agno' | 'crewai' | 'n8n';
  agent_type: 'visual' | 'code';
  status: 'draft' | 'active' | 'inactive' | 'error';
  version_minor: number;
  resource_limits: ResourceLimits;
  created_at: Date;
  updated_at: Date;
  deployed_at: Date | null;
  container_id: string | null;
  /** Computed by the visibility query: nodes across the agent's active workflows. */
  node_count?: number | string;
  /** Computed with the visibility query: mean execution_time of the agent's recent executions; null without any. */
  avg_execution_seconds?: number | string | null;
  /** Computed by the visibility query: the caller's role in the owning organization (null for their own agents). */
  caller_role?: string | null;
};

export function agentView(row: AgentRow) {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    owner_type: row.owner_type,
    owner_id: (row.owner_user_id ?? row.owner_org_id)!,
    framework: row.framework,
    agent_type: row.agent_type,
    status: row.status,
    version: version(row.version_minor),
    created_at: iso(row.created_at),
    updated_at: iso(row.updated_at),
    deployed_at: row.deployed_at ? iso(row.deployed_at) : null,
    container_id: row.container_id,
    resource_limits: row.resource_limits,
    metadata: {
      node_count: Number(row.node_count ?? 0),
      ...(row.avg_execution_seconds == null ? {} : { execution_time: durationText(Number(row.avg_execution_seconds)) }),
    },
  };
}

/** A duration as the seed writes `metadata.execution_time`: whole milliseconds under a second (`65ms`), else seconds to a tenth (`2.5s`). */
export function durationText(seconds: number): string {
  if (seconds < 1) return `${Math.round(seconds * 1000)}ms`;
  return `${Number(seconds.toFixed(1))}s`;
}

export type WorkflowData = { nodes: { id: string; type: string; data?: Record<string, unknown> }[]; edges: { source: string; target: string }[]; [k: string]: unknown };

export type WorkflowRow = {
  id: string;
  agent_id: string;
  name: string;
  description: string | null;
  workflow_type: 'visual' | 'code';
  framework: AgentRow['framework'];
  version_minor: number;
  is_active: boolean;
  workflow_data: WorkflowData;
  created_at: Date;
  updated_at: Date;
};

export function workflowSummaryView(row: WorkflowRow) {
  return {
    id: row.id,
    agent_id: row.agent_id,
    name: row.name,
    description: row.description,
    workflow_type: row.workflow_type,
    framework: row.framework,
    version: version(row.version_minor),
    is_active: row.is_active,
    created_at: iso(row.created_at),
    updated_at: iso(row.updated_at),
  };
}

export function workflowView(row: WorkflowRow) {
  return { ...workflowSummaryView(row), workflow_data: row.workflow_data };
}

/** Agents and workflows start at 1.0.0 and every update bumps the minor version (decision 16). */
export const version = (minor: number) => `1.${minor}.0`;

export const iso = (value: Date | string) => (value instanceof Date ? value : new Date(value)).toISOString();
