import { Alert, Button, Divider, Modal, Stack, Text } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { ProblemAlert, toProblem } from '../../components/ProblemAlert';
import { connectOAuth } from '../../queries/connector-actions';
import { ApiKeyForm } from './ApiKeyForm';
import type { SensorType } from './types';

/** Which of its connect options a new deployment should use, where the vendor has a preference (see the connector's README). */
const CONNECT_ADVICE: Readonly<Record<string, string>> = {
  stripe:
    'New deployments: connect through the Tributary Stripe App (Stripe Apps OAuth) when one is configured, otherwise use a restricted key (rk_…) with read access. Stripe Connect OAuth with read_only is closed to new platforms.',
};

interface Props {
  type: SensorType;
  opened: boolean;
  onClose: () => void;
}

/** Connect: the vendor's consent screen (OAuth) and/or an API key with Verify, whichever the connector offers. */
export function ConnectModal({ type, opened, onClose }: Props) {
  const oauth = useMutation({
    mutationFn: () => connectOAuth(type.id),
    onSuccess: (url) => window.location.assign(url),
  });
  const apiKey = type.authMethod === 'API_KEY';
  return (
    <Modal opened={opened} onClose={onClose} title={`Connect ${type.name}`} size="lg">
      <Stack>
        {CONNECT_ADVICE[type.id] ? <Text size="sm">{CONNECT_ADVICE[type.id]}</Text> : null}
        {type.oauthAvailable ? (
          <Stack gap="xs">
            <Text size="sm">
              You will be sent to {type.name}’s consent screen. Sign in with an account that can read the data and allow read-only access;
              you come back here when it is done.
            </Text>
            {type.sandboxAvailable ? (
              <Alert color="grape" variant="light" p="xs">
                No OAuth app is configured for {type.name}, so the consent screen is the local sandbox.
              </Alert>
            ) : null}
            {oauth.error ? <ProblemAlert problem={{ ...toProblem(oauth.error), connectorType: type.id }} /> : null}
            <Button
              rightSection={<IconExternalLink size={16} />}
              loading={oauth.isPending || oauth.isSuccess}
              onClick={() => oauth.mutate()}
            >
              Continue to {type.name}
            </Button>
          </Stack>
        ) : null}
        {type.oauthAvailable && apiKey ? <Divider label="or use an API key" labelPosition="center" /> : null}
        {apiKey ? <ApiKeyForm type={type} onConnected={onClose} /> : null}
      </Stack>
    </Modal>
  );
}
