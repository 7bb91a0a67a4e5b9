/** The self-signed certificate a mock serves HTTPS with, made fresh at every start. */
import { generate } from "selfsigned";

/** A certificate and its private key, both PEM. */
export interface ServerCertificate {
  readonly cert: string;
  readonly key: string;
}

/**
 * Makes a certificate for `localhost` and `127.0.0.1`. An EC P-256 key rather than RSA: it is made
 * in milliseconds, which matters when every test starts its own mock.
 */
export async function createCertificate(): Promise<ServerCertificate> {
  const notBeforeDate = new Date(Date.now() - 5 * 60_000);
  const notAfterDate = new Date(notBeforeDate.getTime() + 365 * 24 * 60 * 60_000);
  const pems = await generate([{ name: "commonName", value: "localhost" }], {
    keyType: "ec",
    curve: "P-256",
    algorithm: "sha256",
    notBeforeDate,
    notAfterDate,
    extensions: [
      { name: "basicConstraints", cA: false, critical: true },
      { name: "keyUsage", digitalSignature: true, keyEncipherment: true, critical: true },
      { name: "extKeyUsage", serverAuth: true },
      {
        name: "subjectAltName",
        altNames: [
          { type: 2, value: "localhost" },
          { type: 7, ip: "127.0.0.1" },
        ],
      },
    ],
  });
  return { cert: pems.cert, key: pems.private };
}
