// `npm run db:migrate`: applies committed migrations to DATABASE_URL, or to the embedded database.
import { closeDatabase, getOpenedDatabase } from "./client";

const opened = await getOpenedDatabase();
console.log(`Migrations applied (${opened.driver}).`);
await closeDatabase();
