import type { LensRepository } from './lens-repository.js';

export const DEMO_LENS_ID = '5c8f3a9e-0b1d-4c6e-9a51-6d2f0e7b1a01';
export const DEMO_WORKFLOW_ID = '5c8f3a9e-0b1d-4c6e-9a51-6d2f0e7b1b01';
const PRO_LENS_ID = '5c8f3a9e-0b1d-4c6e-9a51-6d2f0e7b1a02';
const CON_LENS_ID = '5c8f3a9e-0b1d-4c6e-9a51-6d2f0e7b1a03';
const VERDICT_LENS_ID = '5c8f3a9e-0b1d-4c6e-9a51-6d2f0e7b1a04';

/** The demo lens and workflow the README walks through; inserted once, never overwritten. */
export async function seedDemo(lenses: LensRepository): Promise<{ lensId: string; workflowId: string }> {
  await lenses.insertLensesIfAbsent([
    {
      id: DEMO_LENS_ID,
      name: 'Explain a topic',
      description: 'Explains a topic for a given audience.',
      template: 'Explain {{topic}} to {{audience}} in three sentences.',
      params: [
        { name: 'topic', required: true, description: 'What to explain' },
        { name: 'audience', required: false, description: 'Who it is for', default: 'a curious newcomer' },
      ],
      model_key: null,
    },
    {
      id: PRO_LENS_ID,
      name: 'Argue for',
      description: 'The strongest case for a position.',
      template: 'Give the strongest argument for: {{topic}}',
      params: [{ name: 'topic', required: true }],
      model_key: null,
    },
    {
      id: CON_LENS_ID,
      name: 'Argue against',
      description: 'The strongest case against a position.',
      template: 'Give the strongest argument against: {{topic}}',
      params: [{ name: 'topic', required: true }],
      model_key: null,
    },
    {
      id: VERDICT_LENS_ID,
      name: 'Judge a debate',
      description: 'Weighs two arguments and gives a verdict.',
      template: 'Topic: {{topic}}\nFor: {{pro}}\nAgainst: {{con}}\nWhich side wins, and why?',
      params: [{ name: 'topic' }, { name: 'pro' }, { name: 'con' }],
      model_key: null,
    },
  ]);
  await lenses.insertWorkflowIfAbsent({
    id: DEMO_WORKFLOW_ID,
    name: 'Lens fight',
    description: 'Two lenses argue a topic in parallel; a third judges.',
    input_params: [{ name: 'topic', required: true, description: 'The motion to debate' }],
    nodes: [
      { id: 'pro', lensId: PRO_LENS_ID, params: { topic: '{{inputs.topic}}' } },
      { id: 'con', lensId: CON_LENS_ID, params: { topic: '{{inputs.topic}}' } },
      { id: 'verdict', lensId: VERDICT_LENS_ID, params: { topic: '{{inputs.topic}}', pro: '{{nodes.pro.output}}', con: '{{nodes.con.output}}' } },
    ],
    output_node: 'verdict',
  });
  return { lensId: DEMO_LENS_ID, workflowId: DEMO_WORKFLOW_ID };
}
