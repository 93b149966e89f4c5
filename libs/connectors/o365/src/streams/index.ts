export { messages, O365Message, messageSelect, messagesRequest, screenMessage } from './messages.js';
export { events, O365Event, eventsRequest, screenEvent } from './events.js';
export { messageParticipants, eventParticipants, O365Participant, participantOf } from './participants.js';
export { calendarWindow, graphUtc } from './calendar-window.js';
