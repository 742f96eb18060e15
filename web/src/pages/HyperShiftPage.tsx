export function HyperShiftPage() {
  return <p className="muted">Coming next.</p>;
}
