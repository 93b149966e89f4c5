export { createVendorClock, type VendorClock } from './clock.js';
export { vendorConditions, type BudgetState, type LimitedAnswer, type VendorConditions } from './conditions.js';
export { credentialOf, requireCredential, type CredentialAnswers, type CredentialPlace } from './credentials.js';
export { mountList, type ListRoute } from './list-route.js';
export { nextUrl, pageOf, PagingError, type ListPage, type PagingSpec } from './paging.js';
export { createVendorApp, type VendorApp, type VendorAppOptions } from './vendor-app.js';
