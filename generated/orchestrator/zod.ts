/**
 * generated — do not edit: produced by scripts/generate (orval).
 */
import {
  z as zod
} from 'zod';

/**
 * Exchanges e-mail/password credentials for an access token (JWT, 1 hour) and a refresh token (30 days).
Wrong e-mail and wrong password both yield the same 401 after the same work. Attempts are rate limited per
client address and per account (429, decision 22).

 * @summary Log in with e-mail and password
 */
export const loginBodyEmailMax = 254;
export const loginBodyPasswordMax = 1024;


export const loginBody = zod.object({
  "email": zod.string().email().max(loginBodyEmailMax),
  "password": zod.string().min(1).max(loginBodyPasswordMax)
}).describe('E-mail/password credentials.')

export const loginResponseUserEmailMax = 254;
export const loginResponseUserFirstNameMax = 100;
export const loginResponseUserLastNameMax = 100;


export const loginResponse = zod.object({
  "access_token": zod.string().describe('JWT to send as `Authorization: Bearer <access_token>`.'),
  "refresh_token": zod.string().describe('Opaque-to-clients JWT for `POST /auth/refresh`; valid for 30 days or until logout.'),
  "expires_in": zod.number().min(1).describe('Lifetime of the access token in seconds (3600).'),
  "token_type": zod.enum(['Bearer']),
  "user": zod.object({
  "id": zod.string().uuid(),
  "email": zod.string().email().max(loginResponseUserEmailMax),
  "first_name": zod.string().max(loginResponseUserFirstNameMax),
  "last_name": zod.string().max(loginResponseUserLastNameMax),
  "subscription_tier": zod.enum(['free', 'pro', 'enterprise']).describe('Subscription tier of a user or an organization.'),
  "email_verified": zod.boolean().describe('Whether the user confirmed their e-mail address.'),
  "created_at": zod.string().datetime({}),
  "updated_at": zod.string().datetime({}),
  "last_login_at": zod.string().datetime({}).nullable().describe('Time of the previous successful login; `null` if the user never logged in before.')
}).describe('A platform user. Returned by `GET /users/me`, `PUT /users/me` and inside the login response.')
}).describe('Tokens issued at login plus the logged-in user.')


/**
 * Issues a new access token. The refresh token is not rotated: it stays valid until it expires (30 days after
login) or until `POST /auth/logout`.

 * @summary Get a new access token from a refresh token
 */
export const refreshTokenBody = zod.object({
  "refresh_token": zod.string().min(1)
}).describe('A refresh token obtained from `POST /auth/login`.')

export const refreshTokenResponse = zod.object({
  "access_token": zod.string(),
  "expires_in": zod.number().min(1).describe('Lifetime of the access token in seconds (3600).'),
  "token_type": zod.enum(['Bearer'])
}).describe('A new access token. The refresh token is not rotated and stays valid.')


/**
 * Revokes the session of the presented access token: that access token and the refresh token issued with it
stop working immediately (later use yields 401). No request body.

 * @summary Log out and invalidate tokens
 */
export const logoutResponse = zod.object({
  "message": zod.string()
}).describe('A plain confirmation message.')


/**
 * @summary Get the current user's profile
 */
export const getCurrentUserResponseEmailMax = 254;
export const getCurrentUserResponseFirstNameMax = 100;
export const getCurrentUserResponseLastNameMax = 100;


export const getCurrentUserResponse = zod.object({
  "id": zod.string().uuid(),
  "email": zod.string().email().max(getCurrentUserResponseEmailMax),
  "first_name": zod.string().max(getCurrentUserResponseFirstNameMax),
  "last_name": zod.string().max(getCurrentUserResponseLastNameMax),
  "subscription_tier": zod.enum(['free', 'pro', 'enterprise']).describe('Subscription tier of a user or an organization.'),
  "email_verified": zod.boolean().describe('Whether the user confirmed their e-mail address.'),
  "created_at": zod.string().datetime({}),
  "updated_at": zod.string().datetime({}),
  "last_login_at": zod.string().datetime({}).nullable().describe('Time of the previous successful login; `null` if the user never logged in before.')
}).describe('A platform user. Returned by `GET /users/me`, `PUT /users/me` and inside the login response.')


/**
 * Changes the caller's first and/or last name and returns the whole updated profile.
 * @summary Update the current user's profile
 */
export const updateCurrentUserBodyFirstNameMax = 100;
export const updateCurrentUserBodyLastNameMax = 100;


export const updateCurrentUserBody = zod.object({
  "first_name": zod.string().min(1).max(updateCurrentUserBodyFirstNameMax).optional(),
  "last_name": zod.string().min(1).max(updateCurrentUserBodyLastNameMax).optional()
}).describe('Fields of the caller\'s profile to change. At least one field; omitted fields keep their value. E-mail and tier cannot be changed here.')

export const updateCurrentUserResponseEmailMax = 254;
export const updateCurrentUserResponseFirstNameMax = 100;
export const updateCurrentUserResponseLastNameMax = 100;


export const updateCurrentUserResponse = zod.object({
  "id": zod.string().uuid(),
  "email": zod.string().email().max(updateCurrentUserResponseEmailMax),
  "first_name": zod.string().max(updateCurrentUserResponseFirstNameMax),
  "last_name": zod.string().max(updateCurrentUserResponseLastNameMax),
  "subscription_tier": zod.enum(['free', 'pro', 'enterprise']).describe('Subscription tier of a user or an organization.'),
  "email_verified": zod.boolean().describe('Whether the user confirmed their e-mail address.'),
  "created_at": zod.string().datetime({}),
  "updated_at": zod.string().datetime({}),
  "last_login_at": zod.string().datetime({}).nullable().describe('Time of the previous successful login; `null` if the user never logged in before.')
}).describe('A platform user. Returned by `GET /users/me`, `PUT /users/me` and inside the login response.')


/**
 * All organizations the caller is a member of, with the caller's role in each, ordered by name. Not paginated.
 * @summary List the caller's organizations
 */
export const listOrganizationsResponseOrganizationsItemNameMax = 100;
export const listOrganizationsResponseOrganizationsItemSlugMin = 3;

export const listOrganizationsResponseOrganizationsItemSlugMax = 63;

export const listOrganizationsResponseOrganizationsItemSlugRegExp = new RegExp('^[a-z0-9]+(?:-[a-z0-9]+)*$');


export const listOrganizationsResponse = zod.object({
  "organizations": zod.array(zod.object({
  "id": zod.string().uuid(),
  "name": zod.string().min(1).max(listOrganizationsResponseOrganizationsItemNameMax),
  "slug": zod.string().min(listOrganizationsResponseOrganizationsItemSlugMin).max(listOrganizationsResponseOrganizationsItemSlugMax).regex(listOrganizationsResponseOrganizationsItemSlugRegExp).describe('URL-safe unique identifier of the organization.'),
  "subscription_tier": zod.enum(['free', 'pro', 'enterprise']).describe('Subscription tier of a user or an organization.'),
  "created_at": zod.string().datetime({})
}).describe('An organization that can own agents.').and(zod.object({
  "role": zod.enum(['owner', 'admin', 'member', 'viewer']).describe('Role of a user in an organization.\n`owner` and `admin` manage everything, including deleting and (un)publishing agents;\n`member` creates, edits, deploys and runs agents and workflows; `viewer` has read-only access.\n')
})).describe('An organization as listed for the caller, with the caller\'s role in it.'))
}).describe('The organizations the caller is a member of (not paginated).')


/**
 * Creates an organization; the caller becomes its `owner`. Slugs are unique platform-wide.
 * @summary Create an organization
 */
export const createOrganizationBodyNameMax = 100;

export const createOrganizationBodyNameRegExp = new RegExp('\\S');
export const createOrganizationBodySlugMin = 3;

export const createOrganizationBodySlugMax = 63;

export const createOrganizationBodySlugRegExp = new RegExp('^[a-z0-9]+(?:-[a-z0-9]+)*$');
export const createOrganizationBodySubscriptionTierDefault = "free";

