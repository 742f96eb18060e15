export function LightningPage() {
  return <p className="muted">Coming next.</p>;
}
