import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { allPlugins } from '../../src/apis/index.js';
import { loadConfig } from '../../src/config.js';
import { fragmentTokens } from '../../src/core/json-pointer.js';
import { loadSpec, type LoadedSpec, type OperationDef } from '../../src/core/spec-loader.js';
import { EMBEDDED_EXPRESSION, parametersNamed, parseExpression, sameName } from '../../scripts/contract-test/links.js';

// Every OpenAPI link of the five specs (the bundled generated/<slug>/openapi.json, as the server loads it) must name
// an operation of its spec, parameters that operation has, and runtime expressions that read something the source
// operation's request or response really carries. A link that does not is worse than none: a client or the contract
// tester following it sends a request that cannot be right.

type Link = { operationId?: string; operationRef?: string; description?: string; parameters?: Record<string, unknown>; requestBody?: unknown };
type Response = { content?: Record<string, { schema?: unknown }>; headers?: Record<string, unknown>; links?: Record<string, Link> };
type Schema = Record<string, any>;

const plugins = allPlugins({ config: loadConfig({}), jwt: () => assert.fail('no auth here') });
const specs = new Map<string, LoadedSpec>();
for (const plugin of plugins) specs.set(plugin.slug, await loadSpec(plugin.specFile));

/** Each link of a spec with where it is declared. */
function linksOf(spec: LoadedSpec): { source: OperationDef; status: string; name: string; link: Link }[] {
  return spec.operations.flatMap((source) =>
    Object.entries(source.responses as Record<string, Response>).flatMap(([status, response]) =>
      Object.entries(response.links ?? {}).map(([name, link]) => ({ source, status, name, link })),
    ),
  );
}

/** The schemas a schema stands for at one level: itself and its allOf / anyOf / oneOf branches, recursively. */
function branches(schema: unknown): Schema[] {
  if (!schema || typeof schema !== 'object') return [];
  const s = schema as Schema;
  return [s, ...['allOf', 'anyOf', 'oneOf'].flatMap((k) => (Array.isArray(s[k]) ? (s[k] as unknown[]).flatMap(branches) : []))];
}

/** Whether a JSON pointer (`#/data/runId`) names a property the schema declares (through properties and items). */
function pointerResolves(schema: unknown, pointer: string): boolean {
  if (!pointer.startsWith('#')) return false;
  let current: Schema[] = branches(schema);
  for (const token of fragmentTokens(pointer)) {
    current = current.flatMap((s) => {
      const property = s.properties && Object.hasOwn(s.properties, token) ? [s.properties[token]] : [];
      const item = /^(0|[1-9][0-9]*)$/.test(token) && s.items && typeof s.items === 'object' ? [s.items] : [];
      return [...property, ...item].flatMap(branches);
    });
    if (current.length === 0) return false;
  }
  return current.length > 0;
}

function jsonSchemaOf(holder: { content?: Record<string, { schema?: unknown }> } | undefined): unknown[] {
  return Object.entries(holder?.content ?? {})
    .filter(([type]) => /^application\/(.+\+)?json$/.test(type.split(';')[0].trim()))
    .map(([, media]) => media.schema);
}

/** Why a runtime expression cannot be evaluated against the source operation's exchange, or undefined when it can. */
function expressionProblem(expression: string, source: OperationDef, response: Response): string | undefined {
  if (['$url', '$method', '$statusCode'].includes(expression)) return undefined;
  const parsed = parseExpression(expression);
  if (!parsed) return `${expression} is not a runtime expression`;
  const { side, source: where, name, pointer } = parsed;
  if (where === 'body') {
    if (name !== undefined) return `${expression}: a body is read with a JSON pointer (body#/...)`;
    const schemas = side === 'request' ? jsonSchemaOf(source.requestBody) : jsonSchemaOf(response);
    if (schemas.length === 0) return `${expression}: the ${side} has no JSON body`;
    return schemas.some((s) => pointerResolves(s, pointer ?? '#')) ? undefined : `${expression}: the ${side} body schema has no ${pointer}`;
  }
  if (!name) return `${expression} names no ${where}`;
  if (side === 'response') {
    if (where !== 'header') return `${expression}: a response has no ${where}`;
    const declared = Object.keys(response.headers ?? {}).some((h) => h.toLowerCase() === name.toLowerCase());
    return declared ? undefined : `${expression}: the response declares no header ${name}`;
  }
  return source.parameters.some((p) => p.in === where && sameName(p, name)) ? undefined : `${expression}: ${source.operationId} has no ${where} parameter ${name}`;
}

