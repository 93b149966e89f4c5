/**
 * @tributary/connector-customerio/testing: test-only helpers. The conformance
 * target (the simulator as the conformance suite drives it), what Customer.io holds
 * as canonical expectations, and a working connection's config.
 */
export { startCustomerioConformance } from './conformance-target.js';
export { customerioExpected, customerioSnapshot } from './expected.js';
export { connectCustomerio } from './connect.js';
