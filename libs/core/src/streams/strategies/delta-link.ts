import { isConnectorError } from '../../errors/errors.js';
import { getPath } from '../../util/path.js';
import type { DeltaLink } from '../incremental.js';
import type { RunStream } from '../records.js';
import type { Strategy } from './types.js';

const spec = (stream: RunStream): DeltaLink => stream.incremental as DeltaLink;

/**
 * A delta query: start from the stored delta link (or the stream's request
 * the first time), follow next links to the new delta link and store it.
 * A delta state the vendor no longer knows restarts the partition from scratch.
 */
export const deltaLink: Strategy = {
  plan: ({ stored }) => ({ token: null, link: stored?.link ?? null }),
  window: (state, partition) => ({ token: state.token, link: state.link ?? null, ...(partition ? { partition } : {}) }),
  advance: ({ stream, state, page, stored }) => {
    if (page.next !== null) return { state: { ...state, token: page.next } };
    const link = getPath(page.body, spec(stream).deltaLinkPath);
    return { done: true, stored: { ...stored, link: typeof link === 'string' && link !== '' ? link : (state.link ?? null) } };
  },
  recover: (stream, _state, error) => {
    const reset = spec(stream).resetOn;
    if (!isConnectorError(error) || !reset?.({ status: error.status, vendorCode: error.vendorCode })) return null;
    return { token: null, link: null };
  },
};
