/**
 * The self-signed certificate a mock serves HTTPS with, made fresh at every start with Node's
 * crypto: an EC P-256 key (made in milliseconds, which matters when every test starts its own
 * mock) and an X.509 v3 certificate for `localhost` and `127.0.0.1`, encoded here in DER. Doing
 * it here keeps certificate libraries out of what a user of the package installs.
 */
import { generateKeyPairSync, randomBytes, sign } from "node:crypto";
import { der, derTime } from "./der.js";

/** A certificate and its private key, both PEM. */
export interface ServerCertificate {
  readonly cert: string;
  readonly key: string;
}

const OID = {
  ecdsaWithSha256: "1.2.840.10045.4.3.2",
  commonName: "2.5.4.3",
  basicConstraints: "2.5.29.19",
  keyUsage: "2.5.29.15",
  extendedKeyUsage: "2.5.29.37",
  serverAuthentication: "1.3.6.1.5.5.7.3.1",
  subjectAlternativeName: "2.5.29.17",
};

/** Makes a certificate valid from five minutes ago for a year. */
/**
 * A certificate serial from random bytes: a positive INTEGER in its shortest DER form. The first
 * byte has its top bit clear (else the number is negative) and is not 0 (DER forbids that padding,
 * and OpenSSL refuses a certificate with it: once in about 256 mock starts, before this).
 */
export function serialNumber(random: Uint8Array): Uint8Array {
  const serial = Uint8Array.from(random);
  serial[0] = (serial[0]! & 0x3f) | 0x40;
  return serial;
}

export async function createCertificate(): Promise<ServerCertificate> {
  const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const notBefore = new Date(Date.now() - 5 * 60_000);
  const notAfter = new Date(notBefore.getTime() + 365 * 24 * 60 * 60_000);
  const name = der.sequence(der.set(der.sequence(der.oid(OID.commonName), der.utf8("localhost"))));
  const signatureAlgorithm = der.sequence(der.oid(OID.ecdsaWithSha256));
  const serial = serialNumber(randomBytes(16));
  const toBeSigned = der.sequence(
    der.explicit(0, der.integer(Uint8Array.of(2))), // v3
    der.integer(serial),
    signatureAlgorithm,
    name,
    der.sequence(derTime(notBefore), derTime(notAfter)),
    name,
    publicKey.export({ type: "spki", format: "der" }),
    der.explicit(3, der.sequence(...extensions())),
  );
  const signature = sign("sha256", toBeSigned, privateKey);
  const certificate = der.sequence(toBeSigned, signatureAlgorithm, der.bitString(signature));
  return {
    cert: pem("CERTIFICATE", certificate),
    key: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
  };
}

/** Not a CA; signs TLS handshakes of a server at localhost and 127.0.0.1. */
function extensions(): Uint8Array[] {
  const extension = (oid: string, critical: boolean, value: Uint8Array) =>
    der.sequence(der.oid(oid), ...(critical ? [der.boolean(true)] : []), der.octetString(value));
  return [
    extension(OID.basicConstraints, true, der.sequence()),
    extension(OID.keyUsage, true, der.bitString(Uint8Array.of(0x80), 7)), // digitalSignature
    extension(OID.extendedKeyUsage, false, der.sequence(der.oid(OID.serverAuthentication))),
    extension(
      OID.subjectAlternativeName,
      false,
      der.sequence(
        der.contextPrimitive(2, new TextEncoder().encode("localhost")),
        der.contextPrimitive(7, Uint8Array.of(127, 0, 0, 1)),
      ),
    ),
  ];
}

function pem(label: string, bytes: Uint8Array): string {
  const base64 = Buffer.from(bytes).toString("base64");
  return `-----BEGIN ${label}-----\n${base64.match(/.{1,64}/g)!.join("\n")}\n-----END ${label}-----\n`;
}
