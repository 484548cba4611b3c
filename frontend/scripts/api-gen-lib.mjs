// Shared by gen-api.mjs and check-api-fresh.mjs: turn ../openapi/openapi.json into the
// TypeScript types that openapi-fetch uses (src/api/schema.d.ts).
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const OPENAPI = resolve(ROOT, "..", "openapi", "openapi.json");
export const SCHEMA_TS = join(ROOT, "src", "api", "schema.d.ts");

const HEADER =
  "/**\n" +
  " * Generated from openapi/openapi.json by `npm run gen:api` (openapi-typescript).\n" +
  " * Do not edit by hand: `npm run check:api` fails when this file is stale.\n" +
  " */\n\n";

export async function generateSchemaTs(openapiPath = OPENAPI) {
  if (!existsSync(openapiPath)) {
    throw new Error(`${openapiPath} does not exist (the API exports it: \`cspr export-openapi\`).`);
  }
  const { default: openapiTS, astToString } = await import("openapi-typescript");
  const doc = JSON.parse(readFileSync(openapiPath, "utf8"));
  // defaultNonNullable: false: a field with a default is optional unless the schema lists it as
  // required (otherwise request bodies would demand every defaulted field).
  const ast = await openapiTS(doc, { silent: true, defaultNonNullable: false, cwd: pathToFileURL(dirname(openapiPath) + "/") });
  return HEADER + astToString(ast);
}
