import { templateReferences } from './template.js';
import type { WorkflowNode } from './lens-repository.js';

/** The nodes a node reads through `{{nodes.<id>.output}}`. */
function dependenciesOf(node: WorkflowNode): string[] {
  const deps = new Set<string>();
  for (const template of Object.values(node.params)) {
    for (const ref of templateReferences(template)) {
      const [root, id] = ref.split('.');
      if (root === 'nodes' && id) deps.add(id);
    }
  }
  return [...deps];
}

/**
 * Orders a workflow graph into waves: every node of a wave depends only on earlier waves, so a wave runs in
 * parallel. Throws on unknown references and cycles.
 */
export function planWaves(nodes: WorkflowNode[]): WorkflowNode[][] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const deps = new Map(nodes.map((n) => [n.id, dependenciesOf(n)]));
  for (const [id, list] of deps) {
    const unknown = list.filter((d) => !byId.has(d));
    if (unknown.length > 0) throw new Error(`workflow node ${id} reads unknown node(s) ${unknown.join(', ')}`);
  }
  const done = new Set<string>();
  const waves: WorkflowNode[][] = [];
  while (done.size < nodes.length) {
    const wave = nodes.filter((n) => !done.has(n.id) && deps.get(n.id)!.every((d) => done.has(d)));
    if (wave.length === 0) throw new Error('workflow graph has a cycle');
    wave.forEach((n) => done.add(n.id));
    waves.push(wave);
  }
  return waves;
}
