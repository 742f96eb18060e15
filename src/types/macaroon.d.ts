// The `macaroon` package (go-macaroon/js-macaroon) ships no types; these are the parts this project uses.
declare module 'macaroon' {
  export type Caveat = { identifier: Uint8Array; location?: string };
  export interface Macaroon {
    readonly identifier: Uint8Array;
    readonly location: string;
    readonly caveats: Caveat[];
    addFirstPartyCaveat(caveatId: Uint8Array | string): void;
    verify(rootKey: Uint8Array, check: (condition: string) => string | null, discharges?: Macaroon[]): void;
    exportBinary(): Uint8Array;
  }
  export function newMacaroon(params: { identifier: Uint8Array | string; rootKey: Uint8Array | string; location?: string; version?: 1 | 2 }): Macaroon;
  export function importMacaroon(serialized: string | Uint8Array | object): Macaroon;
  export function bytesToBase64(bytes: Uint8Array): string;
}
