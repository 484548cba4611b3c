#!/usr/bin/env node
// Regenerates src/api/schema.d.ts from ../openapi/openapi.json.
import { writeFileSync } from "node:fs";
import { relative } from "node:path";
import { generateSchemaTs, OPENAPI, ROOT, SCHEMA_TS } from "./api-gen-lib.mjs";

try {
  const ts = await generateSchemaTs(process.argv[2] ?? OPENAPI);
  const out = process.argv[3] ?? SCHEMA_TS;
  writeFileSync(out, ts);
  console.log(`gen:api: wrote ${relative(ROOT, out)} (${ts.length} chars)`);
} catch (e) {
  console.error(`gen:api: ${e.message}`);
  process.exit(1);
}
