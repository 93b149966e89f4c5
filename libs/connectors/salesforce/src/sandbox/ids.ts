import { createIdCodec } from '@tributary/sandbox';

/** Record ids: an 18-character Salesforce id for index `i`, and back. */
export interface SalesforceIdCodec {
  /** The key prefix (`001` Account, `003` Contact, ...). */
  readonly prefix: string;
  encode(index: number): string;
  /** The index of a 15- or 18-character id minted by this codec, else undefined. */
  decode(id: string): number | undefined;
}

const CHECKSUM_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

/**
 * The three-character suffix that turns a 15-character (case-sensitive) id
 * into its 18-character (case-insensitive) form: one character per block
 * of five, encoding which of them are upper-case letters.
 *
 * @example
 * idChecksum('001000000000001') // 'AAA'
 */
export function idChecksum(id15: string): string {
  let out = '';
  for (let block = 0; block < 3; block++) {
    let bits = 0;
    for (let k = 0; k < 5; k++) {
      const ch = id15.charAt(block * 5 + k);
      if (ch >= 'A' && ch <= 'Z') bits |= 1 << k;
    }
    out += CHECKSUM_CHARS.charAt(bits);
  }
  return out;
}

/**
 * Salesforce-shaped ids: key prefix + 12 characters (15), plus the
 * checksum (18). Both lengths decode, as Salesforce accepts both.
 *
 * @example
 * const accounts = salesforceIdCodec('001', 7);
 * accounts.decode(accounts.encode(42)) // 42
 */
export function salesforceIdCodec(prefix: string, seed: number): SalesforceIdCodec {
  const codec = createIdCodec({ prefix, seed, length: 12 });
  return {
    prefix,
    encode: (index) => {
      const id15 = codec.encode(index);
      return `${id15}${idChecksum(id15)}`;
    },
    decode: (id) => {
      if (id.length === 15) return codec.decode(id);
      if (id.length !== 18) return undefined;
      const id15 = id.slice(0, 15);
      return idChecksum(id15) === id.slice(15) ? codec.decode(id15) : undefined;
    },
  };
}
