import { CloseCode } from "graphql-ws";
import type { WebSocket } from "ws";

// setTimeout takes at most a signed 32-bit delay; a later deadline is re-armed when it is due.
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Closes a subscription socket whose credentials stopped being valid (4403 with `reason`). graphql-ws
 * clients retry on it, with whatever credentials they hold then (the SPA refreshes its session first).
 */
export const closeForbidden = (socket: WebSocket, reason: string) =>
  socket.close(CloseCode.Forbidden, reason);

/** Closes `socket` (see closeForbidden) once `msLeft` has passed, unless it closed before. */
export function closeSocketWhenDue(socket: WebSocket, msLeft: number, reason: string): void {
  let timer: NodeJS.Timeout | undefined;
  const arm = (ms: number) => {
    timer = setTimeout(
      () => (ms > MAX_TIMER_MS ? arm(ms - MAX_TIMER_MS) : closeForbidden(socket, reason)),
      Math.min(ms, MAX_TIMER_MS),
    );
    timer.unref();
  };
  arm(Math.max(0, msLeft));
  socket.once("close", () => clearTimeout(timer));
}
