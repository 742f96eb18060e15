/**
 * generated — do not edit: produced by scripts/generate (orval).
 */
import {
  z as zod
} from 'zod';

/**
 * Creates a `free`-tier workspace. Used by the dashboard when a user signs up (default workspace)
or creates a new team. The returned `id` is what clients send as `X-Workspace-Id` on all
subsequent run and usage requests. The body is optional; without `name` the workspace is
called `My Workspace`.

 * @summary Create workspace
 */
export const createWorkspaceBodyNameMax = 200;


export const createWorkspaceBody = zod.object({
  "name": zod.string().max(createWorkspaceBodyNameMax).nullish().describe('Optional display name, stored trimmed; defaults to `My Workspace`, also when `null`, empty or blank (decision 12).')
}).describe('Body of `POST /workspaces`. The body itself, and `name`, are optional.')


/**
 * Returns the workspace created with `POST /workspaces`.
 * @summary Get workspace
 */
export const getWorkspaceResponse = zod.object({
  "id": zod.string().min(1).describe('Workspace id (`ws-` prefix). Use it as `X-Workspace-Id`.'),
  "name": zod.string().describe('Display name. `My Workspace` when none was given at creation.'),
  "tier": zod.enum(['free', 'pro']).describe('Workspace billing tier. `free` allows 10 runs per calendar month (UTC), `pro` allows 1000.\n'),
  "created_at": zod.string().datetime({})
}).describe('A tenant. Its `id` is what clients send as `X-Workspace-Id`.')


/**
 * Sets the workspace's tier (`pro` = 1000 runs/month, `free` = 10). Called by the dashboard after
Stripe checkout or a subscription change (typically from its Stripe webhook handler).

**Secret:** `X-Webhook-Secret` is enforced only when the server has a secret configured
(`WORKSPACE_TIER_UPDATE_SECRET`). In that case a missing or wrong value gets `401`. When no
secret is configured the header is ignored and the call is unauthenticated.

The new limit applies immediately to the current period; runs already created are kept.

 * @summary Update workspace tier
 */
export const updateWorkspaceTierBody = zod.object({
  "tier": zod.enum(['free', 'pro']).describe('Workspace billing tier. `free` allows 10 runs per calendar month (UTC), `pro` allows 1000.\n')
}).describe('Body of `PATCH /workspaces/{id}/tier`.')

export const updateWorkspaceTierResponse = zod.object({
  "id": zod.string().min(1).describe('Workspace id (`ws-` prefix). Use it as `X-Workspace-Id`.'),
  "name": zod.string().describe('Display name. `My Workspace` when none was given at creation.'),
  "tier": zod.enum(['free', 'pro']).describe('Workspace billing tier. `free` allows 10 runs per calendar month (UTC), `pro` allows 1000.\n'),
  "created_at": zod.string().datetime({})
}).describe('A tenant. Its `id` is what clients send as `X-Workspace-Id`.')


/**
 * Creates a run in status `pending` in the caller's workspace (`X-Workspace-Id` / `X-Org-Id`,
default `ws-default`). The pipeline does not start until `POST /runs/{run_id}/start`.
Each created run counts against the workspace's monthly run limit (free = 10, pro = 1000);
when the limit is already reached the run is not created and `402` is returned.
Emits the `run.created` webhook and writes a `run.created` audit entry with the actor.

 * @summary Create run
 */
export const createRunHeaderXWorkspaceIdMax = 128;

export const createRunHeaderXWorkspaceIdRegExp = new RegExp('^[^,]*$');
export const createRunHeaderXOrgIdMax = 128;

export const createRunHeaderXOrgIdRegExp = new RegExp('^[^,]*$');
export const createRunHeaderXUserIdMax = 256;
export const createRunHeaderXActorMax = 256;


export const createRunHeader = zod.object({
  "X-Workspace-Id": zod.coerce.string().max(createRunHeaderXWorkspaceIdMax).regex(createRunHeaderXWorkspaceIdRegExp).optional().describe('Workspace (tenant) scope of the request. Takes precedence over `X-Org-Id`. When neither header\nis sent the workspace is `ws-default`. An id that was never created with `POST /workspaces` is\ntreated as an implicit `free`-tier workspace. An empty value counts as absent;\na value longer than 128 characters is rejected with `400 VALIDATION_ERROR`. Send it once: a header sent\ntwice arrives as its values joined by a comma (RFC 9110, section 5.3), so a value with a comma names no one\nworkspace and is `400 VALIDATION_ERROR` (decision 20). (No schema `default`: a default would hide `X-Org-Id`,\nwhich applies only when this header is absent.)\n'),
  "X-Org-Id": zod.coerce.string().max(createRunHeaderXOrgIdMax).regex(createRunHeaderXOrgIdRegExp).optional().describe('Alias of `X-Workspace-Id`, used only when `X-Workspace-Id` is absent. Like it, sent once: a value with a comma\n(the header sent twice) is `400 VALIDATION_ERROR`.\n'),
  "X-User-Id": zod.coerce.string().max(createRunHeaderXUserIdMax).optional().describe('Acting user, recorded in the audit log (and in `approved_by` / `rejected_by`). Takes precedence\nover `X-Actor`. When neither header is sent the actor is recorded as `anonymous`. An empty value counts as absent;\na value longer than 256 characters is rejected with `400 VALIDATION_ERROR`.\n'),
  "X-Actor": zod.coerce.string().max(createRunHeaderXActorMax).optional().describe('Alias of `X-User-Id`, used only when `X-User-Id` is absent.')
})

export const createRunBodyUserIntentDescriptionMax = 4000;

export const createRunBodyUserIntentDescriptionRegExp = new RegExp('\\S');
export const createRunBodyUserIntentTargetMax = 200;
export const createRunBodyUserIntentConstraintsMax = 4000;
export const createRunBodyCodenameMax = 100;
export const createRunBodyTagsItemMax = 64;
export const createRunBodyTagsDefault = [];
export const createRunBodyTagsMax = 20;
export const createRunBodyRequireApprovalDefault = false;

export const createRunBody = zod.object({
  "user_intent": zod.object({
  "description": zod.string().min(1).max(createRunBodyUserIntentDescriptionMax).regex(createRunBodyUserIntentDescriptionRegExp).describe('Free-text description of what to build and deploy; it must contain more than whitespace.'),
  "target": zod.string().max(createRunBodyUserIntentTargetMax).nullish().describe('Target environment, e.g. `production`, `staging`, `preview`; `null`, empty or blank counts as absent.'),
  "constraints": zod.string().max(createRunBodyUserIntentConstraintsMax).nullish().describe('Free-text constraints (budget, provider, region, compliance...); `null`, empty or blank counts as absent.')
}).describe('`user_intent` as a request sends it (`POST /runs`, `POST /what-if`): a `UserIntent` whose optional\n`target` and `constraints` may also be `null`, as clients that serialize an unset field send them. `null`\ncounts as absent, and so does an empty or blank string (a cleared form field): the run\'s stored intent\n(`UserIntent`) leaves the field out (decision 11). A missing/non-object `user_intent` or an empty or\nblank (whitespace-only) `description` is rejected with `400 INVALID_USER_INTENT`. Properties other than these three are ignored (not stored or echoed).\n'),
  "codename": zod.string().max(createRunBodyCodenameMax).nullish().describe('Optional human-friendly name for the run; `null`, empty or blank leaves the run without one.'),
  "tags": zod.array(zod.string().min(1).max(createRunBodyTagsItemMax)).max(createRunBodyTagsMax).default(createRunBodyTagsDefault).describe('Optional labels; `GET /runs?tag=` filters on them. `null` counts as absent (no tags).'),
  "require_approval": zod.boolean().nullish().describe('When `true`, the pipeline stops with status `blocked` after the sentinel step and waits for\n`POST /runs/{run_id}/approve` (production deploy gate) before the SRE step deploys. `null` counts as absent (`false`).\n')
}).describe('Body of `POST /runs`. The run is created in status `pending`; call `POST /runs/{run_id}/start` to run the pipeline.')


