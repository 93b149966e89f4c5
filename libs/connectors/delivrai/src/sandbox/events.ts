import { Dataset, fake, type Rng, type VendorClock } from '@tributary/sandbox';

/** An event as `GET /api/v1/events` serves it (times in epoch ms). */
export interface SimEvent {
  event_id: string;
  timestamp: number;
  event_type: string;
  pixel_id: string;
  project_id: string;
  page_url: string;
  referrer: string | null;
  email: string | null;
  first_name: string | null;
  last_name: string | null;
  job_title: string | null;
  company_name: string | null;
  company_domain: string | null;
  company_industry: string | null;
  company_employee_count: number | null;
  intent_topics: string[];
}

interface SimCompany {
  name: string;
  domain: string;
  industry: string;
  employees: number;
}

const PAGES = ['/', '/pricing', '/product', '/docs/getting-started', '/blog/intent-data', '/customers', '/demo'];
const TOPICS = ['Sales Intelligence', 'Marketing Automation', 'Data Enrichment', 'Customer Data Platform', 'Intent Data'];
const INDUSTRIES = ['Software', 'Financial Services', 'Healthcare', 'Manufacturing', 'Retail'];
const COMPANIES = 40;

/** Company `i` of the world (from the seed and i alone): the same facts in every event. */
export function companyAt(seed: number, i: number): SimCompany {
  const base = `${['north', 'blue', 'cedar', 'lumen', 'vertex', 'harbor', 'quartz', 'summit'][i % 8]}${['labs', 'works', 'data', 'cloud', 'io'][(i + seed) % 5]}${i}`;
  return {
    name: `${base.charAt(0).toUpperCase()}${base.slice(1)}`,
    domain: `${base}.example`,
    industry: INDUSTRIES[(i * 7 + seed) % INDUSTRIES.length] ?? 'Software',
    employees: 10 + ((i * 37 + seed) % 40) * 25,
  };
}

function event(seed: number, index: number, rng: Rng, at: number, ids: { pixel: string; project: string }): SimEvent {
  const company = rng.chance(0.7) ? companyAt(seed, rng.int(0, COMPANIES - 1)) : null;
  const person = company && rng.chance(0.6) ? fake.person(rng) : null;
  const handle = person ? `${person.firstName}.${person.lastName}`.toLowerCase().replace(/[^a-z.]/g, '') : null;
  return {
    event_id: `evt_${seed.toString(36)}_${String(index).padStart(8, '0')}`,
    timestamp: at,
    event_type: 'page_view',
    pixel_id: ids.pixel,
    project_id: ids.project,
    page_url: `https://www.tributary.example${rng.pick(PAGES)}`,
    referrer: rng.chance(0.5) ? 'https://www.google.com/' : null,
    email: person && company ? `${handle}@${company.domain}` : null,
    first_name: person?.firstName ?? null,
    last_name: person?.lastName ?? null,
    job_title: person?.jobTitle ?? null,
    company_name: company?.name ?? null,
    company_domain: company ? (rng.chance(0.2) ? `https://www.${company.domain}/` : company.domain) : null,
    company_industry: company?.industry ?? null,
    company_employee_count: company?.employees ?? null,
    intent_topics: company && rng.chance(0.35) ? [rng.pick(TOPICS)] : [],
  };
}

export interface EventsOptions {
  seed: number;
  size: number;
  /** Epoch ms where the seeded history ends. */
  end: number;
  historyMs: number;
  clock: VendorClock;
  ids: { pixel: string; project: string };
}

/** `size` events over the history before `end` (event i from the seed and i alone), oldest first, and new ones since. */
export function createEvents(options: EventsOptions) {
  const step = Math.max(1, Math.floor(options.historyMs / Math.max(1, options.size)));
  const data = new Dataset<SimEvent>({
    seed: options.seed,
    size: options.size,
    clock: () => options.clock.stamp(),
    generate: (i, rng) => event(options.seed, i, rng, options.end - (options.size - i) * step + rng.int(0, step - 1), options.ids),
  });
  const add = (n: number): number[] => data.append(n, (i, { at, rng }) => event(options.seed, i, rng, at, options.ids)).map((c) => c.index);
  return { data, add };
}
