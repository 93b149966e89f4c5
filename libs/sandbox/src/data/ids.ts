import { hashSeed } from './random.js';

const ALPHANUMERIC = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

export interface IdCodecOptions {
  /** Vendor prefix including its separator, e.g. `ch_`, `cus_`, `evt_`. */
  prefix: string;
  /** Seeds the padding, so two simulators with different seeds mint different ids. */
  seed?: number;
  /** Characters after the prefix (Stripe uses 24 for most objects, 14 for customers). */
  length?: number;
  /** Base-36 digits reserved for the index (7 digits hold indexes up to about 78 billion). */
  indexWidth?: number;
}

/** Turns a record index into a vendor-looking id and back, both in O(1). */
export interface IdCodec {
  readonly prefix: string;
  /** The id of record `index`. */
  encode(index: number): string;
  /** The index an id encodes, or undefined when the id was not minted by this codec. */
  decode(id: string): number | undefined;
}

/** `count` alphanumerics from `(seed, index)`: five characters per 32-bit hash (62^5 < 2^32). */
function padding(seed: number, index: number, count: number): string {
  let out = '';
  for (let block = 0; out.length < count; block++) {
    let bits = hashSeed(seed, index, block);
    for (let k = 0; k < 5 && out.length < count; k++) {
      out += ALPHANUMERIC.charAt(bits % 62);
      bits = Math.floor(bits / 62);
    }
  }
  return out;
}

/**
 * An id codec: `prefix` + the index in fixed-width base 36 (rotated by a
 * seeded offset) + deterministic padding.
 * Decoding checks the padding too, so an id from another seed (or a typo) is
 * rejected rather than mapped to some other record.
 *
 * @example
 * const charges = createIdCodec({ prefix: 'ch_', seed: 42 });
 * const id = charges.encode(900_000); // 'ch_1x3k9qa' + 17 padding characters
 * charges.decode(id); // 900000
 * charges.decode('ch_nope'); // undefined
 */
export function createIdCodec(options: IdCodecOptions): IdCodec {
  const { prefix, length = 24, indexWidth = 7 } = options;
  if (indexWidth < 1 || length < indexWidth) throw new RangeError('length must be at least indexWidth');
  const seed = hashSeed(options.seed ?? 0, prefix);
  const space = 36 ** indexWidth;
  const maxIndex = space - 1;
  // Rotating the index by a seeded offset keeps ids from all starting with zeros.
  const offset = seed % space;
  const digits = new RegExp(`^[0-9a-z]{${indexWidth}}$`);

  const encode = (index: number): string => {
    if (!Number.isSafeInteger(index) || index < 0 || index > maxIndex) {
      throw new RangeError(`Index ${index} cannot be encoded in ${indexWidth} base-36 digits`);
    }
    const head = ((index + offset) % space).toString(36).padStart(indexWidth, '0');
    return `${prefix}${head}${padding(seed, index, length - indexWidth)}`;
  };

  const decode = (id: string): number | undefined => {
    if (id.length !== prefix.length + length || !id.startsWith(prefix)) return undefined;
    const head = id.slice(prefix.length, prefix.length + indexWidth);
    if (!digits.test(head)) return undefined;
    const index = (Number.parseInt(head, 36) - offset + space) % space;
    return encode(index) === id ? index : undefined;
  };

  return { prefix, encode, decode };
}

/**
 * One collection whose ids carry one of several prefixes, chosen per record
 * (Stripe: a charge is `ch_`, or `py_` when it is a payment a Connect
 * account received). `pick(index)` says which codec mints record `index`; an
 * id decodes only under the prefix its record has. `prefix` is the first
 * codec's (the usual one).
 *
 * @example
 * const charges = createMixedIdCodec([createIdCodec({ prefix: 'ch_' }), createIdCodec({ prefix: 'py_' })], (i) => (i % 10 === 3 ? 1 : 0));
 * charges.encode(3) // 'py_...'
 * charges.decode(charges.encode(3)) // 3
 * charges.decode(charges.encode(3).replace('py_', 'ch_')) // undefined
 */
export function createMixedIdCodec(codecs: readonly IdCodec[], pick: (index: number) => number): IdCodec {
  const first = codecs[0];
  if (!first) throw new RangeError('createMixedIdCodec needs at least one codec');
  const codecOf = (index: number): IdCodec => codecs[pick(index)] ?? first;
  return {
    prefix: first.prefix,
    encode: (index) => codecOf(index).encode(index),
    decode: (id) => {
      for (const codec of codecs) {
        const index = codec.decode(id);
        if (index !== undefined && codecOf(index) === codec) return index;
      }
      return undefined;
    },
  };
}
