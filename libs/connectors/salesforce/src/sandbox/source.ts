import type { SoqlSource } from './soql/index.js';
import { deletedRow, locate, type Store } from './store.js';
import type { ObjectName, SfRecord } from './types.js';

const DECIMALS: Readonly<Record<string, number>> = { JPY: 0, KWD: 3 };

/** `CurrencyType` rows of a multi-currency org: the corporate currency and the others records use. */
function currencyTypes(store: Store): SfRecord[] {
  const codes = [...new Set([store.world.currency, 'EUR', 'GBP', 'JPY', 'KWD'])];
  return codes.map((code, i) => ({
    Id: `01L${String(i).padStart(12, '0')}AAA`,
    IsoCode: code,
    ConversionRate: code === store.world.currency ? 1 : 1 + i / 10,
    DecimalPlaces: DECIMALS[code] ?? 2,
    IsActive: true,
    IsCorporate: code === store.world.currency,
  }));
}

function* dataRows(store: Store, object: ObjectName, includeDeleted: boolean): Generator<SfRecord> {
  const data = store.data[object];
  for (let index = 0; index < data.size; index++) {
    const live = data.get(index);
    if (live) yield live;
    else if (includeDeleted) {
      const deleted = deletedRow(store, object, index);
      if (deleted) yield deleted;
    }
  }
}

const isDataObject = (store: Store, name: string): name is ObjectName => Object.hasOwn(store.data, name);

/**
 * The store as SOQL reads it, rendering `attributes.url` for the API
 * version of the request.
 *
 * @example
 * executeQuery(bound, soqlSource(store, 'v62.0'), { queryAll: false })
 */
export function soqlSource(store: Store, version: string): SoqlSource {
  return {
    rows(object, includeDeleted) {
      if (isDataObject(store, object)) return dataRows(store, object, includeDeleted);
      if (object === 'Organization')
        return [{ Id: store.world.orgId, Name: 'Tributary Sandbox Org', DefaultCurrencyIsoCode: store.world.currency }];
      if (object === 'CurrencyType' && store.world.multiCurrency) return currencyTypes(store);
      return [];
    },
    byId(object, id) {
      const found = locate(store, id);
      return found && found.object === object ? store.data[found.object].get(found.index) : undefined;
    },
    url: (object, id) => `/services/data/${version}/sobjects/${object}/${id}`,
  };
}
