import type { Handler } from '../../../generated/lenserfight/server.js';
import { lenserfight } from '../../services/lenserfight/container.js';

export const getHealth: Handler<'getHealth'> = async () => {
  const result = await lenserfight().health.check();
  return result.ok ? { status: 200, body: result.body } : { status: 503, body: result.body };
};