export const createOrganizationBody = zod.object({
  "name": zod.string().min(1).max(createOrganizationBodyNameMax).regex(createOrganizationBodyNameRegExp).describe('At least one character other than whitespace (decision 32).'),
  "slug": zod.string().min(createOrganizationBodySlugMin).max(createOrganizationBodySlugMax).regex(createOrganizationBodySlugRegExp).optional().describe('Unique slug. Derived from `name` when omitted (accents dropped, lower-cased, non-alphanumerics replaced by `-`).'),
  "subscription_tier": zod.enum(['free', 'pro', 'enterprise']).describe('Subscription tier of a user or an organization.').default(createOrganizationBodySubscriptionTierDefault)
}).describe('A new organization. The caller becomes its `owner`.')


/**
 * Any member may read the organization. Organizations the caller is not a member of yield 404.
 * @summary Get an organization with its members
 */
export const getOrganizationResponseNameMax = 100;
export const getOrganizationResponseSlugMin = 3;

export const getOrganizationResponseSlugMax = 63;

export const getOrganizationResponseSlugRegExp = new RegExp('^[a-z0-9]+(?:-[a-z0-9]+)*$');


export const getOrganizationResponse = zod.object({
  "id": zod.string().uuid(),
  "name": zod.string().min(1).max(getOrganizationResponseNameMax),
  "slug": zod.string().min(getOrganizationResponseSlugMin).max(getOrganizationResponseSlugMax).regex(getOrganizationResponseSlugRegExp).describe('URL-safe unique identifier of the organization.'),
  "subscription_tier": zod.enum(['free', 'pro', 'enterprise']).describe('Subscription tier of a user or an organization.'),
  "created_at": zod.string().datetime({})
}).describe('An organization that can own agents.').and(zod.object({
  "members": zod.array(zod.object({
  "id": zod.string().uuid().describe('Identifier of the membership.'),
  "user_id": zod.string().uuid(),
  "email": zod.string().email(),
  "role": zod.enum(['owner', 'admin', 'member', 'viewer']).describe('Role of a user in an organization.\n`owner` and `admin` manage everything, including deleting and (un)publishing agents;\n`member` creates, edits, deploys and runs agents and workflows; `viewer` has read-only access.\n'),
  "joined_at": zod.string().datetime({})
}).describe('Membership of a user in an organization.'))
})).describe('An organization with its members.')


/**
 * Agents visible to the caller: those they own and those of organizations they are a member of,
newest first (`created_at` descending). All filters are optional and combine with AND.

 * @summary List the caller's agents
 */
export const listAgentsQueryPageDefault = 1;
export const listAgentsQueryPageMax = 2147483647;
export const listAgentsQueryLimitDefault = 20;
export const listAgentsQueryLimitMax = 100;


export const listAgentsQueryParams = zod.object({
  "owner_type": zod.enum(['user', 'organization']).optional().describe('Only agents owned by a user (the caller) or by organizations.'),
  "owner_id": zod.coerce.string().uuid().optional().describe('Only agents of this owner (the caller\'s user id or one of their organizations\' ids).'),
  "framework": zod.enum(['langgraph', 'agno', 'crewai', 'n8n']).optional().describe('Only agents on this framework.'),
  "status": zod.enum(['draft', 'active', 'inactive', 'error']).optional().describe('Only agents in this status.'),
  "page": zod.coerce.number().min(1).max(listAgentsQueryPageMax).default(listAgentsQueryPageDefault).describe('1-based page number, at most 2147483647 (decision 14). A page past the last one returns an empty list.'),
  "limit": zod.coerce.number().min(1).max(listAgentsQueryLimitMax).default(listAgentsQueryLimitDefault).describe('Page size (at most 100).')
})

export const listAgentsResponsePaginationPageMax = 2147483647;
export const listAgentsResponsePaginationLimitMax = 100;
export const listAgentsResponsePaginationTotalMin = 0;
export const listAgentsResponsePaginationPagesMin = 0;
export const listAgentsResponseAgentsItemNameMax = 100;
export const listAgentsResponseAgentsItemDescriptionMax = 2000;
export const listAgentsResponseAgentsItemVersionRegExp = new RegExp('^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$');
export const listAgentsResponseAgentsItemResourceLimitsCpuMax = 64;
export const listAgentsResponseAgentsItemResourceLimitsMemoryMin = 128;

export const listAgentsResponseAgentsItemResourceLimitsMemoryMax = 262144;
export const listAgentsResponseAgentsItemMetadataNodeCountMin = 0;
export const listAgentsResponseAgentsItemMetadataExecutionTimeRegExp = new RegExp('^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$');


export const listAgentsResponse = zod.object({
  "pagination": zod.object({
  "page": zod.number().min(1).max(listAgentsResponsePaginationPageMax).describe('The page returned (1-based), as requested.'),
  "limit": zod.number().min(1).max(listAgentsResponsePaginationLimitMax).describe('Page size, as requested.'),
  "total": zod.number().min(listAgentsResponsePaginationTotalMin).describe('Number of items matching the filters, over all pages.'),
  "pages": zod.number().min(listAgentsResponsePaginationPagesMin).describe('Number of pages, `ceil(total / limit)`; 0 when nothing matches.')
}).describe('Page metadata of a paginated list.')
}).describe('Shape shared by paginated lists: the items under a resource-named array (`agents`, `executions`)\nnext to a `pagination` object. Concrete list responses extend this schema.\n').and(zod.object({
  "agents": zod.array(zod.object({
  "id": zod.string().uuid(),
  "name": zod.string().min(1).max(listAgentsResponseAgentsItemNameMax),
  "description": zod.string().max(listAgentsResponseAgentsItemDescriptionMax).nullable(),
  "owner_type": zod.enum(['user', 'organization']).describe('Whether an agent belongs to a single user or to an organization.'),
  "owner_id": zod.string().uuid().describe('Id of the owning user or organization (per `owner_type`).'),
  "framework": zod.enum(['langgraph', 'agno', 'crewai', 'n8n']).describe('Agent framework the agent and its workflows run on.'),
  "agent_type": zod.enum(['visual', 'code']).describe('How the agent is authored: in the visual builder or as code.'),
  "status": zod.enum(['draft', 'active', 'inactive', 'error']).describe('Lifecycle status of an agent: `draft` (never deployed), `active` (deployed, container running),\n`inactive` (undeployed), `error` (deployment or container failed).\n'),
  "version": zod.string().regex(listAgentsResponseAgentsItemVersionRegExp).describe('Semantic version `MAJOR.MINOR.PATCH`, managed by the server.'),
  "created_at": zod.string().datetime({}),
  "updated_at": zod.string().datetime({}),
  "deployed_at": zod.string().datetime({}).nullable().describe('Time of the latest successful deployment; `null` if never deployed.'),
  "container_id": zod.string().nullable().describe('Container of the current deployment; `null` when the agent is not deployed.'),
  "resource_limits": zod.object({
  "cpu": zod.number().max(listAgentsResponseAgentsItemResourceLimitsCpuMax).describe('CPU limit in vCPU cores.'),
  "memory": zod.number().min(listAgentsResponseAgentsItemResourceLimitsMemoryMin).max(listAgentsResponseAgentsItemResourceLimitsMemoryMax).describe('Memory limit in MiB.'),
  "network_isolation": zod.enum(['shared', 'isolated']).describe('`shared`: container shares the platform agent network; `isolated`: dedicated network with egress only.')
}).describe('Resources granted to the agent\'s container.'),
  "metadata": zod.object({
  "node_count": zod.number().min(listAgentsResponseAgentsItemMetadataNodeCountMin).optional().describe('Number of nodes across the agent\'s active workflows.'),
  "execution_time": zod.string().regex(listAgentsResponseAgentsItemMetadataExecutionTimeRegExp).optional().describe('Average execution time of recent executions, as a duration string such as `2.5s`.')
}).describe('Server-computed facts about the agent. Further keys may appear.')
}).describe('An AI agent. The same shape is returned by list, get, create and update.'))
})).describe('One page of agents.')


/**
 * Creates an agent in status `draft` at version `1.0.0`, owned by the caller or by one of their organizations
(`owner_type: organization` + `owner_id`; needs role `owner`, `admin` or `member`). `resource_limits` default
to the owner's subscription tier allowance.

 * @summary Create an agent
 */
export const createAgentBodyNameMax = 100;

export const createAgentBodyNameRegExp = new RegExp('\\S');
export const createAgentBodyDescriptionMax = 2000;
export const createAgentBodyOwnerTypeDefault = "user";export const createAgentBodyAgentTypeDefault = "visual";export const createAgentBodyResourceLimitsCpuMax = 64;
export const createAgentBodyResourceLimitsMemoryMin = 128;

