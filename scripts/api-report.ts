/**
 * The API reports of the package's entry points (`api/*.api.md`), made by API Extractor from the
 * built declarations: `npm run api:check` fails when the public surface differs from the reports
 * checked in, `npm run api:update` rewrites them after an intended change. Run after `npm run build`.
 */
import { Extractor, ExtractorConfig, ExtractorLogLevel } from "@microsoft/api-extractor";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(import.meta.url), "../..");

/** Each published entry point: its report name and its declaration file. */
const ENTRY_POINTS = [
  { report: "emx", declarations: "dist/index.d.ts" },
  { report: "emx-client", declarations: "dist/client.d.ts" },
  { report: "emx-mock", declarations: "dist/mock/index.d.ts" },
  { report: "emx-runtime", declarations: "dist/runtime/index.d.ts" },
];

function report(entry: (typeof ENTRY_POINTS)[number], update: boolean): boolean {
  const config = ExtractorConfig.prepare({
    configObject: {
      projectFolder: root,
      mainEntryPointFilePath: join(root, entry.declarations),
      compiler: { tsconfigFilePath: join(root, "tsconfig.build.json") },
      apiReport: {
        enabled: true,
        reportFolder: join(root, "api"),
        reportTempFolder: join(root, "build", "api"),
        reportFileName: `${entry.report}.api.md`,
      },
      docModel: { enabled: false },
      dtsRollup: { enabled: false },
      tsdocMetadata: { enabled: false },
      messages: {
        // Undocumented members and forgotten exports are visible in the report itself.
        extractorMessageReporting: { default: { logLevel: ExtractorLogLevel.None } },
        compilerMessageReporting: { default: { logLevel: ExtractorLogLevel.Error } },
        tsdocMessageReporting: { default: { logLevel: ExtractorLogLevel.None } },
      },
    },
    configObjectFullPath: undefined,
    packageJsonFullPath: join(root, "package.json"),
  });
  const result = Extractor.invoke(config, { localBuild: update });
  if (!result.apiReportChanged) return true;
  console.error(
    update
      ? `api/${entry.report}.api.md updated`
      : `api/${entry.report}.api.md differs from the built declarations; if the change is intended, run npm run api:update`,
  );
  return update;
}

const update = process.argv.includes("--update");
const ok = ENTRY_POINTS.map((entry) => report(entry, update)).every(Boolean);
process.exitCode = ok ? 0 : 1;
