export function OrchestratorPage() {
  return <p className="muted">Coming next.</p>;
}
