/**
 * @tributary/connector-delivrai/testing: test-only helpers. The conformance
 * target (the simulator as the conformance suite drives it), what Delivr.ai holds
 * as canonical expectations, and a working connection's config.
 */
export { delivraiExpected, startDelivraiConformance } from './conformance-target.js';
export { connectDelivrai } from './connect.js';