/**
 * Lists the runs of a workspace, newest first. The workspace is `workspace_id` when given,
otherwise `X-Workspace-Id` / `X-Org-Id`, otherwise `ws-default`.

 * @summary List runs
 */
export const listRunsQueryWorkspaceIdMax = 128;
export const listRunsQueryLimitDefault = 50;
export const listRunsQueryLimitMax = 100;
export const listRunsQueryBeforeMax = 200;


export const listRunsQueryParams = zod.object({
  "tag": zod.coerce.string().optional().describe('Only runs whose `tags` contain this exact tag. Empty (`?tag=`, a cleared filter) counts as absent: every run\nis listed.\n'),
  "workspace_id": zod.coerce.string().max(listRunsQueryWorkspaceIdMax).optional().describe('Workspace to list; overrides `X-Workspace-Id` / `X-Org-Id` when present. Empty (`?workspace_id=`) counts as\nabsent, as an empty header does: the headers decide.\n'),
  "limit": zod.coerce.number().min(1).max(listRunsQueryLimitMax).default(listRunsQueryLimitDefault).describe('Maximum number of items returned (newest first).'),
  "before": zod.coerce.string().max(listRunsQueryBeforeMax).optional().describe('Pagination: only runs listed after this run (older than it, in the list\'s order). Pass the `id` of the last\nrun of the previous page to get the next one; a page shorter than `limit` is the last (decision 15). A run id\nthat is not a run of the listed workspace is `400 VALIDATION_ERROR`; empty (`?before=`) counts as absent: the first page.\n')
})

export const listRunsHeaderXWorkspaceIdMax = 128;

export const listRunsHeaderXWorkspaceIdRegExp = new RegExp('^[^,]*$');
export const listRunsHeaderXOrgIdMax = 128;

export const listRunsHeaderXOrgIdRegExp = new RegExp('^[^,]*$');


export const listRunsHeader = zod.object({
  "X-Workspace-Id": zod.coerce.string().max(listRunsHeaderXWorkspaceIdMax).regex(listRunsHeaderXWorkspaceIdRegExp).optional().describe('Workspace (tenant) scope of the request. Takes precedence over `X-Org-Id`. When neither header\nis sent the workspace is `ws-default`. An id that was never created with `POST /workspaces` is\ntreated as an implicit `free`-tier workspace. An empty value counts as absent;\na value longer than 128 characters is rejected with `400 VALIDATION_ERROR`. Send it once: a header sent\ntwice arrives as its values joined by a comma (RFC 9110, section 5.3), so a value with a comma names no one\nworkspace and is `400 VALIDATION_ERROR` (decision 20). (No schema `default`: a default would hide `X-Org-Id`,\nwhich applies only when this header is absent.)\n'),
  "X-Org-Id": zod.coerce.string().max(listRunsHeaderXOrgIdMax).regex(listRunsHeaderXOrgIdRegExp).optional().describe('Alias of `X-Workspace-Id`, used only when `X-Workspace-Id` is absent. Like it, sent once: a value with a comma\n(the header sent twice) is `400 VALIDATION_ERROR`.\n')
})

export const listRunsResponse = zod.object({
  "runs": zod.array(zod.object({
  "id": zod.string(),
  "status": zod.enum(['pending', 'running', 'blocked', 'completed', 'failed']).describe('Lifecycle state of a run.\n\n- `pending` — created, pipeline not started (`POST /runs/{run_id}/start` moves it to `running`).\n- `running` — an agent step is executing; see `current_step`.\n- `blocked` — the pipeline is stopped: either at the approval gate (`require_approval` is true,\n  sentinel passed, waiting for approve/reject — a rejected run stays `blocked` with `rejected_at`\n  set) or because the sentinel agent blocked the plan (`sentinel_output.verdict` = `block`).\n- `completed` — all five agents finished; `deployment_url` is set when the SRE step deployed.\n- `failed` — an agent step failed; `error` says why and the failed step is the one at `current_step`.\n'),
  "created_at": zod.string().datetime({}),
  "codename": zod.string().nullable(),
  "tags": zod.array(zod.string())
}).describe('A run as listed by `GET /runs`.'))
}).describe('Runs of one workspace, newest first.')


/**
 * Full state of a run of the caller's workspace, including every agent's output so far.
 * @summary Get run
 */
export const getRunHeaderXWorkspaceIdMax = 128;

export const getRunHeaderXWorkspaceIdRegExp = new RegExp('^[^,]*$');
export const getRunHeaderXOrgIdMax = 128;

export const getRunHeaderXOrgIdRegExp = new RegExp('^[^,]*$');


export const getRunHeader = zod.object({
  "X-Workspace-Id": zod.coerce.string().max(getRunHeaderXWorkspaceIdMax).regex(getRunHeaderXWorkspaceIdRegExp).optional().describe('Workspace (tenant) scope of the request. Takes precedence over `X-Org-Id`. When neither header\nis sent the workspace is `ws-default`. An id that was never created with `POST /workspaces` is\ntreated as an implicit `free`-tier workspace. An empty value counts as absent;\na value longer than 128 characters is rejected with `400 VALIDATION_ERROR`. Send it once: a header sent\ntwice arrives as its values joined by a comma (RFC 9110, section 5.3), so a value with a comma names no one\nworkspace and is `400 VALIDATION_ERROR` (decision 20). (No schema `default`: a default would hide `X-Org-Id`,\nwhich applies only when this header is absent.)\n'),
  "X-Org-Id": zod.coerce.string().max(getRunHeaderXOrgIdMax).regex(getRunHeaderXOrgIdRegExp).optional().describe('Alias of `X-Workspace-Id`, used only when `X-Workspace-Id` is absent. Like it, sent once: a value with a comma\n(the header sent twice) is `400 VALIDATION_ERROR`.\n')
})

export const getRunResponseCurrentStepMin = 0;

export const getRunResponseCurrentStepMax = 5;
export const getRunResponseUserIntentDescriptionMax = 4000;
export const getRunResponseUserIntentTargetMax = 200;
export const getRunResponseUserIntentConstraintsMax = 4000;
export const getRunResponseFinopsOutputEstimatedMonthlyCostUsdMin = 0;
export const getRunResponseFinopsOutputBreakdownItemMonthlyCostUsdMin = 0;