export const createAgentBodyResourceLimitsMemoryMax = 262144;


export const createAgentBody = zod.object({
  "name": zod.string().min(1).max(createAgentBodyNameMax).regex(createAgentBodyNameRegExp).describe('At least one character other than whitespace (decision 32).'),
  "description": zod.string().max(createAgentBodyDescriptionMax).nullish(),
  "owner_type": zod.enum(['user', 'organization']).describe('Whether an agent belongs to a single user or to an organization.').default(createAgentBodyOwnerTypeDefault),
  "owner_id": zod.string().uuid().optional(),
  "framework": zod.enum(['langgraph', 'agno', 'crewai', 'n8n']).describe('Agent framework the agent and its workflows run on.'),
  "agent_type": zod.enum(['visual', 'code']).describe('How the agent is authored: in the visual builder or as code.').default(createAgentBodyAgentTypeDefault),
  "resource_limits": zod.object({
  "cpu": zod.number().max(createAgentBodyResourceLimitsCpuMax).describe('CPU limit in vCPU cores.'),
  "memory": zod.number().min(createAgentBodyResourceLimitsMemoryMin).max(createAgentBodyResourceLimitsMemoryMax).describe('Memory limit in MiB.'),
  "network_isolation": zod.enum(['shared', 'isolated']).describe('`shared`: container shares the platform agent network; `isolated`: dedicated network with egress only.')
}).optional().describe('Resources granted to the agent\'s container.')
}).describe('A new agent. It starts in status `draft` at version `1.0.0`.\nFor `owner_type: organization`, `owner_id` (the organization id) is required and the caller needs role\n`owner`, `admin` or `member` in it. For `owner_type: user`, `owner_id` may be omitted and, if sent, must be the caller\'s id.\n')


/**
 * Any user who can see the agent (its owner, or any member of its owning organization) may read it.
 * @summary Get an agent
 */
export const getAgentResponseNameMax = 100;
export const getAgentResponseDescriptionMax = 2000;
export const getAgentResponseVersionRegExp = new RegExp('^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$');
export const getAgentResponseResourceLimitsCpuMax = 64;
export const getAgentResponseResourceLimitsMemoryMin = 128;

export const getAgentResponseResourceLimitsMemoryMax = 262144;
export const getAgentResponseMetadataNodeCountMin = 0;
export const getAgentResponseMetadataExecutionTimeRegExp = new RegExp('^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$');


export const getAgentResponse = zod.object({
  "id": zod.string().uuid(),
  "name": zod.string().min(1).max(getAgentResponseNameMax),
  "description": zod.string().max(getAgentResponseDescriptionMax).nullable(),
  "owner_type": zod.enum(['user', 'organization']).describe('Whether an agent belongs to a single user or to an organization.'),
  "owner_id": zod.string().uuid().describe('Id of the owning user or organization (per `owner_type`).'),
  "framework": zod.enum(['langgraph', 'agno', 'crewai', 'n8n']).describe('Agent framework the agent and its workflows run on.'),
  "agent_type": zod.enum(['visual', 'code']).describe('How the agent is authored: in the visual builder or as code.'),
  "status": zod.enum(['draft', 'active', 'inactive', 'error']).describe('Lifecycle status of an agent: `draft` (never deployed), `active` (deployed, container running),\n`inactive` (undeployed), `error` (deployment or container failed).\n'),
  "version": zod.string().regex(getAgentResponseVersionRegExp).describe('Semantic version `MAJOR.MINOR.PATCH`, managed by the server.'),
  "created_at": zod.string().datetime({}),
  "updated_at": zod.string().datetime({}),
  "deployed_at": zod.string().datetime({}).nullable().describe('Time of the latest successful deployment; `null` if never deployed.'),
  "container_id": zod.string().nullable().describe('Container of the current deployment; `null` when the agent is not deployed.'),
  "resource_limits": zod.object({
  "cpu": zod.number().max(getAgentResponseResourceLimitsCpuMax).describe('CPU limit in vCPU cores.'),
  "memory": zod.number().min(getAgentResponseResourceLimitsMemoryMin).max(getAgentResponseResourceLimitsMemoryMax).describe('Memory limit in MiB.'),
  "network_isolation": zod.enum(['shared', 'isolated']).describe('`shared`: container shares the platform agent network; `isolated`: dedicated network with egress only.')
}).describe('Resources granted to the agent\'s container.'),
  "metadata": zod.object({
  "node_count": zod.number().min(getAgentResponseMetadataNodeCountMin).optional().describe('Number of nodes across the agent\'s active workflows.'),
  "execution_time": zod.string().regex(getAgentResponseMetadataExecutionTimeRegExp).optional().describe('Average execution time of recent executions, as a duration string such as `2.5s`.')
}).describe('Server-computed facts about the agent. Further keys may appear.')
}).describe('An AI agent. The same shape is returned by list, get, create and update.')


/**
 * Partially updates name, description and/or resource limits and returns the whole agent; its minor version is bumped.
New resource limits take effect at the next deployment. Organization agents need role `owner`, `admin` or `member`.

 * @summary Update an agent
 */
export const updateAgentBodyNameMax = 100;

export const updateAgentBodyNameRegExp = new RegExp('\\S');
export const updateAgentBodyDescriptionMax = 2000;
export const updateAgentBodyResourceLimitsCpuMax = 64;
export const updateAgentBodyResourceLimitsMemoryMin = 128;

export const updateAgentBodyResourceLimitsMemoryMax = 262144;


export const updateAgentBody = zod.object({
  "name": zod.string().min(1).max(updateAgentBodyNameMax).regex(updateAgentBodyNameRegExp).optional().describe('At least one character other than whitespace (decision 32).'),
  "description": zod.string().max(updateAgentBodyDescriptionMax).nullish(),
  "resource_limits": zod.object({
  "cpu": zod.number().max(updateAgentBodyResourceLimitsCpuMax).describe('CPU limit in vCPU cores.'),
  "memory": zod.number().min(updateAgentBodyResourceLimitsMemoryMin).max(updateAgentBodyResourceLimitsMemoryMax).describe('Memory limit in MiB.'),
  "network_isolation": zod.enum(['shared', 'isolated']).describe('`shared`: container shares the platform agent network; `isolated`: dedicated network with egress only.')
}).optional().describe('Resources granted to the agent\'s container.')
}).describe('Fields of the agent to change (at least one). Omitted fields keep their value. Framework, owner and type are immutable.\nNew `resource_limits` apply from the next deployment. A successful update bumps the agent\'s minor version.\n')

export const updateAgentResponseNameMax = 100;
export const updateAgentResponseDescriptionMax = 2000;
export const updateAgentResponseVersionRegExp = new RegExp('^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$');
export const updateAgentResponseResourceLimitsCpuMax = 64;
export const updateAgentResponseResourceLimitsMemoryMin = 128;

export const updateAgentResponseResourceLimitsMemoryMax = 262144;
export const updateAgentResponseMetadataNodeCountMin = 0;
export const updateAgentResponseMetadataExecutionTimeRegExp = new RegExp('^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$');


