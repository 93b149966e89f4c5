import { Client, Connection } from '@temporalio/client';
import { NativeConnection } from '@temporalio/worker';

/**
 * The Temporal server the services suites use. They fail, never skip,
 * without one (CI=true or not): run them through `npm run test:services`.
 */
export function requireTemporalAddress(): string {
  const address = process.env['TEMPORAL_ADDRESS'];
  if (!address) {
    throw new Error(
      'This suite needs a Temporal server: run it through `npm run test:services` (tools/services/temporal.sh starts `temporal server start-dev`) or set TEMPORAL_ADDRESS.',
    );
  }
  return address;
}

export interface TemporalConnections {
  address: string;
  namespace: string;
  client: Client;
  /** The worker side's connection. */
  native: NativeConnection;
  close(): Promise<void>;
}

/**
 * A client and a worker connection to the test server (TEMPORAL_ADDRESS).
 *
 * @example
 * const temporal = await connectTemporal();
 * afterAll(() => temporal.close());
 */
export async function connectTemporal(namespace = process.env['TEMPORAL_NAMESPACE'] ?? 'default'): Promise<TemporalConnections> {
  const address = requireTemporalAddress();
  const connection = await Connection.connect({ address });
  const native = await NativeConnection.connect({ address });
  return {
    address,
    namespace,
    client: new Client({ connection, namespace }),
    native,
    close: async () => {
      await connection.close();
      await native.close();
    },
  };
}
