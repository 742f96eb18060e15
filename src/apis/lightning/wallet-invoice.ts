/**
 * Development helper: prints a BOLT11 invoice "from a wallet" (a random node key), for trying refunds against the
 * stub without a Lightning wallet. `npx tsx src/apis/lightning/wallet-invoice.ts <sats> [network]`
 */
import { createHash, randomBytes } from 'node:crypto';
import { encodeInvoice } from '../../services/lightning/bolt11-codec.js';
import { NETWORKS, type NetworkName } from './config.js';

const sats = Number(process.argv[2]);
const network = (process.argv[3] ?? 'regtest') as NetworkName;
if (!Number.isInteger(sats) || sats < 1 || !(network in NETWORKS)) {
  console.error('usage: wallet-invoice.ts <sats> [bitcoin|testnet|signet|regtest]');
  process.exit(2);
}
console.log(
  encodeInvoice({
    network,
    nodeKey: randomBytes(32).toString('hex'),
    amountSats: sats,
    paymentHash: createHash('sha256').update(randomBytes(32)).digest('hex'),
    paymentSecret: randomBytes(32).toString('hex'),
    description: 'refund',
    expirySeconds: 3600,
  }),
);