export const updateAgentResponse = zod.object({
  "id": zod.string().uuid(),
  "name": zod.string().min(1).max(updateAgentResponseNameMax),
  "description": zod.string().max(updateAgentResponseDescriptionMax).nullable(),
  "owner_type": zod.enum(['user', 'organization']).describe('Whether an agent belongs to a single user or to an organization.'),
  "owner_id": zod.string().uuid().describe('Id of the owning user or organization (per `owner_type`).'),
  "framework": zod.enum(['langgraph', 'agno', 'crewai', 'n8n']).describe('Agent framework the agent and its workflows run on.'),
  "agent_type": zod.enum(['visual', 'code']).describe('How the agent is authored: in the visual builder or as code.'),
  "status": zod.enum(['draft', 'active', 'inactive', 'error']).describe('Lifecycle status of an agent: `draft` (never deployed), `active` (deployed, container running),\n`inactive` (undeployed), `error` (deployment or container failed).\n'),
  "version": zod.string().regex(updateAgentResponseVersionRegExp).describe('Semantic version `MAJOR.MINOR.PATCH`, managed by the server.'),
  "created_at": zod.string().datetime({}),
  "updated_at": zod.string().datetime({}),
  "deployed_at": zod.string().datetime({}).nullable().describe('Time of the latest successful deployment; `null` if never deployed.'),
  "container_id": zod.string().nullable().describe('Container of the current deployment; `null` when the agent is not deployed.'),
  "resource_limits": zod.object({
  "cpu": zod.number().max(updateAgentResponseResourceLimitsCpuMax).describe('CPU limit in vCPU cores.'),
  "memory": zod.number().min(updateAgentResponseResourceLimitsMemoryMin).max(updateAgentResponseResourceLimitsMemoryMax).describe('Memory limit in MiB.'),
  "network_isolation": zod.enum(['shared', 'isolated']).describe('`shared`: container shares the platform agent network; `isolated`: dedicated network with egress only.')
}).describe('Resources granted to the agent\'s container.'),
  "metadata": zod.object({
  "node_count": zod.number().min(updateAgentResponseMetadataNodeCountMin).optional().describe('Number of nodes across the agent\'s active workflows.'),
  "execution_time": zod.string().regex(updateAgentResponseMetadataExecutionTimeRegExp).optional().describe('Average execution time of recent executions, as a duration string such as `2.5s`.')
}).describe('Server-computed facts about the agent. Further keys may appear.')
}).describe('An AI agent. The same shape is returned by list, get, create and update.')


/**
 * Deletes the agent with its workflows and execution history. A deployed (`active`) or marketplace-published
agent must be undeployed / unpublished first (409). Organization agents need role `owner` or `admin`. The
container an agent in `error` still has is stopped (decision 39).

 * @summary Delete an agent
 */
export const deleteAgentResponse = zod.object({
  "message": zod.string()
}).describe('A plain confirmation message.')


/**
 * Creates and starts the agent's container with its active workflows and returns when the agent is running;
the agent becomes `active`. Allowed from `draft`, `inactive` and `error`; needs at least one active workflow.
No request body. If the container cannot be started the agent goes to status `error`. From `error`, the
container the agent kept is replaced and stopped, and its pending executions run on the new one (decision 40).
Organization agents need role `owner`, `admin` or `member`.

 * @summary Deploy an agent
 */
export const deployAgentResponse = zod.object({
  "id": zod.string().uuid().describe('Agent id.'),
  "status": zod.enum(['active']),
  "container_id": zod.string(),
  "deployed_at": zod.string().datetime({}),
  "deployment_logs": zod.array(zod.string()).describe('Log lines of the deployment, oldest first.')
}).describe('Result of a successful deployment.')


/**
 * Stops and removes the agent's container; the agent becomes `inactive` and its `container_id` `null`.
Pending and running executions of the agent are cancelled. Allowed from `active` and `error`. No request body.
Organization agents need role `owner`, `admin` or `member`.

 * @summary Undeploy an agent
 */
export const undeployAgentResponse = zod.object({
  "id": zod.string().uuid().describe('Agent id.'),
  "status": zod.enum(['inactive']),
  "undeployed_at": zod.string().datetime({})
}).describe('Result of a successful undeployment.')


/**
 * All workflows of the agent without their graphs, newest first. Not paginated.
 * @summary List an agent's workflows
 */
export const listAgentWorkflowsResponseWorkflowsItemNameMax = 100;
export const listAgentWorkflowsResponseWorkflowsItemDescriptionMax = 2000;
export const listAgentWorkflowsResponseWorkflowsItemVersionRegExp = new RegExp('^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$');


export const listAgentWorkflowsResponse = zod.object({
  "workflows": zod.array(zod.object({
  "id": zod.string().uuid(),
  "agent_id": zod.string().uuid(),
  "name": zod.string().min(1).max(listAgentWorkflowsResponseWorkflowsItemNameMax),
  "description": zod.string().max(listAgentWorkflowsResponseWorkflowsItemDescriptionMax).nullable(),
  "workflow_type": zod.enum(['visual', 'code']).describe('How the workflow is authored: in the visual builder or as code.'),
  "framework": zod.enum(['langgraph', 'agno', 'crewai', 'n8n']).describe('Agent framework the agent and its workflows run on.'),
  "version": zod.string().regex(listAgentWorkflowsResponseWorkflowsItemVersionRegExp).describe('Semantic version `MAJOR.MINOR.PATCH`, managed by the server.'),
  "is_active": zod.boolean().describe('Only active workflows can be executed.'),
  "created_at": zod.string().datetime({}),
  "updated_at": zod.string().datetime({})
}).describe('A workflow without its graph, as listed for an agent.'))
}).describe('All workflows of an agent, newest first (not paginated).')


/**
 * Creates a workflow at version `1.0.0`. `framework` defaults to the agent's framework; a different framework is
rejected with 400. Organization agents need role `owner`, `admin` or `member`.

 * @summary Create a workflow for an agent
 */
export const createWorkflowBodyNameMax = 100;

export const createWorkflowBodyNameRegExp = new RegExp('\\S');
export const createWorkflowBodyDescriptionMaxOne = 2000;
export const createWorkflowBodyWorkflowDataNodesItemIdMax = 128;

export const createWorkflowBodyWorkflowDataNodesItemIdRegExp = new RegExp('^[^\\S\\x00-\\x1F\\x7F]*[^\\s\\x00-\\x1F\\x7F][^\\x00-\\x1F\\x7F]*$');
export const createWorkflowBodyWorkflowDataNodesItemTypeMax = 64;

export const createWorkflowBodyWorkflowDataNodesItemTypeRegExp = new RegExp('^[^\\S\\x00-\\x1F\\x7F]*[^\\s\\x00-\\x1F\\x7F][^\\x00-\\x1F\\x7F]*$');
export const createWorkflowBodyWorkflowDataNodesMax = 200;
export const createWorkflowBodyWorkflowDataEdgesItemIdMax = 128;
export const createWorkflowBodyWorkflowDataEdgesItemSourceMax = 128;
export const createWorkflowBodyWorkflowDataEdgesItemTargetMax = 128;
export const createWorkflowBodyWorkflowDataEdgesItemConditionMax = 2000;
export const createWorkflowBodyWorkflowDataEdgesMax = 1000;
export const createWorkflowBodyWorkflowTypeDefault = "visual";export const createWorkflowBodyIsActiveDefault = true;

export const createWorkflowBody = zod.object({
  "name": zod.string().min(1).max(createWorkflowBodyNameMax).regex(createWorkflowBodyNameRegExp).describe('At least one character other than whitespace (decision 32).'),
  "description": zod.string().max(createWorkflowBodyDescriptionMaxOne).nullish(),
  "workflow_data": zod.object({
  "nodes": zod.array(zod.object({
  "id": zod.string().min(1).max(createWorkflowBodyWorkflowDataNodesItemIdMax).regex(createWorkflowBodyWorkflowDataNodesItemIdRegExp).describe('Node id, unique within the workflow: at most 128 characters, at least one of them visible, no control\ncharacters (decision 38).\n'),
  "type": zod.string().min(1).max(createWorkflowBodyWorkflowDataNodesItemTypeMax).regex(createWorkflowBodyWorkflowDataNodesItemTypeRegExp).describe('Node kind, e.g. `llm`, `tool`, `router`, `input`, `output`; at most 64 characters (decision 38).'),
  "data": zod.record(zod.string(), zod.any()).optional().describe('Node configuration (prompt, model, tool parameters, ...).'),
  "position": zod.object({
  "x": zod.number(),
  "y": zod.number()
}).optional().describe('Canvas position in the visual builder.')
}).describe('One node of a workflow graph. Framework-specific keys are allowed.')).max(createWorkflowBodyWorkflowDataNodesMax).describe('At most 200 nodes (decision 33); a larger graph is 400 `VALIDATION_ERROR` naming `workflow_data.nodes`.'),
  "edges": zod.array(zod.object({
  "id": zod.string().max(createWorkflowBodyWorkflowDataEdgesItemIdMax).optional().describe('Edge id, at most 128 characters (decision 38).'),
  "source": zod.string().max(createWorkflowBodyWorkflowDataEdgesItemSourceMax).describe('Id of the node the edge starts at (node ids are at most 128 characters).'),
  "target": zod.string().max(createWorkflowBodyWorkflowDataEdgesItemTargetMax).describe('Id of the node the edge ends at (node ids are at most 128 characters).'),
  "condition": zod.string().max(createWorkflowBodyWorkflowDataEdgesItemConditionMax).nullish().describe('Optional routing condition evaluated on the source node\'s output; at most 2000 characters (decision 38).')
}).describe('A directed edge between two nodes. Framework-specific keys are allowed.')).max(createWorkflowBodyWorkflowDataEdgesMax).describe('At most 1000 edges (decision 33); more is 400 `VALIDATION_ERROR` naming `workflow_data.edges`.'),
  "settings": zod.record(zod.string(), zod.any()).optional().describe('Workflow-wide settings (entry node, model defaults, ...).')
}).describe('The workflow graph, with no cycles (decision 29), of at most 200 nodes and 1000 edges (decision 33). Further\nframework-specific top-level keys are allowed.\n'),
  "workflow_type": zod.enum(['visual', 'code']).describe('How the workflow is authored: in the visual builder or as code.').default(createWorkflowBodyWorkflowTypeDefault),
  "framework": zod.enum(['langgraph', 'agno', 'crewai', 'n8n']).optional().describe('Agent framework the agent and its workflows run on.'),
  "is_active": zod.boolean().default(createWorkflowBodyIsActiveDefault)
}).describe('A new workflow for the agent, created at version `1.0.0`.\n`framework` defaults to the agent\'s framework and, if sent, must equal it.\n')


