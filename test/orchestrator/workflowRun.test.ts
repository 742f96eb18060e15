import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { walkWorkflow, type WalkHost } from '../../src/services/orchestrator/workflow-run.js';

describe('executeWorkflow: the run in the agent process', () => {
  test('the timeout bounds a run whose steps each end at once (40 quick steps with a 1 s timeout ran on for a minute, until the sweep called it a lost worker)', async () => {
    const nodes = Array.from({ length: 40 }, (_, i) => ({ id: `n${i}`, type: 'input' }));
    const edges = nodes.slice(1).map((node, i) => ({ source: nodes[i].id, target: node.id }));
    // Recording each step takes a while (a busy database): every node ends at once, so no node meets the deadline.
    const host: WalkHost = {
      advance: () => new Promise((resolve) => setTimeout(resolve, 100)),
      complete: () => Promise.reject(new Error('no model in this test')),
      log: () => {},
    };
    const started = Date.now();
    const result = await walkWorkflow({ id: 'e', workflow_version: 0, input: {}, options: { timeout: 1000, retry_count: 0 } }, { nodes, edges }, host);
    assert.equal(result.status, 'failed');
    assert.match(result.error_message ?? '', /timeout of 1000 ms/);
    assert.ok(Date.now() - started < 2000, `ran ${Date.now() - started} ms`);
    assert.ok(result.steps.length < nodes.length, `${result.steps.length} steps`);
    assert.equal(result.output, null);
    assert.ok(result.steps.every((s) => s.status !== 'running'), JSON.stringify(result.steps.at(-1)));
  });
});

describe('executeWorkflow: what each step records', () => {
  test('progress carries the steps without their outputs, which the result holds (decision 34): 50 steps of 100 KB each sent 120 MB of outputs along the way', async () => {
    const nodes = Array.from({ length: 50 }, (_, i) => ({ id: `n${i}`, type: 'input' }));
    const edges = nodes.slice(1).map((node, i) => ({ source: nodes[i].id, target: node.id }));
    let sent = 0;
    const seen: { steps: { node_id: string; status: string; output: unknown }[] }[] = [];
    const host: WalkHost = {
      advance: async (change) => {
        sent += JSON.stringify(change).length;
        seen.push(structuredClone(change));
      },
      complete: () => Promise.reject(new Error('no model in this test')),
      log: () => {},
    };
    const input = { blob: 'x'.repeat(100 * 1024) };
    const result = await walkWorkflow({ id: 'e', workflow_version: 0, input, options: { timeout: 30_000, retry_count: 0 } }, { nodes, edges }, host);
    assert.equal(result.status, 'completed', result.error_message ?? '');
    assert.equal(seen.length, 50);
    assert.ok(sent < 1024 * 1024, `${sent} bytes of progress`);
    assert.deepEqual(seen.at(-1)!.steps.map((s) => [s.node_id, s.status, s.output]).slice(-2), [['n48', 'completed', null], ['n49', 'running', null]]);
    assert.ok(result.steps.every((s) => s.status === 'completed'));
    assert.ok(result.steps.slice(0, 10).every((s) => s.output?.blob === input.blob));
  });

  test('the result keeps step outputs up to 1 MiB together, then outputs null with output_omitted; the workflow output stays whole (decision 35): 200 steps of 900 KB recorded 180 MB', async () => {
    const nodes = Array.from({ length: 200 }, (_, i) => ({ id: `n${i}`, type: i === 0 ? 'input' : 'pass' }));
    const edges = nodes.slice(1).map((node, i) => ({ source: nodes[i].id, target: node.id }));
    const host: WalkHost = { advance: async () => {}, complete: () => Promise.reject(new Error('no model in this test')), log: () => {} };
    const input = { blob: 'x'.repeat(300 * 1024) };
    const result = await walkWorkflow({ id: 'e', workflow_version: 0, input, options: { timeout: 60_000, retry_count: 0 } }, { nodes, edges }, host);
    assert.equal(result.status, 'completed', result.error_message ?? '');
    assert.equal(result.steps.length, 200);
    assert.ok(result.steps.every((s) => s.status === 'completed'));
    // Three outputs of 300 KB fit in 1 MiB; the fourth would not, nor any after it.
    assert.deepEqual(result.steps.slice(0, 3).map((s) => s.output?.blob === input.blob), [true, true, true]);
    assert.ok(result.steps.slice(3).every((s) => s.output === null && s.output_omitted === true));
    assert.equal(result.steps.slice(0, 3).some((s) => 'output_omitted' in s), false);
    assert.ok(JSON.stringify(result.steps).length < 1.1 * 1024 * 1024, `${JSON.stringify(result.steps).length} bytes of steps`);
    assert.equal(result.output?.blob, input.blob);
  });
});

describe('executeWorkflow: an llm node\'s prompt', () => {
  const promptsOf = async (prompt: unknown, input: Record<string, unknown>) => {
    const prompts: string[] = [];
    const host: WalkHost = {
      advance: async () => {},
      complete: async (request) => {
        prompts.push(request.prompt);
        return { text: 'ok', provider: 'local', model: 'm', tokens: 1 };
      },
      log: () => {},
    };
    const nodes = [{ id: 'in', type: 'input' }, { id: 'ask', type: 'llm', data: { prompt } }];
    const result = await walkWorkflow({ id: 'e', workflow_version: 0, input, options: { timeout: 5000, retry_count: 0 } }, { nodes, edges: [{ source: 'in', target: 'ask' }] }, host);
    assert.equal(result.status, 'completed', result.error_message ?? '');
    return prompts;
  };

  test('{{name}} reads the input\'s own properties only: {{constructor}} is empty, not Object\'s source', async () => {
    assert.deepEqual(await promptsOf('Q: {{message}} {{constructor}}|{{toString}}|{{missing}}', { message: 'hi' }), ['Q: hi ||']);
  });

  test('an object value is written as JSON, and a dotted name reads into it', async () => {
    const input = { order: { id: 7, items: ['a'] } };
    assert.deepEqual(await promptsOf('{{order}} / {{order.id}} / {{order.items}}', input), ['{"id":7,"items":["a"]} / 7 / ["a"]']);
  });

  test('a prompt that is not a string is written as JSON, and no prompt asks about the whole input', async () => {
    assert.deepEqual(await promptsOf({ ask: 'x' }, { a: 1 }), ['{"ask":"x"}']);
    assert.deepEqual(await promptsOf(undefined, { a: 1 }), ['Respond to: {"a":1}']);
  });
});
