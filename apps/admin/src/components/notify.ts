import { notifications } from '@mantine/notifications';
import { explain } from '../lib/troubleshoot';
import { toProblem } from './ProblemAlert';

export const notifySuccess = (title: string, message = '') => notifications.show({ color: 'green', title, message });

/** A failed action as a notification: what happened and what to do. */
export function notifyError(error: unknown) {
  const e = explain(toProblem(error));
  notifications.show({ color: 'red', title: e.title, message: `${e.detail} — ${e.fix}`, autoClose: 10_000 });
}
