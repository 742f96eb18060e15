import { decode } from 'light-bolt11-decoder';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useStubPayInvoice } from '../../../generated/lightning/client.js';
import { useAction } from '../use-action.js';
import { Busy } from './Busy.js';
import { ErrorBox } from './ErrorBox.js';

/** When a BOLT11 invoice stops being payable: its timestamp plus its expiry (3600 s when it names none). */
function expiryOf(paymentRequest: string): Date | undefined {
  try {
    const invoice = decode(paymentRequest);
    const timestamp = invoice.sections.find((s) => s.name === 'timestamp');
    return timestamp && 'value' in timestamp ? new Date((Number(timestamp.value) + invoice.expiry) * 1000) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * An invoice to pay: its QR code, amount and expiry, and, when the server runs the stub Lightning node (only then
 * do invoices carry their payment hash), a button settling it through the dev route.
 */
export function InvoiceCard({ label, paymentRequest, amountSats, paymentHash, paid }: { label: string; paymentRequest: string; amountSats?: number; paymentHash?: string; paid?: boolean }) {
  const [qr, setQr] = useState<string>();
  const pay = useAction(useStubPayInvoice());
  useEffect(() => {
    void QRCode.toDataURL(`lightning:${paymentRequest}`.toUpperCase(), { margin: 1, width: 300 }).then(setQr);
  }, [paymentRequest]);
  const expires = expiryOf(paymentRequest);
  return (
    <div className="invoice" data-testid="invoice">
      {qr && <img src={qr} alt={`QR code of the ${label}`} />}
      <div>
        <strong>{label}</strong>: {amountSats ?? '?'} sats {paid && <span className="badge paid">paid</span>}
        {expires && <div className="muted">expires {expires.toLocaleString()}</div>}
        <div className="bolt11">{paymentRequest}</div>
        {paymentHash && !paid && (
          <button onClick={() => void pay.run({ paymentHash })} disabled={pay.pending}>
            Pay (dev stub)
          </button>
        )}
        {pay.pending && <Busy label="Paying…" />}
        <ErrorBox error={pay.error} action="Paying the invoice" />
      </div>
    </div>
  );
}
