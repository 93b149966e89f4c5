import { gatewayUrl, oauthRedirectUri } from './gateway-url';

/**
 * Turn a failure into what a person wants to know: what happened and what
 * to do. The gateway's `suggestedFix` wins when it has one; known vendor
 * messages get the troubleshooting advice of the connect guide.
 */
export interface Problem {
  message: string;
  kind?: string | null | undefined;
  suggestedFix?: string | null | undefined;
  /** The connector it happened to (`salesforce`): advice can then name its exact URLs. */
  connectorType?: string | null | undefined;
  /** The form fields the gateway refused, and why. */
  fieldErrors?: { path: string; message: string }[] | undefined;
}

export interface Explanation {
  title: string;
  detail: string;
  fix: string;
}

interface Rule {
  test: (p: Problem) => boolean;
  title: string;
  fix: (p: Problem) => string;
}

const has = (p: Problem, re: RegExp) => re.test(p.message);

const RULES: Rule[] = [
  {
    test: (p) => has(p, /redirect[_ ]?ur[il]|redirect.*(not registered|mismatch|not allowed)/i),
    title: 'The vendor did not accept the callback URL',
    fix: (p) =>
      `Add ${p.connectorType ? oauthRedirectUri(p.connectorType) : `${gatewayUrl()}/api/connectors/<connector type>/callback`} to the allowed redirect URIs of your OAuth app at the vendor, then connect again.`,
  },
  {
    test: (p) => has(p, /invalid[_ ]grant/i),
    title: 'The authorization expired before it was used',
    fix: () => 'The code from the consent screen lasts about 10 minutes. Connect again.',
  },
  {
    test: (p) => has(p, /token refresh failed|refresh token/i),
    title: 'The connection can no longer refresh its access',
    fix: () => 'Disconnect and reconnect the integration.',
  },
  {
    test: (p) => p.kind === 'rate_limited' || has(p, /rate.?limit|too many requests|429/i),
    title: 'The vendor is rate limiting requests',
    fix: (p) => p.suggestedFix ?? 'Wait a few minutes and click Sync Now again.',
  },
  {
    test: (p) => has(p, /rejected the (api )?key|invalid api key/i),
    title: 'The vendor did not accept the API key',
    fix: (p) => p.suggestedFix ?? 'Check the key (copy it again from the vendor’s dashboard) and try again.',
  },
  {
    test: (p) => p.kind === 'auth_revoked' || p.kind === 'auth_expired',
    title: 'Access was revoked or expired',
    fix: (p) => p.suggestedFix ?? 'Disconnect and reconnect the integration.',
  },
  {
    test: (p) => p.kind === 'validation',
    title: 'Rows were rejected',
    fix: (p) => p.suggestedFix ?? 'Open the Dead letters tab: fix the field mapping, then replay the group.',
  },
  {
    test: (p) => p.kind === 'config',
    title: 'Configuration needed',
    fix: (p) => p.suggestedFix ?? 'Check the connector settings.',
  },
  {
    test: (p) => has(p, /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|network error|fetch failed/i),
    title: 'The vendor could not be reached',
    fix: () =>
      'The gateway could not reach the vendor, so nothing was checked. Make sure the server running Tributary can reach the internet (DNS, proxy, firewall), then try again.',
  },
  {
    test: (p) => has(p, /passwords? (have|has|must have|needs?) at least|password.*too short|at least \d+ characters/i),
    title: 'The password is too short',
    fix: (p) =>
      `Choose a longer password${/at least (\d+)/i.exec(p.message) ? ` (at least ${/at least (\d+)/i.exec(p.message)?.[1]} characters)` : ''}.`,
  },
  {
    test: (p) => p.fieldErrors !== undefined && p.fieldErrors.length > 0,
    title: 'Some fields need a change',
    fix: (p) => (p.fieldErrors ?? []).map((f) => `${f.path}: ${f.message}`).join('; '),
  },
  {
    test: (p) => has(p, /access_denied|denied/i),
    title: 'Access was not granted',
    fix: () => 'Connect again and choose Allow on the consent screen.',
  },
];

/** Nothing more specific is known: the activity log only where a connector is involved. */
const fallbackFix = (p: Problem) =>
  p.connectorType
    ? 'Try again. If it keeps failing, check the connector’s activity log.'
    : 'Try again. If it keeps failing, ask an admin to look at the gateway’s log for this error.';

export function explain(problem: Problem): Explanation {
  const rule = RULES.find((r) => r.test(problem));
  return {
    title: rule?.title ?? 'Something went wrong',
    detail: problem.message,
    fix: rule ? rule.fix(problem) : (problem.suggestedFix ?? fallbackFix(problem)),
  };
}

/** A completed sync that imported nothing: usually an empty date range. */
export const ZERO_ROWS_HINT =
  'The last sync imported 0 rows. There may be no data in the selected date range: widen the sync date range in the settings, or check that the data exists at the vendor.';
