/** Work in progress, said in words so the user knows what is being waited for. */
export function Busy({ label }: { label: string }) {
  return (
    <div className="busy" role="status">
      <span className="spinner" aria-hidden="true" /> {label}
    </div>
  );
}
