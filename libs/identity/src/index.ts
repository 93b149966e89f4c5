export * from './free-mail.js';
export * from './resolve.js';
export * from './people.js';
export * from './attribution/input.js';
export * from './attribution/attribution.js';