/**
 * @summary Get a workflow
 */
export const getWorkflowResponseNameMax = 100;
export const getWorkflowResponseDescriptionMaxOne = 2000;
export const getWorkflowResponseVersionRegExp = new RegExp('^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$');
export const getWorkflowResponseWorkflowDataNodesItemIdMax = 128;

export const getWorkflowResponseWorkflowDataNodesItemIdRegExp = new RegExp('^[^\\S\\x00-\\x1F\\x7F]*[^\\s\\x00-\\x1F\\x7F][^\\x00-\\x1F\\x7F]*$');
export const getWorkflowResponseWorkflowDataNodesItemTypeMax = 64;

export const getWorkflowResponseWorkflowDataNodesItemTypeRegExp = new RegExp('^[^\\S\\x00-\\x1F\\x7F]*[^\\s\\x00-\\x1F\\x7F][^\\x00-\\x1F\\x7F]*$');
export const getWorkflowResponseWorkflowDataNodesMax = 200;
export const getWorkflowResponseWorkflowDataEdgesItemIdMax = 128;
export const getWorkflowResponseWorkflowDataEdgesItemSourceMax = 128;
export const getWorkflowResponseWorkflowDataEdgesItemTargetMax = 128;
export const getWorkflowResponseWorkflowDataEdgesItemConditionMax = 2000;
export const getWorkflowResponseWorkflowDataEdgesMax = 1000;


export const getWorkflowResponse = zod.object({
  "id": zod.string().uuid(),
  "agent_id": zod.string().uuid(),
  "name": zod.string().min(1).max(getWorkflowResponseNameMax),
  "description": zod.string().max(getWorkflowResponseDescriptionMaxOne).nullable(),
  "workflow_type": zod.enum(['visual', 'code']).describe('How the workflow is authored: in the visual builder or as code.'),
  "framework": zod.enum(['langgraph', 'agno', 'crewai', 'n8n']).describe('Agent framework the agent and its workflows run on.'),
  "version": zod.string().regex(getWorkflowResponseVersionRegExp).describe('Semantic version `MAJOR.MINOR.PATCH`, managed by the server.'),
  "is_active": zod.boolean().describe('Only active workflows can be executed.'),
  "created_at": zod.string().datetime({}),
  "updated_at": zod.string().datetime({})
}).describe('A workflow without its graph, as listed for an agent.').and(zod.object({
  "workflow_data": zod.object({
  "nodes": zod.array(zod.object({
  "id": zod.string().min(1).max(getWorkflowResponseWorkflowDataNodesItemIdMax).regex(getWorkflowResponseWorkflowDataNodesItemIdRegExp).describe('Node id, unique within the workflow: at most 128 characters, at least one of them visible, no control\ncharacters (decision 38).\n'),
  "type": zod.string().min(1).max(getWorkflowResponseWorkflowDataNodesItemTypeMax).regex(getWorkflowResponseWorkflowDataNodesItemTypeRegExp).describe('Node kind, e.g. `llm`, `tool`, `router`, `input`, `output`; at most 64 characters (decision 38).'),
  "data": zod.record(zod.string(), zod.any()).optional().describe('Node configuration (prompt, model, tool parameters, ...).'),
  "position": zod.object({
  "x": zod.number(),
  "y": zod.number()
}).optional().describe('Canvas position in the visual builder.')
}).describe('One node of a workflow graph. Framework-specific keys are allowed.')).max(getWorkflowResponseWorkflowDataNodesMax).describe('At most 200 nodes (decision 33); a larger graph is 400 `VALIDATION_ERROR` naming `workflow_data.nodes`.'),
  "edges": zod.array(zod.object({
  "id": zod.string().max(getWorkflowResponseWorkflowDataEdgesItemIdMax).optional().describe('Edge id, at most 128 characters (decision 38).'),
  "source": zod.string().max(getWorkflowResponseWorkflowDataEdgesItemSourceMax).describe('Id of the node the edge starts at (node ids are at most 128 characters).'),
  "target": zod.string().max(getWorkflowResponseWorkflowDataEdgesItemTargetMax).describe('Id of the node the edge ends at (node ids are at most 128 characters).'),
  "condition": zod.string().max(getWorkflowResponseWorkflowDataEdgesItemConditionMax).nullish().describe('Optional routing condition evaluated on the source node\'s output; at most 2000 characters (decision 38).')
}).describe('A directed edge between two nodes. Framework-specific keys are allowed.')).max(getWorkflowResponseWorkflowDataEdgesMax).describe('At most 1000 edges (decision 33); more is 400 `VALIDATION_ERROR` naming `workflow_data.edges`.'),
  "settings": zod.record(zod.string(), zod.any()).optional().describe('Workflow-wide settings (entry node, model defaults, ...).')
}).describe('The workflow graph, with no cycles (decision 29), of at most 200 nodes and 1000 edges (decision 33). Further\nframework-specific top-level keys are allowed.\n')
})).describe('A workflow with its graph.')


/**
 * Partially updates the workflow (`workflow_data` is replaced as a whole) and bumps its minor version
(`1.0.0` -> `1.1.0`). Returns the whole workflow. A deployed agent picks the new version up at its next
deployment or container restart; executions started later use the new version.
Organization agents need role `owner`, `admin` or `member`.

 * @summary Update a workflow
 */
export const updateWorkflowBodyNameMax = 100;

export const updateWorkflowBodyNameRegExp = new RegExp('\\S');
export const updateWorkflowBodyDescriptionMax = 2000;
export const updateWorkflowBodyWorkflowDataNodesItemIdMax = 128;

export const updateWorkflowBodyWorkflowDataNodesItemIdRegExp = new RegExp('^[^\\S\\x00-\\x1F\\x7F]*[^\\s\\x00-\\x1F\\x7F][^\\x00-\\x1F\\x7F]*$');
export const updateWorkflowBodyWorkflowDataNodesItemTypeMax = 64;

export const updateWorkflowBodyWorkflowDataNodesItemTypeRegExp = new RegExp('^[^\\S\\x00-\\x1F\\x7F]*[^\\s\\x00-\\x1F\\x7F][^\\x00-\\x1F\\x7F]*$');
export const updateWorkflowBodyWorkflowDataNodesMax = 200;
export const updateWorkflowBodyWorkflowDataEdgesItemIdMax = 128;
export const updateWorkflowBodyWorkflowDataEdgesItemSourceMax = 128;
export const updateWorkflowBodyWorkflowDataEdgesItemTargetMax = 128;
export const updateWorkflowBodyWorkflowDataEdgesItemConditionMax = 2000;
export const updateWorkflowBodyWorkflowDataEdgesMax = 1000;


