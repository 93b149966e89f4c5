import { createHash } from 'node:crypto';
import type { OAuthSimulatorOptions, PkceMethod } from './types.js';

export const s256 = (verifier: string) => createHash('sha256').update(verifier).digest('base64url');

/** The PKCE challenge of an authorization request, or why it is refused. */
export type ChallengeCheck = { ok: true; challenge: { value: string; method: PkceMethod } | null } | { ok: false; description: string };

/**
 * Read `code_challenge` and `code_challenge_method` the way the vendor
 * does: a missing challenge is refused when PKCE is required; an omitted
 * method means `pkceDefaultMethod` (Google: `plain`), or is refused.
 *
 * @example
 * readChallenge({ code_challenge: 'abc' }, { pkce: 'optional', pkceMethods: ['S256', 'plain'], pkceDefaultMethod: 'plain' })
 * // { ok: true, challenge: { value: 'abc', method: 'plain' } }
 */
export function readChallenge(
  query: Record<string, string | undefined>,
  options: Pick<OAuthSimulatorOptions, 'pkce' | 'pkceMethods' | 'pkceDefaultMethod'>,
): ChallengeCheck {
  const value = query['code_challenge'];
  if (options.pkce === 'unsupported') return { ok: true, challenge: null };
  if (!value) return options.pkce === 'required' ? { ok: false, description: 'code_challenge required' } : { ok: true, challenge: null };
  const allowed = options.pkceMethods ?? ['S256'];
  const method = query['code_challenge_method'] ?? options.pkceDefaultMethod;
  if (!method || !allowed.some((m) => m === method))
    return { ok: false, description: `code_challenge_method must be ${allowed.join(' or ')}` };
  return { ok: true, challenge: { value, method: method === 'plain' ? 'plain' : 'S256' } };
}

/** Does the `code_verifier` sent at the token call answer the challenge? */
export function verifierMatches(verifier: string, challenge: { value: string; method: PkceMethod }): boolean {
  return (challenge.method === 'plain' ? verifier : s256(verifier)) === challenge.value;
}
