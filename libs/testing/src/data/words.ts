/**
 * Small built-in word lists for fake data. Invented on purpose: company names
 * are combinations, domains use the reserved `.example` TLD (RFC 2606) and
 * phone numbers the fictional 555-01xx range, so no generated value points
 * at a real person or company.
 */

export const FIRST_NAMES = [
  'Ada', 'Amara', 'Ben', 'Carmen', 'Chen', 'Dara', 'Diego', 'Elif', 'Emma', 'Farah',
  'Felix', 'Grace', 'Hana', 'Hugo', 'Ines', 'Ivan', 'Jonas', 'Julia', 'Kai', 'Keiko',
  'Lars', 'Leila', 'Liam', 'Maya', 'Mateo', 'Nadia', 'Noah', 'Olu', 'Omar', 'Priya',
  'Quinn', 'Rafael', 'Rosa', 'Sam', 'Sofia', 'Tariq', 'Uma', 'Victor', 'Wen', 'Yara',
] as const;

export const LAST_NAMES = [
  'Abara', 'Berg', 'Costa', 'Dubois', 'Eriksen', 'Fischer', 'Garcia', 'Haddad', 'Ito', 'Jansen',
  'Kowalski', 'Larsen', 'Moreau', 'Nakamura', 'Okafor', 'Patel', 'Quinto', 'Rossi', 'Schmidt', 'Tanaka',
  'Usman', 'Varga', 'Walsh', 'Xu', 'Yilmaz', 'Zhang', 'Novak', 'Silva', 'Kim', 'Murphy',
] as const;

export const COMPANY_PREFIXES = [
  'Acme', 'Blue', 'Bright', 'Cedar', 'Copper', 'Delta', 'Ember', 'Falcon', 'Granite', 'Harbor',
  'Iris', 'Juniper', 'Kestrel', 'Lumen', 'Maple', 'Nimbus', 'Orbit', 'Pine', 'Quartz', 'River',
  'Summit', 'Tidal', 'Umber', 'Vertex', 'Willow', 'Zephyr',
] as const;

export const COMPANY_NOUNS = [
  'Analytics', 'Labs', 'Robotics', 'Systems', 'Logistics', 'Health', 'Foods', 'Media', 'Energy', 'Finance',
  'Software', 'Studio', 'Works', 'Cloud', 'Data', 'Bio', 'Retail', 'Motors', 'Networks', 'Partners',
] as const;

export const COMPANY_SUFFIXES = ['Inc', 'LLC', 'Ltd', 'GmbH', 'SAS', 'Co', 'Group', 'Corp'] as const;

export const JOB_TITLES = [
  'Account Executive', 'Chief Executive Officer', 'Chief Revenue Officer', 'Customer Success Manager',
  'Data Analyst', 'Demand Generation Manager', 'Director of Marketing', 'Engineering Manager',
  'Finance Manager', 'Head of Growth', 'Marketing Operations Manager', 'Product Manager',
  'Revenue Operations Lead', 'Sales Development Representative', 'Software Engineer', 'VP of Sales',
] as const;

export const WORDS = [
  'alpha', 'annual', 'basic', 'bundle', 'credit', 'design', 'enterprise', 'event', 'growth', 'invoice',
  'license', 'monthly', 'onboarding', 'order', 'plan', 'premium', 'renewal', 'seat', 'service', 'setup',
  'starter', 'subscription', 'support', 'team', 'training', 'upgrade', 'usage', 'workshop',
] as const;

export const CITIES = [
  { city: 'Amsterdam', country: 'NL', postal: '1012' },
  { city: 'Austin', country: 'US', postal: '73301' },
  { city: 'Berlin', country: 'DE', postal: '10115' },
  { city: 'Lagos', country: 'NG', postal: '100001' },
  { city: 'Lyon', country: 'FR', postal: '69001' },
  { city: 'Melbourne', country: 'AU', postal: '3000' },
  { city: 'Osaka', country: 'JP', postal: '530-0001' },
  { city: 'Seattle', country: 'US', postal: '98101' },
  { city: 'Toronto', country: 'CA', postal: 'M5H 2N2' },
  { city: 'London', country: 'GB', postal: 'EC1A 1BB' },
] as const;

export const STREETS = ['Main St', 'Market St', 'High St', 'Harbour Rd', 'Station Rd', 'Park Ave', 'King St', 'Mill Ln'] as const;
