// `npm run restore -- <archive> [--data-dir DIR]`: restores a backup archive into an empty
// DATA_DIR (or --data-dir), then `npm start` with that DATA_DIR serves it.
import fs from "node:fs";
import path from "node:path";
import { config } from "@/config";
import { restoreArchive } from "@/lib/backup/backup";

const args = process.argv.slice(2);
const i = args.indexOf("--data-dir");
const dataDir = path.resolve(i >= 0 ? args[i + 1] : config().dataDir);
const file = args.find((a, k) => !a.startsWith("--") && args[k - 1] !== "--data-dir");
if (!file) {
  console.error("usage: npm run restore -- <archive.tar.gz> [--data-dir DIR]");
  process.exit(2);
}
const started = Date.now();
try {
  const manifest = await restoreArchive(fs.readFileSync(file), dataDir);
  console.log(
    `restore: ${file} (taken ${manifest.created_at}) into ${dataDir}: database, ${manifest.files.length} files` +
      `${manifest.app_secret ? ", the app secret" : ""}; ${Date.now() - started} ms. Start it with DATA_DIR=${dataDir} npm start`,
  );
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