export const updateWorkflowBody = zod.object({
  "name": zod.string().min(1).max(updateWorkflowBodyNameMax).regex(updateWorkflowBodyNameRegExp).optional().describe('At least one character other than whitespace (decision 32).'),
  "description": zod.string().max(updateWorkflowBodyDescriptionMax).nullish(),
  "workflow_data": zod.object({
  "nodes": zod.array(zod.object({
  "id": zod.string().min(1).max(updateWorkflowBodyWorkflowDataNodesItemIdMax).regex(updateWorkflowBodyWorkflowDataNodesItemIdRegExp).describe('Node id, unique within the workflow: at most 128 characters, at least one of them visible, no control\ncharacters (decision 38).\n'),
  "type": zod.string().min(1).max(updateWorkflowBodyWorkflowDataNodesItemTypeMax).regex(updateWorkflowBodyWorkflowDataNodesItemTypeRegExp).describe('Node kind, e.g. `llm`, `tool`, `router`, `input`, `output`; at most 64 characters (decision 38).'),
  "data": zod.record(zod.string(), zod.any()).optional().describe('Node configuration (prompt, model, tool parameters, ...).'),
  "position": zod.object({
  "x": zod.number(),
  "y": zod.number()
}).optional().describe('Canvas position in the visual builder.')
}).describe('One node of a workflow graph. Framework-specific keys are allowed.')).max(updateWorkflowBodyWorkflowDataNodesMax).describe('At most 200 nodes (decision 33); a larger graph is 400 `VALIDATION_ERROR` naming `workflow_data.nodes`.'),
  "edges": zod.array(zod.object({
  "id": zod.string().max(updateWorkflowBodyWorkflowDataEdgesItemIdMax).optional().describe('Edge id, at most 128 characters (decision 38).'),
  "source": zod.string().max(updateWorkflowBodyWorkflowDataEdgesItemSourceMax).describe('Id of the node the edge starts at (node ids are at most 128 characters).'),
  "target": zod.string().max(updateWorkflowBodyWorkflowDataEdgesItemTargetMax).describe('Id of the node the edge ends at (node ids are at most 128 characters).'),
  "condition": zod.string().max(updateWorkflowBodyWorkflowDataEdgesItemConditionMax).nullish().describe('Optional routing condition evaluated on the source node\'s output; at most 2000 characters (decision 38).')
}).describe('A directed edge between two nodes. Framework-specific keys are allowed.')).max(updateWorkflowBodyWorkflowDataEdgesMax).describe('At most 1000 edges (decision 33); more is 400 `VALIDATION_ERROR` naming `workflow_data.edges`.'),
  "settings": zod.record(zod.string(), zod.any()).optional().describe('Workflow-wide settings (entry node, model defaults, ...).')
}).optional().describe('The workflow graph, with no cycles (decision 29), of at most 200 nodes and 1000 edges (decision 33). Further\nframework-specific top-level keys are allowed.\n'),
  "is_active": zod.boolean().optional()
}).describe('Fields of the workflow to change (at least one); omitted fields keep their value. `workflow_data` is replaced\nas a whole. Every successful update bumps the minor version (`1.0.0` -> `1.1.0`). Type and framework are immutable.\n')

export const updateWorkflowResponseNameMax = 100;
export const updateWorkflowResponseDescriptionMax = 2000;
export const updateWorkflowResponseVersionRegExp = new RegExp('^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$');
export const updateWorkflowResponseWorkflowDataNodesItemIdMax = 128;

export const updateWorkflowResponseWorkflowDataNodesItemIdRegExp = new RegExp('^[^\\S\\x00-\\x1F\\x7F]*[^\\s\\x00-\\x1F\\x7F][^\\x00-\\x1F\\x7F]*$');
export const updateWorkflowResponseWorkflowDataNodesItemTypeMax = 64;

export const updateWorkflowResponseWorkflowDataNodesItemTypeRegExp = new RegExp('^[^\\S\\x00-\\x1F\\x7F]*[^\\s\\x00-\\x1F\\x7F][^\\x00-\\x1F\\x7F]*$');
export const updateWorkflowResponseWorkflowDataNodesMax = 200;
export const updateWorkflowResponseWorkflowDataEdgesItemIdMax = 128;
export const updateWorkflowResponseWorkflowDataEdgesItemSourceMax = 128;
export const updateWorkflowResponseWorkflowDataEdgesItemTargetMax = 128;
export const updateWorkflowResponseWorkflowDataEdgesItemConditionMax = 2000;
export const updateWorkflowResponseWorkflowDataEdgesMax = 1000;


export const updateWorkflowResponse = zod.object({
  "id": zod.string().uuid(),
  "agent_id": zod.string().uuid(),
  "name": zod.string().min(1).max(updateWorkflowResponseNameMax),
  "description": zod.string().max(updateWorkflowResponseDescriptionMax).nullable(),
  "workflow_type": zod.enum(['visual', 'code']).describe('How the workflow is authored: in the visual builder or as code.'),
  "framework": zod.enum(['langgraph', 'agno', 'crewai', 'n8n']).describe('Agent framework the agent and its workflows run on.'),
  "version": zod.string().regex(updateWorkflowResponseVersionRegExp).describe('Semantic version `MAJOR.MINOR.PATCH`, managed by the server.'),
  "is_active": zod.boolean().describe('Only active workflows can be executed.'),
  "created_at": zod.string().datetime({}),
  "updated_at": zod.string().datetime({})
}).describe('A workflow without its graph, as listed for an agent.').and(zod.object({
  "workflow_data": zod.object({
  "nodes": zod.array(zod.object({
  "id": zod.string().min(1).max(updateWorkflowResponseWorkflowDataNodesItemIdMax).regex(updateWorkflowResponseWorkflowDataNodesItemIdRegExp).describe('Node id, unique within the workflow: at most 128 characters, at least one of them visible, no control\ncharacters (decision 38).\n'),
  "type": zod.string().min(1).max(updateWorkflowResponseWorkflowDataNodesItemTypeMax).regex(updateWorkflowResponseWorkflowDataNodesItemTypeRegExp).describe('Node kind, e.g. `llm`, `tool`, `router`, `input`, `output`; at most 64 characters (decision 38).'),
  "data": zod.record(zod.string(), zod.any()).optional().describe('Node configuration (prompt, model, tool parameters, ...).'),
  "position": zod.object({
  "x": zod.number(),
  "y": zod.number()
}).optional().describe('Canvas position in the visual builder.')
}).describe('One node of a workflow graph. Framework-specific keys are allowed.')).max(updateWorkflowResponseWorkflowDataNodesMax).describe('At most 200 nodes (decision 33); a larger graph is 400 `VALIDATION_ERROR` naming `workflow_data.nodes`.'),
  "edges": zod.array(zod.object({
  "id": zod.string().max(updateWorkflowResponseWorkflowDataEdgesItemIdMax).optional().describe('Edge id, at most 128 characters (decision 38).'),
  "source": zod.string().max(updateWorkflowResponseWorkflowDataEdgesItemSourceMax).describe('Id of the node the edge starts at (node ids are at most 128 characters).'),
  "target": zod.string().max(updateWorkflowResponseWorkflowDataEdgesItemTargetMax).describe('Id of the node the edge ends at (node ids are at most 128 characters).'),
  "condition": zod.string().max(updateWorkflowResponseWorkflowDataEdgesItemConditionMax).nullish().describe('Optional routing condition evaluated on the source node\'s output; at most 2000 characters (decision 38).')
}).describe('A directed edge between two nodes. Framework-specific keys are allowed.')).max(updateWorkflowResponseWorkflowDataEdgesMax).describe('At most 1000 edges (decision 33); more is 400 `VALIDATION_ERROR` naming `workflow_data.edges`.'),
  "settings": zod.record(zod.string(), zod.any()).optional().describe('Workflow-wide settings (entry node, model defaults, ...).')
}).describe('The workflow graph, with no cycles (decision 29), of at most 200 nodes and 1000 edges (decision 33). Further\nframework-specific top-level keys are allowed.\n')
})).describe('A workflow with its graph.')


/**
 * Starts an asynchronous execution of the workflow's current version in the agent's container and returns at once
(202). Progress arrives as WebSocket `execution_update` events; the result is read with `GET /executions/{id}`.
The workflow must be active (`is_active: true`) and its agent deployed (`active`). The body may be omitted.
Organization agents need role `owner`, `admin` or `member`.

 * @summary Execute a workflow
 */
export const executeWorkflowBodyInputDataDefault = {  };export const executeWorkflowBodyExecutionOptionsTimeoutDefault = 30000;
export const executeWorkflowBodyExecutionOptionsTimeoutMin = 1000;

