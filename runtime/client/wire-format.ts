/**
 * The client's wire form: how request bodies are written and answers read, in XML (the default) or
 * in EM's JSON. Both go through the same bindings. JSON names no root, so an answer read without an
 * expected class is bound to the root class its shape (and its `Type`) makes certain.
 */
import { XmlReadError, type EmErrorBody } from "../errors.js";
import { parseJson, serializeJson } from "../json/json-api.js";
import { readJsonValue } from "../json/json-canonical.js";
import { inferJsonClass } from "../json/json-fit.js";
import type { JsonCase } from "../json/json-names.js";
import { jsonExtrasOf } from "../json/json-extras.js";
import type { Registry } from "../xml/registry.js";
import { classNameOf, type BoundClass, type XmlObject } from "../xml/xml-object.js";

/** Which form the client speaks, as its options say. */
export interface WireOptions {
  /** `xml` (default) or `json` (EM's JSON: `Accept` and `Content-Type: application/json`). */
  readonly format?: "xml" | "json";
  /**
   * JSON only: the property-name case of request bodies, `pascal` as EM 12 writes or `camel` as
   * EM 13 does. Default: the case of the server's last answer (PascalCase before the first).
   */
  readonly jsonCase?: JsonCase;
}

/** Writing bodies and reading answers in one form. */
export interface WireFormat {
  /** The media type sent as `Accept` and as the `Content-Type` of bodies. */
  readonly mediaType: string;
  /** Writes a body; `root` names its root element in XML (default: the one its class is registered for). */
  write(body: XmlObject, root?: string): string;
  /** Reads an answer as `expect`, or as the class its root (XML) or shape (JSON) names. */
  read(body: Uint8Array, expect?: BoundClass): XmlObject;
  /** EM's error in an answer's body, or undefined when the body is not one. */
  error(body: Uint8Array): EmErrorBody | undefined;
}

/** The wire form the options ask for, over a registry of bindings. */
export function wireFormat(options: WireOptions, registry: Registry): WireFormat {
  return options.format === "json" ? new JsonWire(registry, options.jsonCase) : new XmlWire(registry);
}

/** The `Error` body as the client reports it, if the object is one. */
function errorBody(document: XmlObject): EmErrorBody | undefined {
  const error = document as XmlObject & { message?: string; statusCode?: number; status?: string };
  return typeof error.message === "string"
    ? { message: error.message, statusCode: error.statusCode, status: error.status }
    : undefined;
}

class XmlWire implements WireFormat {
  readonly mediaType = "application/xml";
  constructor(private readonly registry: Registry) {}

  write(body: XmlObject, root?: string): string {
    return this.registry.serialize(body, { indent: "", declaration: true, root });
  }

  read(body: Uint8Array, expect?: BoundClass): XmlObject {
    return this.registry.parse(body, expect === undefined ? {} : { expect });
  }

  error(body: Uint8Array): EmErrorBody | undefined {
    try {
      return errorBody(this.registry.parse(body));
    } catch {
      return undefined;
    }
  }
}

class JsonWire implements WireFormat {
  readonly mediaType = "application/json";
  /** The case bodies are written in: the option's, else the one the server answered in last. */
  private learnedCase: JsonCase = "pascal";

  constructor(
    private readonly registry: Registry,
    private readonly fixedCase: JsonCase | undefined,
  ) {}

  write(body: XmlObject): string {
    return serializeJson(body, { indent: "", case: this.fixedCase ?? this.learnedCase });
  }

  read(body: Uint8Array, expect?: BoundClass): XmlObject {
    // A server (or a proxy before it) may answer in XML whatever was asked: it names its root.
    if (startsWithMarkup(body)) return this.registry.parse(body, expect === undefined ? {} : { expect });
    const type = expect ?? this.inferred(body);
    const document = parseJson(body, { expect: type });
    this.learnedCase = jsonExtrasOf(document)?.case ?? "pascal";
    return document;
  }

  private inferred(body: Uint8Array): BoundClass {
    const inference = inferJsonClass(readJsonValue(new TextDecoder().decode(body)), this.registry);
    if (inference.type !== undefined) return inference.type;
    const some = inference.candidates.slice(0, 5).map(classNameOf);
    throw new XmlReadError(
      `a JSON answer names no root and ${inference.how}${some.length === 0 ? "" : ` (${some.join(", ")}${inference.candidates.length > 5 ? ", ..." : ""})`}: say which class to expect`,
    );
  }

  error(body: Uint8Array): EmErrorBody | undefined {
    const type = this.registry.rootClass("Error");
    if (type === undefined) return undefined;
    try {
      return errorBody(startsWithMarkup(body) ? this.registry.parse(body) : parseJson(body, { expect: type }));
    } catch {
      return undefined;
    }
  }
}

/** Whether a body starts (after blanks and a byte-order mark) with `<`: XML, not JSON. */
function startsWithMarkup(body: Uint8Array): boolean {
  for (const byte of body) {
    if (
      byte === 0x20 ||
      byte === 0x09 ||
      byte === 0x0a ||
      byte === 0x0d ||
      byte === 0xef ||
      byte === 0xbb ||
      byte === 0xbf
    )
      continue;
    return byte === 0x3c;
  }
  return false;
}