export const getRunResponse = zod.object({
  "id": zod.string(),
  "workspace_id": zod.string().describe('Workspace that owns the run.'),
  "status": zod.enum(['pending', 'running', 'blocked', 'completed', 'failed']).describe('Lifecycle state of a run.\n\n- `pending` — created, pipeline not started (`POST /runs/{run_id}/start` moves it to `running`).\n- `running` — an agent step is executing; see `current_step`.\n- `blocked` — the pipeline is stopped: either at the approval gate (`require_approval` is true,\n  sentinel passed, waiting for approve/reject — a rejected run stays `blocked` with `rejected_at`\n  set) or because the sentinel agent blocked the plan (`sentinel_output.verdict` = `block`).\n- `completed` — all five agents finished; `deployment_url` is set when the SRE step deployed.\n- `failed` — an agent step failed; `error` says why and the failed step is the one at `current_step`.\n'),
  "current_step": zod.number().min(getRunResponseCurrentStepMin).max(getRunResponseCurrentStepMax),
  "error": zod.string().nullable().describe('Failure reason when `status` is `failed` (or why the sentinel blocked), else `null`.'),
  "user_intent": zod.object({
  "description": zod.string().min(1).max(getRunResponseUserIntentDescriptionMax).describe('Free-text description of what to build and deploy.'),
  "target": zod.string().max(getRunResponseUserIntentTargetMax).optional().describe('Target environment, e.g. `production`, `staging`, `preview`.'),
  "constraints": zod.string().max(getRunResponseUserIntentConstraintsMax).optional().describe('Free-text constraints (budget, provider, region, compliance...).')
}).describe('What the user wants deployed, in their own words. It is the input of the architect agent and is\ncopied unchanged by replay. `description` is the only required field; a missing/non-object\n`user_intent` or an empty `description` is rejected with `400 INVALID_USER_INTENT`.\n'),
  "architect_output": zod.union([zod.object({
  "summary": zod.string(),
  "components": zod.array(zod.object({
  "name": zod.string(),
  "kind": zod.enum(['frontend', 'backend', 'database', 'cache', 'queue', 'storage', 'cdn', 'other']),
  "description": zod.string().optional()
}).describe('One building block of the architecture proposed by the architect agent.')),
  "provider": zod.string().describe('Hosting provider chosen for the deployment.'),
  "region": zod.string().nullish(),
  "target": zod.string().optional().describe('Environment the plan targets (from `user_intent.target`, `production` when absent).'),
  "complexity": zod.enum(['low', 'medium', 'high']).optional()
}).describe('Result of step 1 (`architect`): the plan derived from `user_intent`. Agents may add further\nfields; clients must ignore properties they do not know.\n'),zod.null()]),
  "builder_output": zod.union([zod.object({
  "summary": zod.string(),
  "artifacts": zod.array(zod.object({
  "path": zod.string(),
  "type": zod.enum(['dockerfile', 'iac', 'manifest', 'ci', 'config', 'source']),
  "description": zod.string().optional(),
  "content": zod.string().optional().describe('The file\'s text, as generated; what the local deployment target serves.')
}).describe('A file produced by the builder agent.')),
  "build_command": zod.string().nullish(),
  "image": zod.string().nullish().describe('Container image reference, when one was built.')
}).describe('Result of step 2 (`builder`): the artifacts generated from the architect\'s plan. Agents may add\nfurther fields; clients must ignore properties they do not know.\n'),zod.null()]),
  "sentinel_output": zod.union([zod.object({
  "verdict": zod.enum(['pass', 'warn', 'block']),
  "risk_level": zod.enum(['low', 'medium', 'high', 'critical']).describe('Ordered risk scale used by the sentinel agent and by what-if estimates.'),
  "findings": zod.array(zod.object({
  "severity": zod.enum(['low', 'medium', 'high', 'critical']).describe('Ordered risk scale used by the sentinel agent and by what-if estimates.'),
  "category": zod.enum(['security', 'compliance', 'reliability', 'cost', 'policy']),
  "message": zod.string(),
  "artifact": zod.string().nullish().describe('Path of the builder artifact the finding refers to, if any.')
}).describe('One issue raised by the sentinel (security/policy) agent.')),
  "summary": zod.string().optional()
}).describe('Result of step 3 (`sentinel`): security and policy review of the builder\'s artifacts.\n`verdict` = `block` stops the pipeline with run status `blocked` (this is not the approval gate\nand cannot be approved). Agents may add further fields; clients must ignore properties they do not know.\n'),zod.null()]),
  "sre_output": zod.union([zod.object({
  "deployed": zod.boolean(),
  "deployment_url": zod.string().url().nullable().describe('Public URL of the deployment; also copied to `Run.deployment_url`.'),
  "target": zod.string().optional().describe('Deployment target that deployed it (`local` for the default target, decision 23).'),
  "environment": zod.string().optional(),
  "strategy": zod.enum(['rolling', 'blue_green', 'canary', 'recreate']).optional(),
  "health_check": zod.enum(['passed', 'failed', 'skipped']),
  "rollback_plan": zod.string().optional(),
  "summary": zod.string().optional()
}).describe('Result of step 4 (`sre`): the deployment. When `require_approval` is true this step only runs\nafter `POST /runs/{run_id}/approve`. Agents may add further fields; clients must ignore\nproperties they do not know.\n'),zod.null()]),
  "finops_output": zod.union([zod.object({
  "estimated_monthly_cost_usd": zod.number().min(getRunResponseFinopsOutputEstimatedMonthlyCostUsdMin),
  "currency": zod.literal("USD").optional(),
  "within_constraints": zod.boolean().describe('Whether the estimate respects `user_intent.constraints`.'),
  "breakdown": zod.array(zod.object({
  "item": zod.string(),
  "monthly_cost_usd": zod.number().min(getRunResponseFinopsOutputBreakdownItemMonthlyCostUsdMin)
}).describe('One line of the finops agent\'s cost estimate.')),
  "recommendations": zod.array(zod.string()).optional(),
  "summary": zod.string().optional()
}).describe('Result of step 5 (`finops`): cost estimate of what was deployed. Agents may add further fields;\nclients must ignore properties they do not know.\n'),zod.null()]),
  "created_at": zod.string().datetime({}),
  "updated_at": zod.string().datetime({}),
  "deployment_url": zod.string().url().nullable(),
  "codename": zod.string().nullable(),
  "tags": zod.array(zod.string()),
  "require_approval": zod.boolean(),
  "approved_at": zod.string().datetime({}).nullable(),
  "approved_by": zod.string().nullable().describe('Actor (`X-User-Id`/`X-Actor`, `anonymous` if neither was sent) who approved.'),
  "rejected_at": zod.string().datetime({}).nullable(),
  "rejected_by": zod.string().nullable().describe('Actor (`X-User-Id`/`X-Actor`, `anonymous` if neither was sent) who rejected.')
}).describe('Full state of a run. Each `*_output` is `null` until its agent step has finished.\n`current_step` is the 1-based index of the step executing (or last executed) — 1 `architect`,\n2 `builder`, 3 `sentinel`, 4 `sre`, 5 `finops` — and `0` while the run is `pending`.\nAt the approval gate the run is `blocked` with `current_step` = 4 and `sre_output` = `null`.\n')


/**
 * Starts the five-agent pipeline (architect → builder → sentinel → [approval gate] → sre → finops)
for a `pending` run. Returns immediately; the pipeline runs in the background — poll
`GET /runs/{run_id}` or subscribe to webhooks. Emits `run.started`.

 * @summary Start run
 */
export const startRunHeaderXWorkspaceIdMax = 128;

export const startRunHeaderXWorkspaceIdRegExp = new RegExp('^[^,]*$');
export const startRunHeaderXOrgIdMax = 128;