export const executeWorkflowBodyExecutionOptionsTimeoutMax = 300000;
export const executeWorkflowBodyExecutionOptionsRetryCountDefault = 0;
export const executeWorkflowBodyExecutionOptionsRetryCountMin = 0;

export const executeWorkflowBodyExecutionOptionsRetryCountMax = 10;


export const executeWorkflowBody = zod.object({
  "input_data": zod.record(zod.string(), zod.any()).default(executeWorkflowBodyInputDataDefault).describe('Free-form input handed to the workflow\'s entry node.'),
  "execution_options": zod.object({
  "timeout": zod.number().min(executeWorkflowBodyExecutionOptionsTimeoutMin).max(executeWorkflowBodyExecutionOptionsTimeoutMax).default(executeWorkflowBodyExecutionOptionsTimeoutDefault).describe('Time limit for the whole execution in milliseconds; the execution fails when exceeded.'),
  "retry_count": zod.number().min(executeWorkflowBodyExecutionOptionsRetryCountMin).max(executeWorkflowBodyExecutionOptionsRetryCountMax).optional().describe('How many times a failed step is retried before the execution fails.')
}).optional().describe('Per-execution options.')
}).describe('Input of a workflow execution. The body may be omitted to run with empty input and default options.')


/**
 * Executions of all agents visible to the caller, newest first (`started_at` descending), without
`execution_data`. Filters are optional and combine with AND. `start_date`/`end_date` bound `started_at`
inclusively; a bare date (`2024-12-19`) means the whole UTC day.

 * @summary List executions with filtering
 */
export const listExecutionsQueryPageDefault = 1;
export const listExecutionsQueryPageMax = 2147483647;
export const listExecutionsQueryLimitDefault = 20;
export const listExecutionsQueryLimitMax = 100;


export const listExecutionsQueryParams = zod.object({
  "workflow_id": zod.coerce.string().uuid().optional().describe('Only executions of this workflow.'),
  "agent_id": zod.coerce.string().uuid().optional().describe('Only executions of this agent\'s workflows.'),
  "status": zod.enum(['pending', 'running', 'completed', 'failed', 'cancelled']).optional().describe('Only executions in this status.'),
  "start_date": zod.coerce.string().optional().describe('Only executions started at or after this ISO 8601 date or date-time.'),
  "end_date": zod.coerce.string().optional().describe('Only executions started at or before this ISO 8601 date (end of that day, UTC) or date-time. Must not precede `start_date`.'),
  "page": zod.coerce.number().min(1).max(listExecutionsQueryPageMax).default(listExecutionsQueryPageDefault).describe('1-based page number, at most 2147483647 (decision 14). A page past the last one returns an empty list.'),
  "limit": zod.coerce.number().min(1).max(listExecutionsQueryLimitMax).default(listExecutionsQueryLimitDefault).describe('Page size (at most 100).')
})

export const listExecutionsResponsePaginationPageMax = 2147483647;
export const listExecutionsResponsePaginationLimitMax = 100;
export const listExecutionsResponsePaginationTotalMin = 0;
export const listExecutionsResponsePaginationPagesMin = 0;
export const listExecutionsResponseExecutionsItemResourceUsageCpuTimeMin = 0;
export const listExecutionsResponseExecutionsItemResourceUsageMemoryPeakMin = 0;
export const listExecutionsResponseExecutionsItemResourceUsageExecutionTimeMin = 0;


export const listExecutionsResponse = zod.object({
  "pagination": zod.object({
  "page": zod.number().min(1).max(listExecutionsResponsePaginationPageMax).describe('The page returned (1-based), as requested.'),
  "limit": zod.number().min(1).max(listExecutionsResponsePaginationLimitMax).describe('Page size, as requested.'),
  "total": zod.number().min(listExecutionsResponsePaginationTotalMin).describe('Number of items matching the filters, over all pages.'),
  "pages": zod.number().min(listExecutionsResponsePaginationPagesMin).describe('Number of pages, `ceil(total / limit)`; 0 when nothing matches.')
}).describe('Page metadata of a paginated list.')
}).describe('Shape shared by paginated lists: the items under a resource-named array (`agents`, `executions`)\nnext to a `pagination` object. Concrete list responses extend this schema.\n').and(zod.object({
  "executions": zod.array(zod.object({
  "id": zod.string().uuid(),
  "workflow_id": zod.string().uuid(),
  "agent_id": zod.string().uuid(),
  "status": zod.enum(['pending', 'running', 'completed', 'failed', 'cancelled']).describe('Status of a workflow execution. `pending` (queued) -> `running` -> `completed` | `failed` | `cancelled`.\nExecutions are cancelled when their agent is undeployed or deleted while they run.\n'),
  "started_at": zod.string().datetime({}),
  "completed_at": zod.string().datetime({}).nullable().describe('When the execution reached a final status; `null` while `pending` or `running`.'),
  "resource_usage": zod.union([zod.object({
  "cpu_time": zod.number().min(listExecutionsResponseExecutionsItemResourceUsageCpuTimeMin).describe('CPU time in seconds.'),
  "memory_peak": zod.number().min(listExecutionsResponseExecutionsItemResourceUsageMemoryPeakMin).describe('Peak memory in MiB.'),
  "execution_time": zod.number().min(listExecutionsResponseExecutionsItemResourceUsageExecutionTimeMin).describe('Wall-clock duration in seconds.')
}).describe('Resources consumed by an execution.'),zod.null()]).describe('Resource usage; `null` until the execution finishes.'),
  "error_message": zod.string().nullable().describe('Why the execution failed or was cancelled; `null` otherwise.'),
  "correlation_id": zod.string().uuid()
}).describe('A workflow execution without its data, as listed by `GET /executions`.'))
})).describe('One page of executions, newest first.')


/**
 * @summary Get execution status and results
 */
export const getExecutionResponseResourceUsageCpuTimeMin = 0;
export const getExecutionResponseResourceUsageMemoryPeakMin = 0;
export const getExecutionResponseResourceUsageExecutionTimeMin = 0;


export const getExecutionResponse = zod.object({
  "id": zod.string().uuid(),
  "workflow_id": zod.string().uuid(),
  "agent_id": zod.string().uuid(),
  "status": zod.enum(['pending', 'running', 'completed', 'failed', 'cancelled']).describe('Status of a workflow execution. `pending` (queued) -> `running` -> `completed` | `failed` | `cancelled`.\nExecutions are cancelled when their agent is undeployed or deleted while they run.\n'),
  "started_at": zod.string().datetime({}),
  "completed_at": zod.string().datetime({}).nullable().describe('When the execution reached a final status; `null` while `pending` or `running`.'),
  "resource_usage": zod.union([zod.object({
  "cpu_time": zod.number().min(getExecutionResponseResourceUsageCpuTimeMin).describe('CPU time in seconds.'),
  "memory_peak": zod.number().min(getExecutionResponseResourceUsageMemoryPeakMin).describe('Peak memory in MiB.'),
  "execution_time": zod.number().min(getExecutionResponseResourceUsageExecutionTimeMin).describe('Wall-clock duration in seconds.')
}).describe('Resources consumed by an execution.'),zod.null()]).describe('Resource usage; `null` until the execution finishes.'),
  "error_message": zod.string().nullable().describe('Why the execution failed or was cancelled; `null` otherwise.'),
  "correlation_id": zod.string().uuid()
}).describe('A workflow execution without its data, as listed by `GET /executions`.').and(zod.object({
  "execution_data": zod.object({
  "input": zod.record(zod.string(), zod.any()).describe('The `input_data` the execution was started with.'),
  "output": zod.record(zod.string(), zod.any()).nullable().describe('Workflow output; `null` until the execution completes (and when it fails or is cancelled).'),
  "steps": zod.array(zod.object({
  "node_id": zod.string().describe('Id of the workflow node.'),
  "status": zod.enum(['pending', 'running', 'completed', 'failed', 'skipped']),
  "started_at": zod.string().datetime({}).nullish(),
  "completed_at": zod.string().datetime({}).nullish(),
  "output": zod.record(zod.string(), zod.any()).nullish().describe('Output of the node, if any. Recorded when the execution ends; while it is `running`, its steps show status\nand times, and `output` is `null` (decision 34).\n'),
  "output_omitted": zod.boolean().optional().describe('Present (`true`) on a step of a finished execution whose `output` is `null` because the step outputs before\nit already filled the final record\'s budget of 1 MiB (decision 35). The workflow\'s `output` is always kept.\n')
}).describe('Trace of one workflow node run during an execution. Framework-specific keys are allowed.')).describe('Steps in the order they started.')
}).describe('Input, output and step trace of an execution.')
})).describe('A workflow execution with its input, output and step trace.')


