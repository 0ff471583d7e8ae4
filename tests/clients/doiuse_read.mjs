// Reads e-mail HTML with doiuse-email (the caniemail.com data) and prints, per file, what
// it says for the given clients: its warnings (partly supported), errors (not supported)
// and notes, as JSON.
// Usage: node doiuse_read.mjs <path to doiuse-email's index.js> <client glob> <file.html>...
import { readFileSync } from "node:fs";

const { doIUseEmail } = await import(process.argv[2]);
const clients = process.argv[3].split(",");
const out = {};
for (const file of process.argv.slice(4)) {
  const result = doIUseEmail(readFileSync(file, "utf8"), { emailClients: clients });
  out[file] = { warnings: result.warnings ?? [], errors: result.errors ?? [],
                notes: result.notes ?? [] };
}
process.stdout.write(JSON.stringify(out, null, 1));
