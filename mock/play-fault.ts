/** Playing a fault rule on a response, the ways a real Enterprise Manager or the network between fail. */
import type { IncomingMessage, ServerResponse } from "node:http";
import { errorDocument } from "./em-error.js";
import { DEFAULT_MESSAGES, type FaultRule } from "./faults.js";
import { isJsonForm, type WireForm } from "./wire.js";

/**
 * Plays a fault on a response; an error is written in `form`, the one the request asked for.
 * Stalled responses are left open for the server to destroy on close.
 */
export function playFault(rule: FaultRule, request: IncomingMessage, response: ServerResponse, form: WireForm): void {
  switch (rule.kind) {
    case undefined:
    case "error": {
      const message = rule.message ?? DEFAULT_MESSAGES[rule.status]!;
      const body = form.write(errorDocument(rule.status, message, isJsonForm(form)));
      send(response, rule.status, form.contentType, body);
      return;
    }
    case "html": {
      const body =
        `<!DOCTYPE html>\n<html><head><title>${rule.status} - Error</title></head>` +
        `<body><h1>Server Error</h1><p>The page cannot be displayed (HTTP ${rule.status}).</p></body></html>\n`;
      send(response, rule.status, "text/html; charset=utf-8", body);
      return;
    }
    case "malformed":
      // Well-formedness fails at the end tag that does not match the open <Ref>.
      send(
        response,
        200,
        "application/xml; charset=utf-8",
        '<?xml version="1.0" encoding="utf-8"?>\n<EntityReferences xmlns="http://www.veeam.com/ent/v1.0">\n  <Ref Type="JobReference" Href="x" Name="x" UID="urn:veeam:Job:x">\n</EntityReferences>\n',
      );
      return;
    case "stall":
      request.resume();
      return;
    case "drop": {
      const body = Buffer.from(
        '<?xml version="1.0" encoding="utf-8"?>\n<EntityReferences xmlns="http://www.veeam.com/ent/v1.0">\n' +
          '  <Ref Type="JobReference" Href="x" Name="dropped" UID="urn:veeam:Job:x" />\n'.repeat(64) +
          "</EntityReferences>\n",
      );
      response.writeHead(200, { "Content-Type": "application/xml; charset=utf-8", "Content-Length": body.length });
      // The socket goes only after the first half is handed to it, so the client sees a body cut short.
      response.write(body.subarray(0, body.length >> 1), () => response.socket?.destroy());
      return;
    }
  }
}

function send(response: ServerResponse, status: number, contentType: string, body: string | Buffer): void {
  const bytes = typeof body === "string" ? Buffer.from(body, "utf8") : body;
  response.writeHead(status, { "Content-Type": contentType, "Content-Length": bytes.length });
  response.end(bytes);
}
