/**
 * @tributary/connector-fathom/testing: test-only helpers. The conformance
 * target (the Fathom simulator as the conformance suite drives it), what
 * Fathom holds as canonical expectations, and a documented meeting. The
 * simulator itself is ./sandbox.
 */
export { startFathomConformance } from './conformance-target.js';
export { fathomExpected } from './expected.js';
export { meetingFixture } from './fixtures.js';
