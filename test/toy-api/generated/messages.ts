// generated — do not edit: produced by scripts/generate (json-schema-to-typescript) from asyncapi.yaml.
export type ChannelMessage = AuthMessage | WelcomeMessage | ProblemMessage | NoteCreatedMessage;

export interface AuthMessage {
  type: "auth";
  token: string;
}
export interface WelcomeMessage {
  type: "welcome";
  subject: string;
}
export interface ProblemMessage {
  type: "problem";
  kind: "unauthenticated" | "invalid_message" | "rate_limited";
  message: string;
}
export interface NoteCreatedMessage {
  type: "note_created";
  id: string;
  text: string;
}

/** Messages the server sends on /live. */
export type ServerMessage = WelcomeMessage | ProblemMessage | NoteCreatedMessage;
/** Messages the server receives on /live. */
export type ClientMessage = AuthMessage;
