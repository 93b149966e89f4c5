/**
 * @tributary/connector-delivrai/testing: test-only helpers. The conformance
 * target, what Delivr.ai holds as canonical expectations, and a working connection's config.
 */
export { startDelivraiConformance } from './conformance-target.js';
export { delivraiExpected, delivraiSnapshot } from './expected.js';
export { connectDelivrai } from './connect.js';
