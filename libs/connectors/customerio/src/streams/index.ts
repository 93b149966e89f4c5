import { deliveries } from './deliveries.js';
import { people } from './people.js';

export { deliveries } from './deliveries.js';
export { deliveryEvents } from './events.js';
export { people } from './people.js';

/** The streams a sync reads, in order: the cheap deliveries first, then the whole people walk. */
export const STREAMS = [deliveries, people];