export const startRunHeaderXOrgIdRegExp = new RegExp('^[^,]*$');
export const startRunHeaderXUserIdMax = 256;
export const startRunHeaderXActorMax = 256;


export const startRunHeader = zod.object({
  "X-Workspace-Id": zod.coerce.string().max(startRunHeaderXWorkspaceIdMax).regex(startRunHeaderXWorkspaceIdRegExp).optional().describe('Workspace (tenant) scope of the request. Takes precedence over `X-Org-Id`. When neither header\nis sent the workspace is `ws-default`. An id that was never created with `POST /workspaces` is\ntreated as an implicit `free`-tier workspace. An empty value counts as absent;\na value longer than 128 characters is rejected with `400 VALIDATION_ERROR`. Send it once: a header sent\ntwice arrives as its values joined by a comma (RFC 9110, section 5.3), so a value with a comma names no one\nworkspace and is `400 VALIDATION_ERROR` (decision 20). (No schema `default`: a default would hide `X-Org-Id`,\nwhich applies only when this header is absent.)\n'),
  "X-Org-Id": zod.coerce.string().max(startRunHeaderXOrgIdMax).regex(startRunHeaderXOrgIdRegExp).optional().describe('Alias of `X-Workspace-Id`, used only when `X-Workspace-Id` is absent. Like it, sent once: a value with a comma\n(the header sent twice) is `400 VALIDATION_ERROR`.\n'),
  "X-User-Id": zod.coerce.string().max(startRunHeaderXUserIdMax).optional().describe('Acting user, recorded in the audit log (and in `approved_by` / `rejected_by`). Takes precedence\nover `X-Actor`. When neither header is sent the actor is recorded as `anonymous`. An empty value counts as absent;\na value longer than 256 characters is rejected with `400 VALIDATION_ERROR`.\n'),
  "X-Actor": zod.coerce.string().max(startRunHeaderXActorMax).optional().describe('Alias of `X-User-Id`, used only when `X-User-Id` is absent.')
})


/**
 * Approves a run waiting at the approval gate — status `blocked`, `require_approval` true, not yet
approved or rejected. Sets `approved_at` / `approved_by` (the actor), writes a `run.approved`
audit entry, sets the run back to `running` and resumes the pipeline from the SRE step in
the background. Any other state gets `409`.

 * @summary Approve run (production deploy gate)
 */
export const approveRunHeaderXWorkspaceIdMax = 128;

export const approveRunHeaderXWorkspaceIdRegExp = new RegExp('^[^,]*$');
export const approveRunHeaderXOrgIdMax = 128;

export const approveRunHeaderXOrgIdRegExp = new RegExp('^[^,]*$');
export const approveRunHeaderXUserIdMax = 256;
export const approveRunHeaderXActorMax = 256;


export const approveRunHeader = zod.object({
  "X-Workspace-Id": zod.coerce.string().max(approveRunHeaderXWorkspaceIdMax).regex(approveRunHeaderXWorkspaceIdRegExp).optional().describe('Workspace (tenant) scope of the request. Takes precedence over `X-Org-Id`. When neither header\nis sent the workspace is `ws-default`. An id that was never created with `POST /workspaces` is\ntreated as an implicit `free`-tier workspace. An empty value counts as absent;\na value longer than 128 characters is rejected with `400 VALIDATION_ERROR`. Send it once: a header sent\ntwice arrives as its values joined by a comma (RFC 9110, section 5.3), so a value with a comma names no one\nworkspace and is `400 VALIDATION_ERROR` (decision 20). (No schema `default`: a default would hide `X-Org-Id`,\nwhich applies only when this header is absent.)\n'),
  "X-Org-Id": zod.coerce.string().max(approveRunHeaderXOrgIdMax).regex(approveRunHeaderXOrgIdRegExp).optional().describe('Alias of `X-Workspace-Id`, used only when `X-Workspace-Id` is absent. Like it, sent once: a value with a comma\n(the header sent twice) is `400 VALIDATION_ERROR`.\n'),
  "X-User-Id": zod.coerce.string().max(approveRunHeaderXUserIdMax).optional().describe('Acting user, recorded in the audit log (and in `approved_by` / `rejected_by`). Takes precedence\nover `X-Actor`. When neither header is sent the actor is recorded as `anonymous`. An empty value counts as absent;\na value longer than 256 characters is rejected with `400 VALIDATION_ERROR`.\n'),
  "X-Actor": zod.coerce.string().max(approveRunHeaderXActorMax).optional().describe('Alias of `X-User-Id`, used only when `X-User-Id` is absent.')
})

export const approveRunResponse = zod.object({
  "message": zod.literal("Approved"),
  "run_id": zod.string()
})


/**
 * Rejects a run waiting at the approval gate. Sets `rejected_at` / `rejected_by` (the actor) and
writes a `run.rejected` audit entry; the run stays `blocked` for good (nothing is deployed, no
webhook is sent). A run not awaiting approval — including one already approved or rejected —
gets `409`.

 * @summary Reject run
 */
export const rejectRunHeaderXWorkspaceIdMax = 128;

export const rejectRunHeaderXWorkspaceIdRegExp = new RegExp('^[^,]*$');
export const rejectRunHeaderXOrgIdMax = 128;

export const rejectRunHeaderXOrgIdRegExp = new RegExp('^[^,]*$');
export const rejectRunHeaderXUserIdMax = 256;
export const rejectRunHeaderXActorMax = 256;


export const rejectRunHeader = zod.object({
  "X-Workspace-Id": zod.coerce.string().max(rejectRunHeaderXWorkspaceIdMax).regex(rejectRunHeaderXWorkspaceIdRegExp).optional().describe('Workspace (tenant) scope of the request. Takes precedence over `X-Org-Id`. When neither header\nis sent the workspace is `ws-default`. An id that was never created with `POST /workspaces` is\ntreated as an implicit `free`-tier workspace. An empty value counts as absent;\na value longer than 128 characters is rejected with `400 VALIDATION_ERROR`. Send it once: a header sent\ntwice arrives as its values joined by a comma (RFC 9110, section 5.3), so a value with a comma names no one\nworkspace and is `400 VALIDATION_ERROR` (decision 20). (No schema `default`: a default would hide `X-Org-Id`,\nwhich applies only when this header is absent.)\n'),
  "X-Org-Id": zod.coerce.string().max(rejectRunHeaderXOrgIdMax).regex(rejectRunHeaderXOrgIdRegExp).optional().describe('Alias of `X-Workspace-Id`, used only when `X-Workspace-Id` is absent. Like it, sent once: a value with a comma\n(the header sent twice) is `400 VALIDATION_ERROR`.\n'),
  "X-User-Id": zod.coerce.string().max(rejectRunHeaderXUserIdMax).optional().describe('Acting user, recorded in the audit log (and in `approved_by` / `rejected_by`). Takes precedence\nover `X-Actor`. When neither header is sent the actor is recorded as `anonymous`. An empty value counts as absent;\na value longer than 256 characters is rejected with `400 VALIDATION_ERROR`.\n'),
  "X-Actor": zod.coerce.string().max(rejectRunHeaderXActorMax).optional().describe('Alias of `X-User-Id`, used only when `X-User-Id` is absent.')
})

export const rejectRunResponse = zod.object({
  "message": zod.literal("Rejected"),
  "run_id": zod.string()
})


