// Run as a separate process by the embedded-database test: opens the PGlite dir given as argv[2].
import { openDatabase } from "../../db/client";

const opened = await openDatabase({ dir: process.argv[2] });
console.log("opened");
await opened.close();
