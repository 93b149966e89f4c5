import { getPath } from '../../util/path.js';
import type { SliceState } from '../cursor.js';
import type { RunStream } from '../records.js';
import type { StreamPage } from '../types.js';
import type { Strategy } from './types.js';

/**
 * The smallest value of a split stream's ordering field on a page (lists
 * are newest first: the last item), where the walk has got to.
 */
function edgeOf(stream: RunStream, page: StreamPage, previous: number | undefined): number | undefined {
  if (!stream.split) return undefined;
  let edge = previous;
  for (const item of page.items) {
    const value = getPath(item, stream.split.field);
    if (typeof value === 'number' && Number.isFinite(value)) edge = edge === undefined ? value : Math.min(edge, value);
  }
  return edge;
}

/**
 * Read the whole list, page by page (also the list walk of a change-feed
 * stream). A split stream starts with one slice over its whole range.
 */
export const fullRefresh: Strategy = {
  plan: ({ stream }) => ({ token: null, ...(stream.split ? { range: { gte: stream.split.floor } } : {}) }),
  window: (state, partition) => ({
    token: state.token,
    ...(partition ? { partition } : {}),
    ...(state.range ? { range: state.range } : {}),
  }),
  advance: ({ stream, state, page, stored }) => {
    if (page.next === null) return { done: true, stored };
    const edge = edgeOf(stream, page, state.edge);
    const next: SliceState = { ...state, token: page.next };
    if (edge !== undefined) next.edge = edge;
    return { state: next };
  },
};
