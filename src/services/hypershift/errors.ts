import { HttpError } from '../../core/http-error.js';

/** HyperShift's errors carry the spec's upper-case codes (ErrorCode); the plugin copies them into `{error, code}`. */
export const runNotFound = () => new HttpError(404, 'RUN_NOT_FOUND', 'Run not found');
export const workspaceNotFound = () => new HttpError(404, 'WORKSPACE_NOT_FOUND', 'Workspace not found');
export const runNotPending = () => new HttpError(400, 'RUN_NOT_PENDING', 'Run is not pending');
export const notAwaitingApproval = () => new HttpError(409, 'RUN_NOT_AWAITING_APPROVAL', 'Run is not awaiting approval');
export const deploymentNotFound = () => new HttpError(404, 'DEPLOYMENT_NOT_FOUND', 'Deployment not found');
export const runLimitExceeded = (usage: { current: number; limit: number; period: string; tier: string }) =>
  new HttpError(402, 'RUN_LIMIT_EXCEEDED', 'Run limit exceeded for period', usage);
export const invalidCursor = () => new HttpError(400, 'VALIDATION_ERROR', 'before is not a run of this workspace');
