/** The mock's self-signed certificate: well-formed DER that TLS takes, whatever the random serial. */
import { X509Certificate } from "node:crypto";
import { createSecureContext } from "node:tls";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { createCertificate, serialNumber } from "../../mock/certificate.js";

const certificate = suite("mock certificate");

certificate("a serial is a positive integer in its shortest form, whatever the random bytes", () => {
  for (const first of [0x00, 0x01, 0x3f, 0x40, 0x7f, 0x80, 0xff]) {
    const random = Uint8Array.of(first, 0x00, 0x12, 0x80);
    const serial = serialNumber(random);
    assert.ok(serial[0]! !== 0 && serial[0]! < 0x80, `first byte ${serial[0]} from ${first}`);
    assert.equal([...serial.slice(1)], [0x00, 0x12, 0x80]);
  }
});

certificate("every certificate made is one TLS accepts, serial and name as made", async () => {
  for (let made = 0; made < 40; made++) {
    const { cert, key } = await createCertificate();
    createSecureContext({ cert, key });
    const parsed = new X509Certificate(cert);
    assert.match(parsed.serialNumber, /^[4-7][0-9A-F]{31}$/);
    assert.is(parsed.subject, "CN=localhost");
  }
});

certificate.run();