/**
 * Records a rollback of the run's deployment in the audit log (`run.rollback`, with the actor).
This is a mock: no infrastructure is changed and the run's status is not modified. Accepted
for a run in any status.

 * @summary Rollback run
 */
export const rollbackRunHeaderXWorkspaceIdMax = 128;

export const rollbackRunHeaderXWorkspaceIdRegExp = new RegExp('^[^,]*$');
export const rollbackRunHeaderXOrgIdMax = 128;

export const rollbackRunHeaderXOrgIdRegExp = new RegExp('^[^,]*$');
export const rollbackRunHeaderXUserIdMax = 256;
export const rollbackRunHeaderXActorMax = 256;


export const rollbackRunHeader = zod.object({
  "X-Workspace-Id": zod.coerce.string().max(rollbackRunHeaderXWorkspaceIdMax).regex(rollbackRunHeaderXWorkspaceIdRegExp).optional().describe('Workspace (tenant) scope of the request. Takes precedence over `X-Org-Id`. When neither header\nis sent the workspace is `ws-default`. An id that was never created with `POST /workspaces` is\ntreated as an implicit `free`-tier workspace. An empty value counts as absent;\na value longer than 128 characters is rejected with `400 VALIDATION_ERROR`. Send it once: a header sent\ntwice arrives as its values joined by a comma (RFC 9110, section 5.3), so a value with a comma names no one\nworkspace and is `400 VALIDATION_ERROR` (decision 20). (No schema `default`: a default would hide `X-Org-Id`,\nwhich applies only when this header is absent.)\n'),
  "X-Org-Id": zod.coerce.string().max(rollbackRunHeaderXOrgIdMax).regex(rollbackRunHeaderXOrgIdRegExp).optional().describe('Alias of `X-Workspace-Id`, used only when `X-Workspace-Id` is absent. Like it, sent once: a value with a comma\n(the header sent twice) is `400 VALIDATION_ERROR`.\n'),
  "X-User-Id": zod.coerce.string().max(rollbackRunHeaderXUserIdMax).optional().describe('Acting user, recorded in the audit log (and in `approved_by` / `rejected_by`). Takes precedence\nover `X-Actor`. When neither header is sent the actor is recorded as `anonymous`. An empty value counts as absent;\na value longer than 256 characters is rejected with `400 VALIDATION_ERROR`.\n'),
  "X-Actor": zod.coerce.string().max(rollbackRunHeaderXActorMax).optional().describe('Alias of `X-User-Id`, used only when `X-User-Id` is absent.')
})

export const rollbackRunResponse = zod.object({
  "message": zod.string(),
  "audit_recorded": zod.boolean().describe('`true` once the `run.rollback` audit entry has been written.')
}).describe('Returned by `POST /runs/{run_id}/rollback`. The rollback is a mock; only the audit entry is written.')


/**
 * Creates a new run in the same workspace with the same `user_intent` (and the original's `tags`
and `require_approval`; `codename` is not copied) and starts it immediately. The original run
may be in any status and is not modified apart from a `run.replayed` audit entry. The new run
counts against the monthly run limit, so `402` is possible. Emits `run.created` and `run.started`
for the new run.

 * @summary Replay run
 */
export const replayRunHeaderXWorkspaceIdMax = 128;

export const replayRunHeaderXWorkspaceIdRegExp = new RegExp('^[^,]*$');
export const replayRunHeaderXOrgIdMax = 128;

export const replayRunHeaderXOrgIdRegExp = new RegExp('^[^,]*$');
export const replayRunHeaderXUserIdMax = 256;
export const replayRunHeaderXActorMax = 256;


export const replayRunHeader = zod.object({
  "X-Workspace-Id": zod.coerce.string().max(replayRunHeaderXWorkspaceIdMax).regex(replayRunHeaderXWorkspaceIdRegExp).optional().describe('Workspace (tenant) scope of the request. Takes precedence over `X-Org-Id`. When neither header\nis sent the workspace is `ws-default`. An id that was never created with `POST /workspaces` is\ntreated as an implicit `free`-tier workspace. An empty value counts as absent;\na value longer than 128 characters is rejected with `400 VALIDATION_ERROR`. Send it once: a header sent\ntwice arrives as its values joined by a comma (RFC 9110, section 5.3), so a value with a comma names no one\nworkspace and is `400 VALIDATION_ERROR` (decision 20). (No schema `default`: a default would hide `X-Org-Id`,\nwhich applies only when this header is absent.)\n'),
  "X-Org-Id": zod.coerce.string().max(replayRunHeaderXOrgIdMax).regex(replayRunHeaderXOrgIdRegExp).optional().describe('Alias of `X-Workspace-Id`, used only when `X-Workspace-Id` is absent. Like it, sent once: a value with a comma\n(the header sent twice) is `400 VALIDATION_ERROR`.\n'),
  "X-User-Id": zod.coerce.string().max(replayRunHeaderXUserIdMax).optional().describe('Acting user, recorded in the audit log (and in `approved_by` / `rejected_by`). Takes precedence\nover `X-Actor`. When neither header is sent the actor is recorded as `anonymous`. An empty value counts as absent;\na value longer than 256 characters is rejected with `400 VALIDATION_ERROR`.\n'),
  "X-Actor": zod.coerce.string().max(replayRunHeaderXActorMax).optional().describe('Alias of `X-User-Id`, used only when `X-User-Id` is absent.')
})


/**
 * Audit log of a run of the caller's workspace, oldest entry first.
 * @summary Get run logs (audit)
 */
export const getRunLogsHeaderXWorkspaceIdMax = 128;

export const getRunLogsHeaderXWorkspaceIdRegExp = new RegExp('^[^,]*$');
export const getRunLogsHeaderXOrgIdMax = 128;

export const getRunLogsHeaderXOrgIdRegExp = new RegExp('^[^,]*$');


export const getRunLogsHeader = zod.object({
  "X-Workspace-Id": zod.coerce.string().max(getRunLogsHeaderXWorkspaceIdMax).regex(getRunLogsHeaderXWorkspaceIdRegExp).optional().describe('Workspace (tenant) scope of the request. Takes precedence over `X-Org-Id`. When neither header\nis sent the workspace is `ws-default`. An id that was never created with `POST /workspaces` is\ntreated as an implicit `free`-tier workspace. An empty value counts as absent;\na value longer than 128 characters is rejected with `400 VALIDATION_ERROR`. Send it once: a header sent\ntwice arrives as its values joined by a comma (RFC 9110, section 5.3), so a value with a comma names no one\nworkspace and is `400 VALIDATION_ERROR` (decision 20). (No schema `default`: a default would hide `X-Org-Id`,\nwhich applies only when this header is absent.)\n'),
  "X-Org-Id": zod.coerce.string().max(getRunLogsHeaderXOrgIdMax).regex(getRunLogsHeaderXOrgIdRegExp).optional().describe('Alias of `X-Workspace-Id`, used only when `X-Workspace-Id` is absent. Like it, sent once: a value with a comma\n(the header sent twice) is `400 VALIDATION_ERROR`.\n')
})

export const getRunLogsResponseLogsItemDetailsDurationMsMin = 0;
export const getRunLogsResponseLogsItemDetailsUserIntentDescriptionMax = 4000;
export const getRunLogsResponseLogsItemDetailsUserIntentTargetMax = 200;
export const getRunLogsResponseLogsItemDetailsUserIntentConstraintsMax = 4000;


