/**
 * @tributary/connector-salesforce/testing: test-only helpers. The conformance
 * target (the Salesforce simulator as the conformance suite drives it) and
 * what the org holds as canonical expectations. The simulator itself is ./sandbox.
 */
export { startSalesforceConformance } from './conformance-target.js';
export { salesforceExpected } from './expected.js';
export { expectedContactEmails } from './contact-emails.js';
