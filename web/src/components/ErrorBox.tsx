import { ApiProblem } from '../problem.js';

/** An API error as the user sees it: what failed, the server's message and the id to quote. */
export function ErrorBox({ error, action }: { error: unknown; action?: string }) {
  if (!error) return null;
  const problem = error instanceof ApiProblem ? error : undefined;
  const message = error instanceof Error ? error.message : String(error);
  return (
    <div className="error" role="alert">
      <strong>{action ? `${action} failed` : 'Request failed'}</strong>
      {problem ? ` (HTTP ${problem.status}${problem.code ? ` ${problem.code}` : ''})` : ''}: {message}
      {problem && problem.details.length > 0 && (
        <ul className="details">
          {problem.details.map((d, i) => (
            <li key={i}>{d}</li>
          ))}
        </ul>
      )}
      {problem?.retryAfterSeconds !== undefined && <div>Try again in {problem.retryAfterSeconds} s.</div>}
      {problem?.requestId && (
        <div className="request-id">
          request id <code>{problem.requestId}</code>
        </div>
      )}
    </div>
  );
}
