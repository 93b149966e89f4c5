/** A second sync of a connector that is already syncing. */
export class SyncInProgressError extends Error {
  constructor(readonly connectorId: string) {
    super(`A sync of connector ${connectorId} is already running`);
    this.name = 'SyncInProgressError';
  }
}
