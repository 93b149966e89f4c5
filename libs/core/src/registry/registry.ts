import type { AnyConnector } from '../connector/types.js';

/**
 * The connectors an app knows about, filled explicitly by its composition
 * root (through the catalog lib). No module-level instance exists.
 *
 * @example
 * const registry = new ConnectorRegistry().register(stripe);
 * registry.get('stripe').name // 'Stripe'
 */
export class ConnectorRegistry {
  readonly #connectors = new Map<string, AnyConnector>();

  /** Add a connector; throws when its id is already registered. */
  register(connector: AnyConnector): this {
    if (this.#connectors.has(connector.id)) {
      throw new Error(`Connector "${connector.id}" is already registered`);
    }
    this.#connectors.set(connector.id, connector);
    return this;
  }

  /** The connector with this id; throws when there is none. */
  get(id: string): AnyConnector {
    const connector = this.#connectors.get(id);
    if (!connector) throw new Error(`Unknown connector "${id}"`);
    return connector;
  }

  has(id: string): boolean {
    return this.#connectors.has(id);
  }

  /** Every connector, in registration order. */
  list(): AnyConnector[] {
    return [...this.#connectors.values()];
  }
}
