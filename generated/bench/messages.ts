// generated — do not edit: produced by scripts/generate (json-schema-to-typescript) from asyncapi.yaml.
export type ChannelMessage = AuthMessage | AuthSuccessMessage | ErrorMessage | TickMessage;

export interface AuthMessage {
  type: "auth";
  token: string;
}
export interface AuthSuccessMessage {
  type: "auth_success";
  data: {
    subject: string;
  };
}
export interface ErrorMessage {
  type: "error";
  error: {
    code: "AUTHENTICATION_ERROR" | "VALIDATION_ERROR" | "RATE_LIMIT_EXCEEDED";
    message: string;
    details: {
      field?: string;
      message: string;
    }[];
  };
}
export interface TickMessage {
  type: "tick";
  data: {
    publisher: number;
    seq: number;
    /**
     * Publisher's clock in epoch milliseconds (fractional), for the delivery delay.
     */
    sent_at: number;
  };
}

/** Messages the server sends on /ws. */
export type ServerMessage = AuthSuccessMessage | ErrorMessage | TickMessage;
/** Messages the server receives on /ws. */
export type ClientMessage = AuthMessage;