/** A value of a link (a parameter or requestBody): a runtime expression, a string embedding some, or a constant. */
function valueProblems(value: unknown, source: OperationDef, response: Response): string[] {
  if (typeof value !== 'string') return [];
  if (value.startsWith('$')) return [expressionProblem(value, source, response)].filter((p): p is string => !!p);
  return [...value.matchAll(EMBEDDED_EXPRESSION)].map(([, inner]) => expressionProblem(inner, source, response)).filter((p): p is string => !!p);
}

/** Everything wrong with one link of a spec (empty when it is sound). */
function linkProblems(spec: LoadedSpec, source: OperationDef, status: string, link: Link): string[] {
  const response = (source.responses as Record<string, Response>)[status];
  const problems: string[] = [];
  if (!/^2/.test(status)) problems.push(`declared on ${status}, not a success response`);
  if (typeof link.description !== 'string' || !link.description.trim()) problems.push('has no description');
  if (link.operationRef !== undefined) problems.push('uses operationRef: name the operation by operationId');
  const target = spec.operations.find((op) => op.operationId === link.operationId);
  if (!target) return [...problems, `operationId ${String(link.operationId)} is not an operation of the spec`];
  for (const [key, value] of Object.entries(link.parameters ?? {})) {
    const named = parametersNamed(target, key);
    if (named.length === 0) problems.push(`parameter ${key}: ${target.operationId} has no such parameter`);
    if (named.length > 1) problems.push(`parameter ${key}: ambiguous on ${target.operationId}, use in.name`);
    problems.push(...valueProblems(value, source, response).map((p) => `parameter ${key}: ${p}`));
  }
  for (const p of target.parameters.filter((p) => p.in === 'path')) {
    if (!Object.keys(link.parameters ?? {}).some((key) => parametersNamed(target, key).includes(p))) problems.push(`gives no value for ${target.operationId}'s path parameter ${p.name}`);
  }
  if (link.requestBody !== undefined) {
    if (!target.requestBody) problems.push(`sets a requestBody, but ${target.operationId} takes none`);
    problems.push(...bodyProblems(link.requestBody, target, source, response).map((p) => `requestBody${p}`));
  }
  return problems;
}

/**
 * A link's requestBody: a string (openapi-generator's parser refuses any other type), either a whole-body
 * expression or the body's JSON text with expressions embedded, whose properties the target's body declares.
 */
function bodyProblems(body: unknown, target: OperationDef, source: OperationDef, response: Response): string[] {
  if (typeof body !== 'string') return [': is not a string (a whole-body expression, or JSON text with {$...} embedded)'];
  const problems = valueProblems(body, source, response).map((p) => `: ${p}`);
  if (body.startsWith('$')) return problems;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.replace(EMBEDDED_EXPRESSION, 'x'));
  } catch {
    return [...problems, ': is not JSON text once its expressions are filled in'];
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return problems;
  const schemas = jsonSchemaOf(target.requestBody).flatMap(branches);
  // An open body (a partner's opaque payload) takes any property; a closed one only those it declares.
  if (schemas.some((b) => !b.properties && b.additionalProperties !== false)) return problems;
  const declared = new Set(schemas.flatMap((b) => Object.keys(b.properties ?? {})));
  const unknown = Object.keys(parsed).filter((name) => !declared.has(name));
  return [...problems, ...unknown.map((name) => ` property ${name}: ${target.operationId}'s body declares no such property`)];
}

