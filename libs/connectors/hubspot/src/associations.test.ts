import { describe, expect, it } from 'vitest';
import { firstLink, PageLinks, readPageLinks } from './associations.js';
import { createHubSpotSimulator } from './sandbox/index.js';
import { inProcessConnection } from './testing/in-process.js';

const link = (id: string, label?: string) => ({
  toObjectId: id,
  associationTypes: [{ category: 'HUBSPOT_DEFINED', typeId: 1, ...(label ? { label } : {}) }],
});

describe('associations', () => {
  it('pick the primary association, else the lowest id (numerically)', () => {
    expect(firstLink([link('900'), link('1000', 'Primary'), link('80')])).toBe('1000');
    expect(firstLink([link('900'), link('1000'), link('80')])).toBe('80');
    expect(firstLink([])).toBeUndefined();
  });

  it("read a page's contacts, companies and contact emails in three requests (four past 100 contacts), leaving archived contacts out", async () => {
    const sim = createHubSpotSimulator({ seed: 4, companies: 20 });
    const deals = sim.data.records('deals').slice(0, 10);
    const firstContacts = deals.map((d) => sim.data.linksOf('deals', d.id, 'contacts')[0]).filter((id) => id !== undefined);
    const archived = firstContacts[0] ?? '';
    sim.mutate.archive('contacts', [sim.data.indexOf('contacts', archived) ?? -1]);
    const before = sim.requests.count();
    const links = await readPageLinks(inProcessConnection(sim).ctx.http, 'deals', [...deals, { id: 'junk' }], { emails: true });
    expect(sim.requests.count() - before).toBe(3);
    for (const d of deals) {
      const contact = sim.data.linksOf('deals', d.id, 'contacts')[0];
      expect(links.contactOf(d.id)).toBe(contact);
      expect(links.companyOf(d.id)).toBe(sim.data.linksOf('deals', d.id, 'companies')[0]);
      const email = sim.data.records('contacts').find((c) => c.id === contact)?.props['email'] ?? undefined;
      expect(links.contactEmailOf(d.id)).toBe(email);
    }
    expect(deals.some((d) => links.contactOf(d.id) === archived)).toBe(false);
    expect(PageLinks.of(undefined).companyOf(deals[0]?.id ?? '')).toBeUndefined();
  });
});
