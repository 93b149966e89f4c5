/**
 * @tributary/connector-o365/testing: test-only helpers. The conformance
 * target (the Graph simulator as the conformance suite drives it), the
 * privacy record a test connection needs, and what the mailbox holds as
 * canonical expectations. The simulator itself is ./sandbox.
 */
export { startO365Conformance, connectO365, acceptPrivacy, CONFORMANCE_PRIVACY } from './conformance-target.js';
export { o365Expected, type TestPrivacy } from './expected.js';
