/**
 * The transport: an HTTPS (or HTTP) server on loopback that remembers its sockets, so close() can
 * end keep-alive and stalled connections at once instead of waiting for clients to hang up.
 */
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import https from "node:https";
import type { Socket } from "node:net";
import type { ServerCertificate } from "./certificate.js";

/** A listening server. */
export interface ListeningServer {
  /** The API root, `https://127.0.0.1:PORT/api/`. */
  readonly apiRoot: string;
  /** Stops listening, destroys every open connection and resolves when the server has closed. */
  close(): Promise<void>;
}

/** Starts listening; `certificate` undefined means plain HTTP. */
export async function listen(
  host: string,
  port: number,
  certificate: ServerCertificate | undefined,
  listener: (request: IncomingMessage, response: ServerResponse) => void,
): Promise<ListeningServer> {
  const server =
    certificate === undefined
      ? http.createServer(listener)
      : https.createServer({ cert: certificate.cert, key: certificate.key }, listener);
  const sockets = new Set<Socket>();
  server.on("connection", (socket: Socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
  });
  // A client that resets mid-handshake must not take the mock down.
  server.on("tlsClientError", () => undefined);
  server.on("clientError", (_error, socket: Socket) => socket.destroy());

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("mock server has no TCP address");

  let closing: Promise<void> | undefined;
  return {
    apiRoot: `${certificate === undefined ? "http" : "https"}://${urlHost(host)}:${address.port}/api/`,
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

/** The host as it goes in a URL: wildcard addresses become localhost, IPv6 gets brackets. */
function urlHost(host: string): string {
  if (host === "0.0.0.0" || host === "::" || host === "") return "localhost";
  return host.includes(":") ? `[${host}]` : host;
}