export const getRunLogsResponse = zod.object({
  "run_id": zod.string(),
  "logs": zod.array(zod.object({
  "id": zod.number().min(1).describe('Monotonically increasing entry id.'),
  "run_id": zod.string(),
  "created_at": zod.string().datetime({}),
  "action": zod.enum(['run.created', 'run.started', 'step.started', 'step.completed', 'step.failed', 'run.blocked', 'run.approved', 'run.rejected', 'run.completed', 'run.failed', 'deploy.succeeded', 'run.rollback', 'run.replayed']).describe('Kind of audit log entry.\n\n- `run.created` — run created (`POST /runs` or replay).\n- `run.started` — pipeline started.\n- `step.started` / `step.completed` / `step.failed` — an agent step began, finished or failed (`details.step`).\n- `run.blocked` — pipeline stopped at the approval gate or by the sentinel (`details.reason`).\n- `run.approved` / `run.rejected` — approval gate decision (`details.actor`).\n- `run.completed` / `run.failed` — terminal outcome.\n- `deploy.succeeded` — the SRE step deployed (`details.deployment_url`).\n- `run.rollback` — rollback requested (mock, `details.actor`).\n- `run.replayed` — written on the original run when it is replayed (`details.new_run_id`).\n'),
  "details": zod.object({
  "actor": zod.string().optional().describe('Who caused the action (`X-User-Id`/`X-Actor`, `anonymous` when absent, `system` for pipeline events).'),
  "workspace_id": zod.string().optional(),
  "step": zod.enum(['architect', 'builder', 'sentinel', 'sre', 'finops']).optional().describe('The five pipeline agents, in execution order. Step numbers (`Run.current_step`) are 1-based:\n1 `architect`, 2 `builder`, 3 `sentinel`, 4 `sre`, 5 `finops`.\n'),
  "status": zod.enum(['pending', 'running', 'blocked', 'completed', 'failed']).optional().describe('Lifecycle state of a run.\n\n- `pending` — created, pipeline not started (`POST /runs/{run_id}/start` moves it to `running`).\n- `running` — an agent step is executing; see `current_step`.\n- `blocked` — the pipeline is stopped: either at the approval gate (`require_approval` is true,\n  sentinel passed, waiting for approve/reject — a rejected run stays `blocked` with `rejected_at`\n  set) or because the sentinel agent blocked the plan (`sentinel_output.verdict` = `block`).\n- `completed` — all five agents finished; `deployment_url` is set when the SRE step deployed.\n- `failed` — an agent step failed; `error` says why and the failed step is the one at `current_step`.\n'),
  "reason": zod.string().optional(),
  "error": zod.string().optional(),
  "deployment_url": zod.string().url().optional(),
  "duration_ms": zod.number().min(getRunLogsResponseLogsItemDetailsDurationMsMin).optional(),
  "replayed_from": zod.string().optional().describe('On `run.created` of a replay, the id of the original run.'),
  "new_run_id": zod.string().optional().describe('On `run.replayed`, the id of the run created by the replay.'),
  "user_intent": zod.object({
  "description": zod.string().min(1).max(getRunLogsResponseLogsItemDetailsUserIntentDescriptionMax).describe('Free-text description of what to build and deploy.'),
  "target": zod.string().max(getRunLogsResponseLogsItemDetailsUserIntentTargetMax).optional().describe('Target environment, e.g. `production`, `staging`, `preview`.'),
  "constraints": zod.string().max(getRunLogsResponseLogsItemDetailsUserIntentConstraintsMax).optional().describe('Free-text constraints (budget, provider, region, compliance...).')
}).optional().describe('What the user wants deployed, in their own words. It is the input of the architect agent and is\ncopied unchanged by replay. `description` is the only required field; a missing/non-object\n`user_intent` or an empty `description` is rejected with `400 INVALID_USER_INTENT`.\n'),
  "attempt": zod.number().min(1).optional().describe('On `step.started`, which claim of the step this is; above 1 when the step was taken over from a lost worker or handed back by a stopping server.')
}).describe('Action-specific details. All properties are optional; which ones appear depends on `action`\n(see `AuditAction`). Further properties may appear and must be ignored by clients.\n')
}))
}).describe('Audit log of one run, oldest entry first.')


/**
 * Runs created this calendar month (UTC) and the monthly limit for the caller's workspace
(`X-Workspace-Id` / `X-Org-Id`, default `ws-default`).

 * @summary Get usage
 */
export const getUsageHeaderXWorkspaceIdMax = 128;

export const getUsageHeaderXWorkspaceIdRegExp = new RegExp('^[^,]*$');
export const getUsageHeaderXOrgIdMax = 128;

export const getUsageHeaderXOrgIdRegExp = new RegExp('^[^,]*$');


export const getUsageHeader = zod.object({
  "X-Workspace-Id": zod.coerce.string().max(getUsageHeaderXWorkspaceIdMax).regex(getUsageHeaderXWorkspaceIdRegExp).optional().describe('Workspace (tenant) scope of the request. Takes precedence over `X-Org-Id`. When neither header\nis sent the workspace is `ws-default`. An id that was never created with `POST /workspaces` is\ntreated as an implicit `free`-tier workspace. An empty value counts as absent;\na value longer than 128 characters is rejected with `400 VALIDATION_ERROR`. Send it once: a header sent\ntwice arrives as its values joined by a comma (RFC 9110, section 5.3), so a value with a comma names no one\nworkspace and is `400 VALIDATION_ERROR` (decision 20). (No schema `default`: a default would hide `X-Org-Id`,\nwhich applies only when this header is absent.)\n'),
  "X-Org-Id": zod.coerce.string().max(getUsageHeaderXOrgIdMax).regex(getUsageHeaderXOrgIdRegExp).optional().describe('Alias of `X-Workspace-Id`, used only when `X-Workspace-Id` is absent. Like it, sent once: a value with a comma\n(the header sent twice) is `400 VALIDATION_ERROR`.\n')
})

export const getUsageResponseRunsMin = 0;
export const getUsageResponseLimitMin = 0;


export const getUsageResponse = zod.object({
  "workspace_id": zod.string(),
  "period": zod.string().date().describe('First day (UTC) of the current calendar month.'),
  "runs": zod.number().min(getUsageResponseRunsMin).describe('Runs created in the workspace during `period` (replays included).'),
  "limit": zod.number().min(getUsageResponseLimitMin).describe('Monthly run allowance (free = 10, pro = 1000). `POST /runs` answers 402 once `runs` reaches it.'),
  "tier": zod.enum(['free', 'pro']).describe('Workspace billing tier. `free` allows 10 runs per calendar month (UTC), `pro` allows 1000.\n')
}).describe('Run usage of a workspace in the current calendar month (UTC) against its tier\'s limit.')


/**
 * Outcomes (success/failure, duration, failed step) of the workspace's runs that are
`completed`, `failed` or `blocked`, most recent outcome first.

 * @summary List run outcomes
 */
export const listRunOutcomesQueryLimitDefault = 50;
export const listRunOutcomesQueryLimitMax = 100;


export const listRunOutcomesQueryParams = zod.object({
  "limit": zod.coerce.number().min(1).max(listRunOutcomesQueryLimitMax).default(listRunOutcomesQueryLimitDefault).describe('Maximum number of items returned (newest first).')
})

