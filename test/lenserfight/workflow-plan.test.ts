import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { planWaves } from '../../src/services/lenserfight/workflow-plan.js';
import { renderTemplate } from '../../src/services/lenserfight/template.js';

const node = (id: string, params: Record<string, string> = {}) => ({ id, lensId: 'l', params });

describe('workflow graphs', () => {
  test('independent nodes share a wave; a node waits for every node it reads', () => {
    const waves = planWaves([
      node('judge', { a: '{{nodes.pro.output}}', b: '{{nodes.con.output}}' }),
      node('pro', { t: '{{inputs.topic}}' }),
      node('con', { t: '{{inputs.topic}}' }),
      node('summary', { j: '{{ nodes.judge.output }}' }),
    ]);
    assert.deepEqual(waves.map((w) => w.map((n) => n.id)), [['pro', 'con'], ['judge'], ['summary']]);
  });

  test('a cycle is refused', () => {
    assert.throws(() => planWaves([node('a', { x: '{{nodes.b.output}}' }), node('b', { x: '{{nodes.a.output}}' })]), /cycle/);
  });

  test('a reference to an unknown node is refused', () => {
    assert.throws(() => planWaves([node('a', { x: '{{nodes.ghost.output}}' })]), /unknown node\(s\) ghost/);
  });

  test('templates read dotted paths; objects become JSON, missing values empty', () => {
    const scope = { inputs: { topic: 'tabs' }, nodes: { pro: { output: 'yes' } }, extra: { n: 1 } };
    assert.equal(renderTemplate('{{inputs.topic}}|{{nodes.pro.output}}|{{extra}}|{{missing.value}}', scope), 'tabs|yes|{"n":1}|');
  });
});
