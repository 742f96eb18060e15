import type { Handler } from '../../../generated/hypershift/server.js';
import { estimateWhatIf } from '../../services/hypershift/what-if.js';

export const whatIf: Handler<'whatIf'> = async ({ body }) => {
  return { status: 200, body: estimateWhatIf(body.user_intent, body.addition) };
};
