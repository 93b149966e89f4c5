/**
 * @tributary/connector-hubspot/testing: test-only helpers. The conformance
 * target (the HubSpot simulator as the conformance suite drives it) and
 * what the portal holds as canonical expectations. The simulator itself is ./sandbox.
 */
export { startHubSpotConformance, REJECTED_PRIVATE_APP_TOKEN } from './conformance-target.js';
export { hubspotExpected } from './expected.js';
