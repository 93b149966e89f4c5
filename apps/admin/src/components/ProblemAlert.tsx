import { Alert, Text, type AlertProps } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { ActionError } from '../graphql/errors';
import { explain, type Problem } from '../lib/troubleshoot';

/** An {@link ActionError} or any error as a {@link Problem}. */
export function toProblem(error: unknown): Problem {
  if (error instanceof ActionError)
    return { message: error.message, kind: error.kind, suggestedFix: error.suggestedFix, fieldErrors: error.fieldErrors };
  return { message: error instanceof Error ? error.message : String(error) };
}

interface Props extends Omit<AlertProps, 'title'> {
  problem: Problem;
}

/** What happened and what to do, as one alert. */
export function ProblemAlert({ problem, ...rest }: Props) {
  const e = explain(problem);
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle />} title={e.title} {...rest}>
      <Text size="sm">{e.detail}</Text>
      <Text size="sm" fw={600} mt={4}>
        What to do: <span style={{ fontWeight: 400 }}>{e.fix}</span>
      </Text>
    </Alert>
  );
}