export const listRunOutcomesHeaderXWorkspaceIdMax = 128;

export const listRunOutcomesHeaderXWorkspaceIdRegExp = new RegExp('^[^,]*$');
export const listRunOutcomesHeaderXOrgIdMax = 128;

export const listRunOutcomesHeaderXOrgIdRegExp = new RegExp('^[^,]*$');


export const listRunOutcomesHeader = zod.object({
  "X-Workspace-Id": zod.coerce.string().max(listRunOutcomesHeaderXWorkspaceIdMax).regex(listRunOutcomesHeaderXWorkspaceIdRegExp).optional().describe('Workspace (tenant) scope of the request. Takes precedence over `X-Org-Id`. When neither header\nis sent the workspace is `ws-default`. An id that was never created with `POST /workspaces` is\ntreated as an implicit `free`-tier workspace. An empty value counts as absent;\na value longer than 128 characters is rejected with `400 VALIDATION_ERROR`. Send it once: a header sent\ntwice arrives as its values joined by a comma (RFC 9110, section 5.3), so a value with a comma names no one\nworkspace and is `400 VALIDATION_ERROR` (decision 20). (No schema `default`: a default would hide `X-Org-Id`,\nwhich applies only when this header is absent.)\n'),
  "X-Org-Id": zod.coerce.string().max(listRunOutcomesHeaderXOrgIdMax).regex(listRunOutcomesHeaderXOrgIdRegExp).optional().describe('Alias of `X-Workspace-Id`, used only when `X-Workspace-Id` is absent. Like it, sent once: a value with a comma\n(the header sent twice) is `400 VALIDATION_ERROR`.\n')
})

export const listRunOutcomesResponseOutcomesItemDurationMsMin = 0;


export const listRunOutcomesResponse = zod.object({
  "workspace_id": zod.string(),
  "outcomes": zod.array(zod.object({
  "run_id": zod.string(),
  "status": zod.enum(['completed', 'failed', 'blocked']),
  "duration_ms": zod.number().min(listRunOutcomesResponseOutcomesItemDurationMsMin).nullable().describe('Time from start to the outcome; `null` if the run never started.'),
  "failed_step": zod.union([zod.enum(['architect', 'builder', 'sentinel', 'sre', 'finops']).describe('The five pipeline agents, in execution order. Step numbers (`Run.current_step`) are 1-based:\n1 `architect`, 2 `builder`, 3 `sentinel`, 4 `sre`, 5 `finops`.\n'),zod.null()]).describe('Agent whose step failed; `null` unless `status` is `failed`.'),
  "completed_at": zod.string().datetime({}).nullable().describe('When the run reached this outcome (for `blocked`, when it stopped).')
}).describe('Outcome of one run that has left the pipeline (`completed`, `failed` or `blocked`).'))
}).describe('Outcomes of the workspace\'s finished or blocked runs, most recent first.')


/**
 * Success rate and average duration of the workspace's runs created in the last `days` days
(1–30, default 7). A `days` outside 1–30 or not an integer gets `400`.

 * @summary Get SLO report
 */
export const getSloQueryDaysDefault = 7;
export const getSloQueryDaysMax = 30;


export const getSloQueryParams = zod.object({
  "days": zod.coerce.number().min(1).max(getSloQueryDaysMax).default(getSloQueryDaysDefault).describe('Window size in days, counted back from now (1–30).')
})

export const getSloHeaderXWorkspaceIdMax = 128;

export const getSloHeaderXWorkspaceIdRegExp = new RegExp('^[^,]*$');
export const getSloHeaderXOrgIdMax = 128;

export const getSloHeaderXOrgIdRegExp = new RegExp('^[^,]*$');


export const getSloHeader = zod.object({
  "X-Workspace-Id": zod.coerce.string().max(getSloHeaderXWorkspaceIdMax).regex(getSloHeaderXWorkspaceIdRegExp).optional().describe('Workspace (tenant) scope of the request. Takes precedence over `X-Org-Id`. When neither header\nis sent the workspace is `ws-default`. An id that was never created with `POST /workspaces` is\ntreated as an implicit `free`-tier workspace. An empty value counts as absent;\na value longer than 128 characters is rejected with `400 VALIDATION_ERROR`. Send it once: a header sent\ntwice arrives as its values joined by a comma (RFC 9110, section 5.3), so a value with a comma names no one\nworkspace and is `400 VALIDATION_ERROR` (decision 20). (No schema `default`: a default would hide `X-Org-Id`,\nwhich applies only when this header is absent.)\n'),
  "X-Org-Id": zod.coerce.string().max(getSloHeaderXOrgIdMax).regex(getSloHeaderXOrgIdRegExp).optional().describe('Alias of `X-Workspace-Id`, used only when `X-Workspace-Id` is absent. Like it, sent once: a value with a comma\n(the header sent twice) is `400 VALIDATION_ERROR`.\n')
})

export const getSloResponseDaysMax = 30;
export const getSloResponseTotalRunsMin = 0;
export const getSloResponseSuccessCountMin = 0;
export const getSloResponseFailureCountMin = 0;
export const getSloResponseBlockedCountMin = 0;
export const getSloResponseSuccessRateMin = 0;

export const getSloResponseSuccessRateMax = 1;
export const getSloResponseAvgDurationMsMin = 0;


export const getSloResponse = zod.object({
  "workspace_id": zod.string(),
  "days": zod.number().min(1).max(getSloResponseDaysMax),
  "total_runs": zod.number().min(getSloResponseTotalRunsMin),
  "success_count": zod.number().min(getSloResponseSuccessCountMin),
  "failure_count": zod.number().min(getSloResponseFailureCountMin),
  "blocked_count": zod.number().min(getSloResponseBlockedCountMin),
  "success_rate": zod.number().min(getSloResponseSuccessRateMin).max(getSloResponseSuccessRateMax).nullable(),
  "avg_duration_ms": zod.number().min(getSloResponseAvgDurationMsMin).nullable()
}).describe('Success rate and average duration of the workspace\'s runs created in the last `days` days.\nOnly runs with an outcome count: `total_runs` = `success_count` + `failure_count` + `blocked_count`\n(pending and running runs are excluded). `success_rate` = `success_count / total_runs` and\n`avg_duration_ms` (over completed and failed runs) are `null` when there is nothing to average.\n')


/**
 * Answers 200 whenever the process is up. Checks nothing else (see `/fleet-health`).
 * @summary Liveness probe
 */
export const getHealthResponse = zod.object({
  "status": zod.literal("ok"),
  "ts": zod.string().datetime({}).optional()
}).describe('Liveness. Any 200 means the process is up; nothing else is checked.')


/**
 * Operational status of the orchestrator and, once the caller's workspace has a successful
deployment, `last_deploy` (absent otherwise).

 * @summary Operational status
 */
export const getStatusHeaderXWorkspaceIdMax = 128;

export const getStatusHeaderXWorkspaceIdRegExp = new RegExp('^[^,]*$');
export const getStatusHeaderXOrgIdMax = 128;

export const getStatusHeaderXOrgIdRegExp = new RegExp('^[^,]*$');


