// Runs inside an empty project that installed the packed tarballs (pack.test.ts copies it there): plain Node, no
// workspace, no TypeScript sources. Starts the Stripe sandbox on 127.0.0.1, syncs it page by page to the end
// through the connector's public API, and prints what it read beside what the sandbox holds, as one JSON line.
import { createConnectorContext } from '@tributary/core';
import { stripe } from '@tributary/connector-stripe';
import { createStripeSimulator } from '@tributary/connector-stripe/sandbox';

const sim = createStripeSimulator({ seed: 11, customers: 150, charges: 420, refunds: 30, subscriptions: 60 });
const server = await sim.start();
try {
  const connection = { baseUrl: server.url };
  const config = stripe.configSchema.parse({ apiKey: sim.apiKey });
  const settings = stripe.settingsSchema.parse({});
  const { credentials } = await stripe.authenticate(config, createConnectorContext(stripe, config, settings, connection));
  const options = { ...createConnectorContext(stripe, credentials, settings, connection), mode: 'full' };
  const read = {};
  let cursor = null;
  let pages = 0;
  for (;;) {
    const page = await stripe.sync(credentials, cursor, options);
    pages += 1;
    for (const record of page.records) read[record.stream] = (read[record.stream] ?? 0) + 1;
    cursor = page.cursor;
    if (!page.hasMore) break;
  }
  const held = {
    customers: sim.data.customerCount(),
    charges: sim.data.chargeCount(),
    refunds: sim.data.refundCount(),
    subscriptions: sim.data.subscriptionCount(),
  };
  process.stdout.write(`${JSON.stringify({ url: server.url, pages, read, held })}\n`);
} finally {
  await server.close();
}
