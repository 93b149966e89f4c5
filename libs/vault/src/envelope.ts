import { VaultDecryptError } from './errors.js';

/** The only envelope version this build writes and reads. */
export const ENVELOPE_VERSION = 'v1';
/** AES-GCM nonce length: 96 bits, the size GCM is designed for. */
export const IV_BYTES = 12;
/** AES-GCM authentication tag length: the full 128 bits. */
export const TAG_BYTES = 16;

/** Which tenant's which connector a ciphertext belongs to; authenticated, not encrypted. */
export interface VaultBinding {
  tenantId: string;
  connectorId: string;
}

/** The decoded parts of `v1.<keyId>.<iv>.<tag>.<ciphertext>`. */
export interface Envelope {
  version: string;
  keyId: string;
  iv: Buffer;
  tag: Buffer;
  ciphertext: Buffer;
}

const KEY_ID = /^[0-9a-f]{8}$/;
const B64URL = /^[A-Za-z0-9_-]+$/;

/**
 * Write an envelope: five dot-separated fields, binary parts as unpadded base64url.
 *
 * @example
 * formatEnvelope({ version: 'v1', keyId: '1a2b3c4d', iv, tag, ciphertext }) // 'v1.1a2b3c4d.…'
 */
export function formatEnvelope(envelope: Envelope): string {
  const { version, keyId, iv, tag, ciphertext } = envelope;
  return [version, keyId, iv.toString('base64url'), tag.toString('base64url'), ciphertext.toString('base64url')].join('.');
}

/**
 * Read an envelope strictly: exactly five parts, a known version, a well-formed
 * key id, canonical base64url, a 12-byte IV and a 16-byte tag. Anything else
 * throws {@link VaultDecryptError} without echoing the input.
 *
 * @example
 * const { keyId } = parseEnvelope(stored);
 */
export function parseEnvelope(text: string): Envelope {
  if (typeof text !== 'string') throw new VaultDecryptError('malformed');
  const parts = text.split('.');
  if (parts.length !== 5) throw new VaultDecryptError('malformed');
  const [version, keyId, iv, tag, ciphertext] = parts as [string, string, string, string, string];
  if (version !== ENVELOPE_VERSION) {
    throw new VaultDecryptError(/^v\d+$/.test(version) ? 'unsupported_version' : 'malformed');
  }
  if (!KEY_ID.test(keyId)) throw new VaultDecryptError('malformed');
  const envelope = { version, keyId, iv: decodePart(iv), tag: decodePart(tag), ciphertext: decodePart(ciphertext) };
  if (envelope.iv.length !== IV_BYTES || envelope.tag.length !== TAG_BYTES) throw new VaultDecryptError('malformed');
  return envelope;
}

/** Base64url that decodes and re-encodes to itself, so one byte string has one spelling. */
function decodePart(part: string): Buffer {
  if (!B64URL.test(part)) throw new VaultDecryptError('malformed');
  const bytes = Buffer.from(part, 'base64url');
  if (bytes.toString('base64url') !== part) throw new VaultDecryptError('malformed');
  return bytes;
}

/**
 * The associated data authenticated with every ciphertext: version, key id,
 * tenant and connector, JSON-encoded so no two bindings serialize alike.
 *
 * @example
 * associatedData('v1', '1a2b3c4d', { tenantId: 't1', connectorId: 'c1' })
 */
export function associatedData(version: string, keyId: string, binding: VaultBinding): Buffer {
  return Buffer.from(JSON.stringify(['tributary-vault', version, keyId, binding.tenantId, binding.connectorId]), 'utf8');
}
