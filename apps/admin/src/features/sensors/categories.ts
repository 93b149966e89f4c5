import type { Category } from '../../graphql/generated/graphql';

/**
 * Every category of the catalog, in the order the Sensors page shows them
 * (the schema's `Category` enum is printed alphabetically).
 */
export const CATEGORIES = [
  { id: 'ads', label: 'Ads' },
  { id: 'crm', label: 'CRM' },
  { id: 'payments', label: 'Payments' },
  { id: 'analytics', label: 'Analytics' },
  { id: 'marketing', label: 'Marketing' },
  { id: 'intent', label: 'Intent' },
  { id: 'communications', label: 'Communications' },
  { id: 'meetings', label: 'Meetings' },
] as const satisfies readonly { id: Category; label: string }[];

// A category added to the schema fails the typecheck here until it has a place above.
type Unlisted = Exclude<Category, (typeof CATEGORIES)[number]['id']>;
export const everyCategoryListed: [Unlisted] extends [never] ? true : Unlisted = true;