describe('OpenAPI links', () => {
  for (const [slug, spec] of specs) {
    test(`${slug}: every link names an operation, its parameters and values its source really has`, () => {
      const problems = linksOf(spec).flatMap(({ source, status, name, link }) =>
        linkProblems(spec, source, status, link).map((p) => `${source.operationId} ${status} → ${name}: ${p}`),
      );
      assert.deepEqual(problems, []);
    });
  }

  // The links added on purpose: each source operation's success response links to at least these operations.
  const expected: { slug: string; source: string; status: string; targets: string[] }[] = [
    { slug: 'hypershift', source: 'createWorkspace', status: '201', targets: ['getWorkspace', 'updateWorkspaceTier', 'createRun', 'listRuns', 'getUsage'] },
    {
      slug: 'hypershift',
      source: 'createRun',
      status: '201',
      targets: ['getRun', 'startRun', 'approveRun', 'rejectRun', 'rollbackRun', 'replayRun', 'getRunLogs', 'getDeployment'],
    },
    { slug: 'hypershift', source: 'startRun', status: '202', targets: ['getRun', 'approveRun', 'rejectRun', 'getRunLogs', 'getDeployment'] },
    { slug: 'hypershift', source: 'approveRun', status: '200', targets: ['getRun', 'getRunLogs', 'getDeployment'] },
    { slug: 'hypershift', source: 'rejectRun', status: '200', targets: ['getRun', 'getRunLogs', 'replayRun'] },
    {
      slug: 'hypershift',
      source: 'replayRun',
      status: '201',
      targets: ['getRun', 'approveRun', 'rejectRun', 'rollbackRun', 'replayRun', 'getRunLogs', 'getDeployment'],
    },
    { slug: 'lightning', source: 'createJob', status: '201', targets: ['getJob', 'stubPayInvoice', 'claimRefund'] },
    { slug: 'lightning', source: 'createSession', status: '201', targets: ['getSession', 'submitSessionRequest', 'topupSession', 'stubPayInvoice'] },
    { slug: 'lightning', source: 'topupSession', status: '200', targets: ['getSession', 'stubPayInvoice'] },
    {
      slug: 'lightning',
      source: 'createGeminiConversation',
      status: '201',
      targets: ['getGeminiConversation', 'sendGeminiMessage', 'listGeminiMessages', 'deleteGeminiConversation'],
    },
    { slug: 'lenserfight', source: 'executeLens', status: '202', targets: ['getRunStatus', 'streamRunEvents'] },
    { slug: 'lenserfight', source: 'runWorkflow', status: '202', targets: ['getRunStatus', 'streamRunEvents'] },
    { slug: 'lenserfight', source: 'provisionPartner', status: '200', targets: ['getPartnerBalance', 'refreshPartnerToken', 'sendPartnerClaim'] },
    { slug: 'hybrid', source: 'createWorkflow', status: '200', targets: ['getWorkflow', 'deleteWorkflow'] },
    { slug: 'hybrid', source: 'runHybridPrompt', status: '202', targets: ['getJobStatus'] },
    { slug: 'hybrid', source: 'runWorkflow', status: '202', targets: ['getJobStatus'] },
    {
      slug: 'orchestrator',
      source: 'createAgent',
      status: '201',
      targets: [
        'getAgent',
        'updateAgent',
        'deleteAgent',
        'deployAgent',
        'undeployAgent',
        'publishAgent',
        'unpublishAgent',
        'getAgentContainer',
        'getAgentContainerLogs',
        'restartAgentContainer',
        'listAgentWorkflows',
        'getAgentMarketplaceIntegration',
        'createWorkflow',
      ],
    },
    { slug: 'orchestrator', source: 'createWorkflow', status: '201', targets: ['getWorkflow', 'updateWorkflow', 'deployAgent', 'executeWorkflow'] },
    { slug: 'orchestrator', source: 'executeWorkflow', status: '202', targets: ['getExecution'] },
    { slug: 'orchestrator', source: 'createOrganization', status: '201', targets: ['getOrganization'] },
    { slug: 'orchestrator', source: 'login', status: '200', targets: ['refreshToken'] },
  ];
  for (const { slug, source, status, targets } of expected) {
    test(`${slug}: ${source} ${status} links to ${targets.join(', ')}`, () => {
      const spec = specs.get(slug) ?? assert.fail(`no spec ${slug}`);
      const op = spec.operations.find((o) => o.operationId === source) ?? assert.fail(`${slug} has no operation ${source}`);
      const links = (op.responses as Record<string, Response>)[status]?.links ?? {};
      const linked = new Set(Object.values(links).map((l) => l.operationId));
      assert.deepEqual(targets.filter((t) => !linked.has(t)), [], `${source} ${status} lacks links to these operations`);
    });
  }

  // The checks themselves: each kind of broken link is reported (a check that passes everything proves nothing).
  const hypershift = specs.get('hypershift') ?? assert.fail('no hypershift spec');
  const createRun = hypershift.operations.find((o) => o.operationId === 'createRun') ?? assert.fail('no createRun');
  const good: Link = { operationId: 'getRun', description: 'Poll the run.', parameters: { run_id: '$response.body#/run_id' } };
  const broken: { why: string; link: Link; problem: RegExp }[] = [
    { why: 'an unknown operationId', link: { ...good, operationId: 'getRunn' }, problem: /operationId getRunn is not an operation/ },
    { why: 'a parameter the target lacks', link: { ...good, parameters: { ...good.parameters, runId: '$response.body#/run_id' } }, problem: /parameter runId: getRun has no such parameter/ },
    { why: 'a parameter in the wrong place', link: { ...good, parameters: { 'query.run_id': '$response.body#/run_id' } }, problem: /parameter query\.run_id: getRun has no such parameter/ },
    { why: 'a pointer the response schema lacks', link: { ...good, parameters: { run_id: '$response.body#/id' } }, problem: /response body schema has no #\/id/ },
    { why: 'a request path parameter the source lacks', link: { ...good, parameters: { run_id: '$request.path.run_id' } }, problem: /createRun has no path parameter run_id/ },
    { why: 'a request header the source lacks', link: { ...good, parameters: { ...good.parameters, 'header.X-Workspace-Id': '$request.header.X-Tenant' } }, problem: /createRun has no header parameter X-Tenant/ },
    { why: 'a response header the response lacks', link: { ...good, parameters: { run_id: '$response.header.Location' } }, problem: /declares no header Location/ },
    { why: 'a required path parameter left out', link: { ...good, parameters: {} }, problem: /gives no value for getRun's path parameter run_id/ },
    { why: 'no description', link: { ...good, description: undefined }, problem: /has no description/ },
    { why: 'a requestBody for an operation that takes none', link: { ...good, operationId: 'getRun', requestBody: '$request.body#/user_intent' }, problem: /sets a requestBody, but getRun takes none/ },
    { why: 'a requestBody that is not a string', link: { operationId: 'createRun', description: 'Again.', requestBody: { user_intent: '$request.body#/user_intent' } }, problem: /requestBody: is not a string/ },
    { why: 'a requestBody property the target body lacks', link: { operationId: 'createRun', description: 'Again.', requestBody: '{"intent":"{$request.body#/user_intent}"}' }, problem: /property intent: createRun's body declares no such property/ },
    { why: 'a requestBody expression reading nothing', link: { operationId: 'createRun', description: 'Again.', requestBody: '{"user_intent":"{$response.body#/intent}"}' }, problem: /response body schema has no #\/intent/ },
    { why: 'a requestBody that is not JSON text', link: { operationId: 'createRun', description: 'Again.', requestBody: '{user_intent: {$request.body#/user_intent}' }, problem: /is not JSON text/ },
  ];
  test('a sound link passes the checks', () => assert.deepEqual(linkProblems(hypershift, createRun, '201', good), []));
  for (const { why, link, problem } of broken) {
    test(`a link with ${why} is reported`, () => {
      const problems = linkProblems(hypershift, createRun, '201', link);
      assert.ok(problems.some((p) => problem.test(p)), `expected ${problem} in ${JSON.stringify(problems)}`);
    });
  }
});
