import { SalesforceEvent, SalesforceTask } from '../api.js';
import { sobjectStream, type SObjectSpec } from './sobject.js';

const TASK_TYPES: Readonly<Record<string, string>> = {
  email: 'email',
  listemail: 'email',
  call: 'call',
  meeting: 'meeting',
  linkedin: 'linkedin',
};

/**
 * A task's canonical activity type, from `TaskSubtype` (Email, ListEmail,
 * Call, LinkedIn, Task) or else its `Type` picklist; `task` otherwise.
 *
 * @example
 * taskType({ TaskSubtype: 'Call', Type: null }) // 'call'
 */
export function taskType(t: Pick<SalesforceTask, 'TaskSubtype' | 'Type'>): string {
  for (const value of [t.TaskSubtype, t.Type]) {
    const type = value ? TASK_TYPES[value.toLowerCase()] : undefined;
    if (type) return type;
  }
  return 'task';
}

/**
 * `SELECT ... FROM Task` (https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_task.htm)
 * -> Activity (email, call, task ...) at its creation time, linked to its
 * contact or lead (`WhoId`) and account.
 */
export const TASK: SObjectSpec<SalesforceTask> = {
  name: 'tasks',
  entity: 'activity',
  description: 'Tasks: emails, calls and to-dos',
  object: 'Task',
  keyPrefix: '00T',
  fields: ['Subject', 'WhoId', 'WhatId', 'AccountId', 'Type', 'TaskSubtype', 'Status', 'ActivityDate'],
  feeds: {
    TaskSubtype: ['type'],
    Type: ['type'],
    Subject: ['properties'],
    Status: ['properties'],
    ActivityDate: ['properties'],
    WhatId: ['properties'],
  },
  schema: SalesforceTask,
  derive: (t) => ({
    type: taskType(t),
    channel: 'crm',
    occurredAt: t.CreatedDate,
    properties: { subject: t.Subject ?? null, status: t.Status ?? null, activityDate: t.ActivityDate ?? null, whatId: t.WhatId ?? null },
  }),
};
export const tasks = sobjectStream(TASK);

/**
 * `SELECT ... FROM Event` (https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_event.htm)
 * -> Activity `meeting` at its start time.
 */
export const EVENT: SObjectSpec<SalesforceEvent> = {
  name: 'events',
  entity: 'activity',
  description: 'Calendar events, as meetings',
  object: 'Event',
  keyPrefix: '00U',
  fields: ['Subject', 'WhoId', 'WhatId', 'AccountId', 'Type', 'EventSubtype', 'StartDateTime', 'DurationInMinutes', 'Location'],
  feeds: {
    StartDateTime: ['occurredAt'],
    Subject: ['properties'],
    DurationInMinutes: ['properties'],
    Location: ['properties'],
    WhatId: ['properties'],
  },
  schema: SalesforceEvent,
  derive: (e) => ({
    type: 'meeting',
    channel: 'crm',
    occurredAt: e.StartDateTime ?? e.CreatedDate,
    properties: {
      subject: e.Subject ?? null,
      durationMinutes: e.DurationInMinutes ?? null,
      location: e.Location ?? null,
      whatId: e.WhatId ?? null,
    },
  }),
};
export const events = sobjectStream(EVENT);
