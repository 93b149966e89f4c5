import { useMutation, useQueryClient } from '@tanstack/react-query';
import { notifySuccess } from '../../../components/notify';
import { ActionError } from '../../../graphql/errors';
import { updateSettings } from '../../../queries/connector-config';
import { keys } from '../../../queries/keys';
import type { FieldError, Settings } from './form-values';

/** Save settings through `updateConnectorSettings`, then reload the connector; the gateway's field errors for the form. */
export function useSaveSettings(tenantId: string, connectorId: string) {
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (settings: Settings) => updateSettings(connectorId, settings),
    onSuccess: async () => {
      notifySuccess('Settings saved', 'They apply from the next sync.');
      await queryClient.invalidateQueries({ queryKey: keys.connector(tenantId, connectorId) });
    },
  });
  const fieldErrors: FieldError[] = save.error instanceof ActionError ? save.error.fieldErrors : [];
  return { save, fieldErrors };
}
