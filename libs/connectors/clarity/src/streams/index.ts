export {
  breakdowns,
  CLARITY_SOURCE,
  dimensionsOf,
  LIVE_INSIGHTS,
  liveInsights,
  MISSED,
  setKey,
  SNAPSHOT_ZONE,
  snapshotDay,
  snapshotKey,
} from './live-insights.js';
