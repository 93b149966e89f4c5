/**
 * @tributary/connector-hubspot/testing: test-only helpers. The conformance
 * target (the HubSpot simulator as the conformance suite drives it), what
 * the portal holds as canonical expectations, and a connection to a
 * simulator in-process. The simulator itself is ./sandbox.
 */
export { startHubSpotConformance, REJECTED_PRIVATE_APP_TOKEN } from './conformance-target.js';
export { hubspotExpected } from './expected.js';
export { inProcessConnection, inProcessFetch } from './in-process.js';
