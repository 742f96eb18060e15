export function HybridPage() {
  return <p className="muted">Coming next.</p>;
}
