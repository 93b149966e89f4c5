import { credentialOf, type OAuthSimulator } from '@tributary/sandbox';
import type { MiddlewareHandler } from 'hono';
import { LinkedInError } from './errors.js';

/** Versions the simulator serves (monthly, each at least a year). */
export const LINKEDIN_SIMULATOR_VERSIONS = ['202510', '202604', '202610', '202611'] as const;

/**
 * What LinkedIn checks on every `/rest` call: `LinkedIn-Version` present and
 * active (else 400 VERSION_MISSING or 426 NONEXISTENT_VERSION), Rest.li 2.0
 * (`X-Restli-Protocol-Version: 2.0.0`), a live bearer token (401
 * INVALID_ACCESS_TOKEN; a revoked one REVOKED_ACCESS_TOKEN), and
 * `r_ads_reporting` for adAnalytics (403 ACCESS_DENIED).
 */
export function linkedinAccess(oauth: OAuthSimulator): MiddlewareHandler {
  return async (c, next) => {
    if (!c.req.path.startsWith('/rest/')) return next();
    const version = c.req.header('linkedin-version');
    if (!version)
      throw new LinkedInError(
        400,
        'VERSION_MISSING',
        'A version must be present. Please specify a version by adding the LinkedIn-Version header.',
      );
    if (!(LINKEDIN_SIMULATOR_VERSIONS as readonly string[]).includes(version)) {
      throw new LinkedInError(426, 'NONEXISTENT_VERSION', `Requested version ${version} is not active`);
    }
    if (c.req.header('x-restli-protocol-version') !== '2.0.0') {
      throw new LinkedInError(400, 'ILLEGAL_ARGUMENT', 'Rest.li 2.0 syntax needs the X-Restli-Protocol-Version: 2.0.0 header', 100);
    }
    const token = credentialOf(c, { bearer: true });
    const info = token ? oauth.tokenInfo(token) : undefined;
    if (!token) throw new LinkedInError(401, 'INVALID_ACCESS_TOKEN', 'Empty oauth2 access token', 65600);
    if (!info) throw new LinkedInError(401, 'REVOKED_ACCESS_TOKEN', 'The token used in the request has been revoked by the user', 65601);
    const scopes = info.scope.split(/[\s,]+/);
    if (c.req.path === '/rest/adAnalytics' && !scopes.includes('r_ads_reporting')) {
      throw new LinkedInError(403, 'ACCESS_DENIED', `Not enough permissions to access: adAnalytics.FINDER-analytics.${version}`, 100);
    }
    if (!scopes.includes('r_ads') && !scopes.includes('r_ads_reporting'))
      throw new LinkedInError(403, 'ACCESS_DENIED', 'Not enough permissions', 100);
    return next();
  };
}
