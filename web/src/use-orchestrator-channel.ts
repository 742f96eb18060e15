import { useEffect, useState } from 'react';
import type { ClientMessage, ServerMessage } from '../../generated/orchestrator/messages.js';
import { apiBases } from './api-bases.js';

/** `unauthorized`: the server closed the socket because the access token is no longer good (expired, revoked). */
export type ChannelState = { connected: boolean; messages: ServerMessage[]; error?: string; unauthorized?: boolean };

/** What was heard, tagged with the token it was heard with. */
type Heard = ChannelState & { token?: string };
const idle: ChannelState = { connected: false, messages: [] };
/** A new login starts from nothing, not from the last session's messages and its "session ended". */
const ofToken = (heard: Heard, token: string | undefined): ChannelState => (heard.token === token ? heard : idle);

/**
 * The orchestrator's WebSocket (/ws, typed from its AsyncAPI document): authenticates with the access token and
 * collects what the server pushes. A dropped socket is reopened after a second while the page is open.
 */
export function useOrchestratorChannel(token: string | undefined): ChannelState {
  const [heard, setHeard] = useState<Heard>(idle);
  useEffect(() => {
    if (!token) return;
    let socket: WebSocket | undefined;
    let closed = false;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const open = () => {
      const url = new URL(`${apiBases.orchestrator}/ws`, window.location.href);
      url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
      socket = new WebSocket(url);
      socket.onopen = () => socket!.send(JSON.stringify({ type: 'auth', token } satisfies ClientMessage));
      socket.onmessage = (event) => {
        const message = JSON.parse(String(event.data)) as ServerMessage;
        setHeard((h) => {
          const s = ofToken(h, token);
          return {
            token,
            connected: s.connected || message.type === 'auth_success',
            messages: [...s.messages, message],
            error: message.type === 'error' ? `${message.error.message} (correlation id ${message.error.correlation_id})` : s.error,
          };
        });
      };
      socket.onclose = (event) => {
        setHeard((h) => ({ ...ofToken(h, token), token, connected: false, unauthorized: event.code === 4401 || ofToken(h, token).unauthorized }));
        if (!closed && event.code !== 4401) retry = setTimeout(open, 1000);
      };
    };
    open();
    return () => {
      closed = true;
      clearTimeout(retry);
      socket?.close();
    };
  }, [token]);
  return ofToken(heard, token);
}
