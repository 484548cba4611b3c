#!/usr/bin/env node
// Sums the gzipped size of the JavaScript a first visit downloads before the app can run:
// the entry chunk of index.html and every chunk it imports statically (per Vite's manifest;
// lazily loaded chunks are not counted). Prints it in KB and fails above the budget.
import { existsSync, readFileSync } from "node:fs";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const DIST = join(ROOT, "dist");
const BUDGET_KB = Number(process.env.CSPR_JS_BUDGET_KB ?? 150);

const manifestPath = join(DIST, ".vite", "manifest.json");
if (!existsSync(manifestPath)) {
  console.error(`bundle-size: ${manifestPath} not found; run \`vite build\` (build.manifest) first.`);
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
const entries = Object.entries(manifest).filter(([, c]) => c.isEntry);
if (entries.length === 0) {
  console.error("bundle-size: no entry chunk in the manifest.");
  process.exit(1);
}

const seen = new Set();
const files = [];
const css = new Set();
function visit(key) {
  if (seen.has(key)) return;
  seen.add(key);
  const chunk = manifest[key];
  if (!chunk) throw new Error(`manifest has no chunk ${key}`);
  files.push(chunk.file);
  for (const c of chunk.css ?? []) css.add(c);
  for (const dep of chunk.imports ?? []) visit(dep);
}
for (const [key] of entries) visit(key);

const gz = (f) => gzipSync(readFileSync(join(DIST, f)), { level: 9 }).length;
const kb = (n) => (n / 1024).toFixed(1);
let total = 0;
for (const f of files) {
  const size = gz(f);
  total += size;
  console.log(`  ${f}  ${kb(size)} KB gz`);
}
let cssTotal = 0;
for (const f of css) cssTotal += gz(f);
console.log(`Initial JS: ${kb(total)} KB gzipped in ${files.length} file(s) (budget ${BUDGET_KB} KB); CSS ${kb(cssTotal)} KB gzipped`);
if (total > BUDGET_KB * 1024) {
  console.error(`bundle-size: initial JS ${kb(total)} KB gz is over the ${BUDGET_KB} KB budget.`);
  process.exit(1);
}