/**
 * Lists the deployed (`active`) agent on the marketplace. Republishing an unpublished agent reuses its
integration (same `integration_id` and `marketplace_agent_id`) with the new listing data.
Organization agents need role `owner` or `admin`.

 * @summary Publish an agent to the marketplace
 */
export const publishAgentBodyMarketplaceNameDefault = "hyphrki";export const publishAgentBodyDescriptionMax = 5000;
export const publishAgentBodyTagsItemMax = 50;

export const publishAgentBodyTagsItemRegExp = new RegExp('^[a-z0-9]+(?:-[a-z0-9]+)*$');
export const publishAgentBodyTagsDefault = [];
export const publishAgentBodyTagsMax = 20;


export const publishAgentBody = zod.object({
  "marketplace_name": zod.enum(['hyphrki']).describe('Target marketplace. `hyphrki` is the only marketplace supported.').default(publishAgentBodyMarketplaceNameDefault),
  "pricing": zod.any().and(zod.any()).describe('Price of the agent on the marketplace. `amount` and `currency` are required unless `type` is `free`;\n`interval` is required for (and only meaningful with) `subscription`. A `one_time` or `subscription` price is\n0.01 to 999999.99 in whole cents (decision 37).\n'),
  "description": zod.string().min(1).max(publishAgentBodyDescriptionMax).optional().describe('Marketplace description; defaults to the agent\'s description.'),
  "tags": zod.array(zod.string().max(publishAgentBodyTagsItemMax).regex(publishAgentBodyTagsItemRegExp)).max(publishAgentBodyTagsMax).default(publishAgentBodyTagsDefault)
}).describe('Listing of the agent on the marketplace.')

export const publishAgentResponse = zod.object({
  "integration_id": zod.string().uuid().describe('Id of the agent\'s marketplace integration (kept across unpublish/republish).'),
  "marketplace_agent_id": zod.string().describe('Id of the listing on the marketplace.'),
  "status": zod.enum(['published']),
  "published_at": zod.string().datetime({}),
  "marketplace_url": zod.string().url()
}).describe('Result of publishing an agent.')


/**
 * The agent's marketplace integration, published or unpublished, with usage metrics. Agents that were never
published yield 404.

 * @summary Get the agent's marketplace integration status
 */
export const getAgentMarketplaceIntegrationResponseUsageMetricsTotalDownloadsMin = 0;
export const getAgentMarketplaceIntegrationResponseUsageMetricsActiveUsersMin = 0;
export const getAgentMarketplaceIntegrationResponseUsageMetricsRevenueMin = 0;


export const getAgentMarketplaceIntegrationResponse = zod.object({
  "integration_id": zod.string().uuid(),
  "marketplace_name": zod.enum(['hyphrki']).describe('Target marketplace. `hyphrki` is the only marketplace supported.'),
  "marketplace_agent_id": zod.string(),
  "status": zod.enum(['published', 'unpublished']).describe('Whether the agent is currently listed on the marketplace.'),
  "marketplace_url": zod.string().url(),
  "pricing": zod.any().and(zod.any()).describe('Price of the agent on the marketplace. `amount` and `currency` are required unless `type` is `free`;\n`interval` is required for (and only meaningful with) `subscription`. A `one_time` or `subscription` price is\n0.01 to 999999.99 in whole cents (decision 37).\n'),
  "tags": zod.array(zod.string()),
  "published_at": zod.string().datetime({}).describe('Time of the latest publication.'),
  "unpublished_at": zod.string().datetime({}).nullable().describe('Time of the latest unpublication; `null` while published.'),
  "usage_metrics": zod.object({
  "total_downloads": zod.number().min(getAgentMarketplaceIntegrationResponseUsageMetricsTotalDownloadsMin),
  "active_users": zod.number().min(getAgentMarketplaceIntegrationResponseUsageMetricsActiveUsersMin),
  "revenue": zod.number().min(getAgentMarketplaceIntegrationResponseUsageMetricsRevenueMin).describe('Revenue in the listing\'s pricing currency.')
}).describe('Marketplace usage of a published agent, cumulative since first publication.')
}).describe('The agent\'s marketplace integration.')


/**
 * Removes the listing; the integration is kept with status `unpublished`. No request body. Organization agents need role `owner` or `admin`.
 * @summary Unpublish an agent from the marketplace
 */
export const unpublishAgentResponse = zod.object({
  "integration_id": zod.string().uuid(),
  "status": zod.enum(['unpublished']),
  "unpublished_at": zod.string().datetime({})
}).describe('Result of unpublishing an agent.')


/**
 * @summary Get the agent's container status
 */
export const getAgentContainerResponseResourceUsageCpuPercentMin = 0;
export const getAgentContainerResponseResourceUsageMemoryUsageMin = 0;
export const getAgentContainerResponseResourceUsageMemoryLimitMin = 0;
export const getAgentContainerResponseResourceUsageNetworkRxMin = 0;
export const getAgentContainerResponseResourceUsageNetworkTxMin = 0;
export const getAgentContainerResponseLogsMax = 20;


export const getAgentContainerResponse = zod.object({
  "container_id": zod.string(),
  "status": zod.enum(['creating', 'running', 'restarting', 'stopped', 'error']).describe('State of an agent container.'),
  "resource_usage": zod.object({
  "cpu_percent": zod.number().min(getAgentContainerResponseResourceUsageCpuPercentMin).describe('CPU usage in percent of one core (can exceed 100 with several cores).'),
  "memory_usage": zod.number().min(getAgentContainerResponseResourceUsageMemoryUsageMin).describe('Memory in use, MiB.'),
  "memory_limit": zod.number().min(getAgentContainerResponseResourceUsageMemoryLimitMin).describe('Memory limit, MiB.'),
  "network_rx": zod.number().min(getAgentContainerResponseResourceUsageNetworkRxMin).describe('Bytes received since the container started.'),
  "network_tx": zod.number().min(getAgentContainerResponseResourceUsageNetworkTxMin).describe('Bytes sent since the container started.')
}).describe('Current resource usage of a container.'),
  "health_status": zod.enum(['healthy', 'unhealthy', 'starting', 'unknown']).describe('Result of the latest container health check (`unknown` before the first check).'),
  "last_health_check": zod.string().datetime({}).nullable(),
  "logs": zod.array(zod.string()).max(getAgentContainerResponseLogsMax).describe('The latest log messages (at most 20), oldest first. Use `GET /agents/{id}/container/logs` for structured, filterable logs.')
}).describe('Status of the agent\'s container.')


/**
 * Log entries of the agent's current container, oldest first. `since`/`until` bound the entries' timestamps
inclusively; of the matching entries the last `tail` are returned.

 * @summary Get the agent's container logs
 */
export const getAgentContainerLogsQueryTailDefault = 100;
export const getAgentContainerLogsQueryTailMax = 10000;


export const getAgentContainerLogsQueryParams = zod.object({
  "since": zod.coerce.string().datetime({}).optional().describe('Only entries at or after this ISO 8601 timestamp.'),
  "until": zod.coerce.string().datetime({}).optional().describe('Only entries at or before this ISO 8601 timestamp. Must not precede `since`.'),
  "tail": zod.coerce.number().min(1).max(getAgentContainerLogsQueryTailMax).default(getAgentContainerLogsQueryTailDefault).describe('Maximum number of (most recent) entries to return.')
})

export const getAgentContainerLogsResponse = zod.object({
  "logs": zod.array(zod.object({
  "timestamp": zod.string().datetime({}),
  "level": zod.enum(['DEBUG', 'INFO', 'WARNING', 'ERROR', 'CRITICAL']).describe('Severity of a container log entry.'),
  "message": zod.string(),
  "source": zod.string().describe('Emitter of the entry, e.g. `container` (runtime), `agent` (framework) or `workflow` (a workflow node).')
}).describe('One container log entry.'))
}).describe('Container log entries, oldest first.')
