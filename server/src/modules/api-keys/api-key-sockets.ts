import type { WebSocket } from "ws";
import { Topic, type ApiKeyRevokedPayload, type LeadlinePubSub } from "../../realtime/pubsub.js";
import { closeForbidden, closeSocketWhenDue } from "../../realtime/socket-expiry.js";

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
    if (msLeft !== null) closeSocketWhenDue(socket, msLeft, "API key expired");
    socket.once("close", () => {
      open.delete(socket);
      if (open.size === 0) this.sockets.delete(apiKeyId);
    });
  }

  private closeAll(apiKeyId: string, reason: string): void {
    for (const socket of this.sockets.get(apiKeyId) ?? []) closeForbidden(socket, reason);
  }

  async stop(): Promise<void> {
    await this.revocations.return?.();
  }
}
