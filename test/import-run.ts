/** Running `xabar import wordpress` in a test app, as the CLI does: the import tests' shared step. */
import { ImportReport } from "../src/cli/import/report.js";
import { UploadsLibrary } from "../src/cli/import/uploads.js";
import { importWordpress } from "../src/cli/import/wordpress.js";
import { ImportService } from "../src/content/import.service.js";
import { MediaService } from "../src/media/media.service.js";
import { DiskStorage } from "../src/media/storage.js";
import type { TestApp } from "./app.js";

export const FIXTURES = "test/fixtures/import";

export interface Run {
  report: ImportReport;
  source: string;
}

export async function wordpress(
  x: TestApp,
  file: string,
  options: { uploads?: string; batchSize?: number; afterBatch?: (n: number) => void; dryRun?: boolean } = {},
): Promise<Run> {
  const imports = new ImportService(x.db);
  const report = new ImportReport();
  let source = "";
  const media = new MediaService(x.db, { storage: new DiskStorage(x.config.mediaDir), ...x.config.media });
  await importWordpress({
    file,
    imports,
    report,
    locale: "uz",
    category: "news",
    dryRun: options.dryRun ?? false,
    uploads: options.uploads ? new UploadsLibrary(options.uploads, media, imports, () => source, report, options.dryRun) : undefined,
    onSource: (s) => (source = s),
    ...(options.batchSize ? { batchSize: options.batchSize } : {}),
    ...(options.afterBatch ? { afterBatch: options.afterBatch } : {}),
  });
  return { report, source };
}