export const getStatusHeader = zod.object({
  "X-Workspace-Id": zod.coerce.string().max(getStatusHeaderXWorkspaceIdMax).regex(getStatusHeaderXWorkspaceIdRegExp).optional().describe('Workspace (tenant) scope of the request. Takes precedence over `X-Org-Id`. When neither header\nis sent the workspace is `ws-default`. An id that was never created with `POST /workspaces` is\ntreated as an implicit `free`-tier workspace. An empty value counts as absent;\na value longer than 128 characters is rejected with `400 VALIDATION_ERROR`. Send it once: a header sent\ntwice arrives as its values joined by a comma (RFC 9110, section 5.3), so a value with a comma names no one\nworkspace and is `400 VALIDATION_ERROR` (decision 20). (No schema `default`: a default would hide `X-Org-Id`,\nwhich applies only when this header is absent.)\n'),
  "X-Org-Id": zod.coerce.string().max(getStatusHeaderXOrgIdMax).regex(getStatusHeaderXOrgIdRegExp).optional().describe('Alias of `X-Workspace-Id`, used only when `X-Workspace-Id` is absent. Like it, sent once: a value with a comma\n(the header sent twice) is `400 VALIDATION_ERROR`.\n')
})

export const getStatusResponse = zod.object({
  "status": zod.enum(['operational', 'degraded']).describe('`degraded` when the database or an agent is unreachable.'),
  "ts": zod.string().datetime({}),
  "last_deploy": zod.object({
  "run_id": zod.string(),
  "deployment_url": zod.string().url(),
  "deployed_at": zod.string().datetime({})
}).optional().describe('The most recent successful deployment (SRE step) of the caller\'s workspace.')
}).describe('Operational status. `last_deploy` is present only once the workspace has a successful deployment.')


/**
 * Estimates the cost and risk of `user_intent` plus an `addition` without creating a run or
counting against the run limit. The estimator is currently a stub (`stub: true`).

 * @summary What-if cost/risk estimate
 */
export const whatIfBodyUserIntentDescriptionMax = 4000;

export const whatIfBodyUserIntentDescriptionRegExp = new RegExp('\\S');
export const whatIfBodyUserIntentTargetMax = 200;
export const whatIfBodyUserIntentConstraintsMax = 4000;
export const whatIfBodyAdditionMax = 4000;


export const whatIfBody = zod.object({
  "user_intent": zod.object({
  "description": zod.string().min(1).max(whatIfBodyUserIntentDescriptionMax).regex(whatIfBodyUserIntentDescriptionRegExp).describe('Free-text description of what to build and deploy; it must contain more than whitespace.'),
  "target": zod.string().max(whatIfBodyUserIntentTargetMax).nullish().describe('Target environment, e.g. `production`, `staging`, `preview`; `null`, empty or blank counts as absent.'),
  "constraints": zod.string().max(whatIfBodyUserIntentConstraintsMax).nullish().describe('Free-text constraints (budget, provider, region, compliance...); `null`, empty or blank counts as absent.')
}).describe('`user_intent` as a request sends it (`POST /runs`, `POST /what-if`): a `UserIntent` whose optional\n`target` and `constraints` may also be `null`, as clients that serialize an unset field send them. `null`\ncounts as absent, and so does an empty or blank string (a cleared form field): the run\'s stored intent\n(`UserIntent`) leaves the field out (decision 11). A missing/non-object `user_intent` or an empty or\nblank (whitespace-only) `description` is rejected with `400 INVALID_USER_INTENT`. Properties other than these three are ignored (not stored or echoed).\n'),
  "addition": zod.string().max(whatIfBodyAdditionMax).nullish().describe('The change to evaluate (\"what if we also add ...\"). When omitted, `null`, empty or blank, the intent alone is estimated.')
}).describe('Body of `POST /what-if`. Nothing is created or counted against the run limit.')

export const whatIfResponseEstimatedMonthlyCostUsdMin = 0;


export const whatIfResponse = zod.object({
  "addition": zod.string().nullish().describe('The `addition` that was evaluated, `null` when none was sent.'),
  "estimated_monthly_cost_usd": zod.number().min(whatIfResponseEstimatedMonthlyCostUsdMin).describe('Estimated monthly cost of the intent with the addition.'),
  "cost_delta_usd": zod.number().describe('Monthly cost change caused by the addition (0 without addition).'),
  "risk_level": zod.enum(['low', 'medium', 'high', 'critical']).describe('Ordered risk scale used by the sentinel agent and by what-if estimates.'),
  "risks": zod.array(zod.string()).optional(),
  "summary": zod.string(),
  "stub": zod.boolean().describe('`true` while the estimator is a stub.')
}).describe('Cost/risk estimate for `user_intent` plus `addition`. Currently a stub (`stub` is `true`); figures are indicative only.')


/**
 * Health of the orchestrator (and its database) and of each of the five agents. Always `200`
when the orchestrator can answer; the overall state is in `status`.

 * @summary Fleet health
 */
export const getFleetHealthResponseOrchestratorUptimeSMin = 0;
export const getFleetHealthResponseAgentsItemLatencyMsMin = 0;
export const getFleetHealthResponseAgentsMin = 5;

export const getFleetHealthResponseAgentsMax = 5;


export const getFleetHealthResponse = zod.object({
  "status": zod.enum(['healthy', 'degraded', 'down']),
  "orchestrator": zod.object({
  "status": zod.enum(['healthy', 'degraded', 'down']),
  "uptime_s": zod.number().min(getFleetHealthResponseOrchestratorUptimeSMin).optional(),
  "database": zod.enum(['healthy', 'degraded', 'down']).optional()
}).describe('Health of the pipeline\'s orchestrator (this server) and of its database.'),
  "agents": zod.array(zod.object({
  "agent": zod.enum(['architect', 'builder', 'sentinel', 'sre', 'finops']).describe('The five pipeline agents, in execution order. Step numbers (`Run.current_step`) are 1-based:\n1 `architect`, 2 `builder`, 3 `sentinel`, 4 `sre`, 5 `finops`.\n'),
  "status": zod.enum(['healthy', 'degraded', 'down']),
  "latency_ms": zod.number().min(getFleetHealthResponseAgentsItemLatencyMsMin).nullable().describe('Round-trip time of the health probe; `null` when the agent did not answer.'),
  "error": zod.string().nullish()
}).describe('Health of one pipeline agent.')).min(getFleetHealthResponseAgentsMin).max(getFleetHealthResponseAgentsMax),
  "checked_at": zod.string().datetime({})
}).describe('Health of the orchestrator and of the five agents (always all five, in pipeline order).\n`status` is `healthy` when everything is healthy, `down` when the orchestrator is down, and\n`degraded` otherwise.\n')


/**
 * What the **local** deployment target serves for a run its SRE step deployed: the build artifacts the
builder agent produced, as stored at deploy time. This is the `deployment_url` of runs deployed to the
local target (decision 23); runs deployed by another target are served by that target, not here.
Public like any deployed site: no workspace header is needed.

 * @summary Get a local deployment
 */
export const getDeploymentResponse = zod.object({
  "run_id": zod.string(),
  "target": zod.literal("local").describe('The deployment target that holds it; always `local` here.'),
  "environment": zod.string(),
  "deployed_at": zod.string().datetime({}),
  "artifacts": zod.array(zod.object({
  "path": zod.string(),
  "type": zod.enum(['dockerfile', 'iac', 'manifest', 'ci', 'config', 'source']),
  "content": zod.string()
}).describe('One file of a build as the local deployment target serves it.'))
}).describe('A run\'s build artifacts as the local deployment target serves them.')
