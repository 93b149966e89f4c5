/** A person in the simulated tenant or outside it. */
export interface SimPerson {
  name: string;
  address: string;
}

/** A Graph `recipient`. */
export interface SimRecipient {
  emailAddress: { name: string; address: string };
}

/** A message as the simulated mailbox holds it (Graph's property names; `body` is never served under Mail.ReadBasic). */
export interface SimMessage {
  id: string;
  folder: 'inbox' | 'sentitems';
  createdDateTime: string;
  lastModifiedDateTime: string;
  changeKey: string;
  receivedDateTime: string;
  sentDateTime: string;
  subject: string;
  bodyPreview: string;
  body: { contentType: 'html' | 'text'; content: string };
  importance: 'low' | 'normal' | 'high';
  isRead: boolean;
  isDraft: boolean;
  hasAttachments: boolean;
  internetMessageId: string;
  conversationId: string;
  parentFolderId: string;
  webLink: string;
  sender: SimRecipient;
  from: SimRecipient;
  toRecipients: SimRecipient[];
  ccRecipients: SimRecipient[];
  bccRecipients: SimRecipient[];
  replyTo: SimRecipient[];
}

/** A Graph `dateTimeTimeZone`. */
export interface SimDateTime {
  dateTime: string;
  timeZone: string;
}

export interface SimAttendee extends SimRecipient {
  type: 'required' | 'optional' | 'resource';
  status: { response: 'none' | 'organizer' | 'tentativelyAccepted' | 'accepted' | 'declined' | 'notResponded'; time: string };
}

/** A calendar event of the primary calendar (an occurrence as calendarView expands it). */
export interface SimEvent {
  id: string;
  createdDateTime: string;
  lastModifiedDateTime: string;
  changeKey: string;
  iCalUId: string;
  subject: string;
  bodyPreview: string;
  body: { contentType: 'html' | 'text'; content: string };
  start: SimDateTime;
  end: SimDateTime;
  isAllDay: boolean;
  isCancelled: boolean;
  isOrganizer: boolean;
  isOnlineMeeting: boolean;
  onlineMeetingProvider: 'teamsForBusiness' | 'unknown';
  onlineMeeting: { joinUrl: string } | null;
  showAs: 'busy' | 'tentative' | 'free';
  type: 'singleInstance' | 'occurrence';
  seriesMasterId: string | null;
  location: { displayName: string; locationType: 'default' | 'conferenceRoom' };
  organizer: SimRecipient;
  attendees: SimAttendee[];
  webLink: string;
}

/** Which collection an item lives in: a mail folder, or the calendar. */
export type Scope = 'inbox' | 'sentitems' | 'calendar';

/** One stored item with its change history position. */
export interface Stored<T> {
  item: T;
  /** The change sequence of its last change (creation, update or deletion). */
  seq: number;
  deleted: boolean;
}
