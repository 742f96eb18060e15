import type Bolt11 from 'bolt11';
import { NETWORKS, type NetworkName } from '../../apis/lightning/config.js';
import { lazyRequire } from '../../core/lazy.js';

// bolt11 loads bitcoinjs-lib and secp256k1, which build their curve tables as they load: about 0.1 s of every
// server start on one core, for a codec first needed when an invoice is made or read.
const bolt11 = lazyRequire<typeof Bolt11>('bolt11');

export type DecodedInvoice = { paymentHash: string; amountSats: number | null; createdAt: Date; expiresAt: Date; description?: string };

/**
 * Reads a BOLT11 string with the `bolt11` library (checksum, signature recovery, tags) for the given network.
 * Returns a reason instead of throwing, for callers that answer 400 with it.
 */
export function decodeInvoice(paymentRequest: string, network: NetworkName): { ok: true; invoice: DecodedInvoice } | { ok: false; reason: string } {
  const prefix = `ln${NETWORKS[network].bech32}`;
  const given = paymentRequest.trim();
  // Bech32 is all lower or all upper case (a QR code's); a node refuses a mix, so it is not read as either.
  if (given !== given.toLowerCase() && given !== given.toUpperCase()) return { ok: false, reason: 'Invalid BOLT11 invoice' };
  const lower = given.toLowerCase();
  // bcrt and bc share a prefix: the amount digits that follow tell them apart, so compare the exact hrp start.
  const hrpNetwork = /^ln([a-z]+?)(\d|$)/.exec(lower.split('1')[0] ?? '')?.[1];
  if (!lower.startsWith('ln') || hrpNetwork === undefined) return { ok: false, reason: 'Invalid BOLT11 invoice' };
  if (!lower.startsWith(prefix) || hrpNetwork !== NETWORKS[network].bech32) return { ok: false, reason: `Invoice is not for the ${network} network` };
  let decoded: ReturnType<typeof Bolt11.decode>;
  try {
    decoded = bolt11().decode(lower, NETWORKS[network] as never);
  } catch {
    return { ok: false, reason: 'Invalid BOLT11 invoice' };
  }
  const paymentHash = decoded.tagsObject.payment_hash;
  if (!paymentHash || !decoded.timestamp) return { ok: false, reason: 'Invalid BOLT11 invoice' };
  const expiresAt = new Date((decoded.timeExpireDate ?? decoded.timestamp + 3600) * 1000);
  return {
    ok: true,
    invoice: { paymentHash, amountSats: decoded.satoshis ?? null, createdAt: new Date(decoded.timestamp * 1000), expiresAt, description: decoded.tagsObject.description },
  };
}

/**
 * When an invoice from a backend expires (its timestamp plus its expiry, one hour when it names none), whatever
 * network it is for; undefined when it cannot be read.
 */
export function invoiceExpiresAt(paymentRequest: string): Date | undefined {
  for (const network of Object.keys(NETWORKS) as NetworkName[]) {
    const decoded = decodeInvoice(paymentRequest, network);
    if (decoded.ok) return decoded.invoice.expiresAt;
  }
  return undefined;
}

/** Encodes and signs an invoice with `nodeKey` (hex): a real BOLT11 string any decoder reads. */
export function encodeInvoice(options: {
  network: NetworkName;
  nodeKey: string;
  amountSats: number;
  paymentHash: string;
  paymentSecret: string;
  description: string;
  expirySeconds: number;
  now?: Date;
}): string {
  const unsigned = bolt11().encode({
    network: NETWORKS[options.network] as never,
    satoshis: options.amountSats,
    timestamp: Math.floor((options.now ?? new Date()).getTime() / 1000),
    tags: [
      { tagName: 'payment_hash', data: options.paymentHash },
      { tagName: 'payment_secret', data: options.paymentSecret },
      { tagName: 'description', data: options.description },
      { tagName: 'expire_time', data: options.expirySeconds },
      { tagName: 'min_final_cltv_expiry', data: 18 },
    ],
  });
  return bolt11().sign(unsigned, options.nodeKey).paymentRequest!;
}
