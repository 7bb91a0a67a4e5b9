// What a browser or edge bundle of the package does: read an EM document, change it, write it back.
import { NASJob, parse, serialize } from "emx";

const EM = 'xmlns="http://www.veeam.com/ent/v1.0"';
const job = parse(
  `<NASJob ${EM} Type="NasJob" Href="h" Name="Files" UID="urn:veeam:NasJob:1"><Description>old</Description></NASJob>`,
  {
    expect: NASJob,
  },
);
job.description = "new & <improved>";
globalThis.emxResult = serialize(job);
