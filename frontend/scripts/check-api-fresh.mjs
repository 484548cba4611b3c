#!/usr/bin/env node
// Fails (exit 1) when src/api/schema.d.ts is not what openapi/openapi.json generates today.
// Regenerates into a temporary file first so the working tree is never touched.
// Usage: node scripts/check-api-fresh.mjs [openapi.json] [schema.d.ts]
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { generateSchemaTs, OPENAPI, ROOT, SCHEMA_TS } from "./api-gen-lib.mjs";

const openapiPath = process.argv[2] ?? OPENAPI;
const schemaTs = process.argv[3] ?? SCHEMA_TS;
const docName = relative(resolve(ROOT, ".."), openapiPath);
const dir = mkdtempSync(join(tmpdir(), "cspr-api-"));
try {
  const fresh = await generateSchemaTs(openapiPath);
  const tmp = join(dir, "schema.d.ts");
  writeFileSync(tmp, fresh);
  let current = "";
  try {
    current = readFileSync(schemaTs, "utf8");
  } catch {
    /* missing counts as stale */
  }
  if (current !== readFileSync(tmp, "utf8")) {
    const a = current.split("\n");
    const b = fresh.split("\n");
    let line = 0;
    while (line < a.length && a[line] === b[line]) line++;
    console.error(
      `check:api: frontend/${relative(ROOT, schemaTs)} is stale: it differs from what ` +
        `${docName} generates (first difference at line ${line + 1}).\n` +
        "Run `make openapi` (or `cd frontend && npm run gen:api`) and commit the result.",
    );
    process.exitCode = 1;
  } else {
    console.log(`check:api: frontend/${relative(ROOT, schemaTs)} is up to date with ${docName}`);
  }
} catch (e) {
  console.error(`check:api: ${e.message}`);
  process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
