import { CloseCode } from "graphql-ws";
import type { WebSocket } from "ws";
import { Topic, type ApiKeyRevokedPayload, type LeadlinePubSub } from "../../realtime/pubsub.js";

// setTimeout takes at most a signed 32-bit delay; a key expiring later is re-armed when it is due.
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * The open WebSockets that authenticated with an API key: closed when the key is revoked (on any
 * instance: the revocation travels over pub/sub) or when it expires, so a dead key stops at once.
 */
export class ApiKeySockets {
  private readonly sockets = new Map<string, Set<WebSocket>>();
  private readonly revocations: AsyncIterator<ApiKeyRevokedPayload>;

  constructor(pubSub: LeadlinePubSub) {
    const revocations = pubSub.subscribe(Topic.API_KEY_REVOKED);
    this.revocations = revocations;
    void (async () => {
      for await (const { apiKeyId } of revocations) this.closeAll(apiKeyId, "API key revoked");
    })();
  }

  /** Tracks `socket` until it closes; closes it when the key expires (`msLeft` from now). */
  watch(apiKeyId: string, socket: WebSocket, msLeft: number | null): void {
    let open = this.sockets.get(apiKeyId);
    if (!open) this.sockets.set(apiKeyId, (open = new Set()));
    open.add(socket);
    let timer: NodeJS.Timeout | undefined;
    const arm = (ms: number) => {
      timer = setTimeout(
        () => (ms > MAX_TIMER_MS ? arm(ms - MAX_TIMER_MS) : close(socket, "API key expired")),
        Math.min(ms, MAX_TIMER_MS),
      );
      timer.unref();
    };
    if (msLeft !== null) arm(Math.max(0, msLeft));
    socket.once("close", () => {
      clearTimeout(timer);
      open.delete(socket);
      if (open.size === 0) this.sockets.delete(apiKeyId);
    });
  }

  private closeAll(apiKeyId: string, reason: string): void {
    for (const socket of this.sockets.get(apiKeyId) ?? []) close(socket, reason);
  }

  async stop(): Promise<void> {
    await this.revocations.return?.();
  }
}

const close = (socket: WebSocket, reason: string) => socket.close(CloseCode.Forbidden, reason);
