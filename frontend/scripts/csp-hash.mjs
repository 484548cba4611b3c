#!/usr/bin/env node
// Content-Security-Policy hashes for the inline <script> elements of the app's HTML page.
//
// The page has exactly one inline script: GOV.UK Frontend's one-liner that adds
// `govuk-frontend-supported` to <body>. The server allows it by hash (no 'unsafe-inline'),
// reading `dist/csp.json`, which the Vite build writes with `writeCspJson()` below.
//
// CLI: `node scripts/csp-hash.mjs [file.html]` prints one `sha256-…` per inline script
// (default: dist/index.html when built, else index.html) and fails if the script text
// drifted from src/csp-inline-script.txt.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** Text of each <script> without a src attribute, exactly as the browser hashes it. */
export function inlineScripts(html) {
  const out = [];
  const re = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
  for (const m of html.matchAll(re)) {
    if (/\bsrc\s*=/i.test(m[1])) continue;
    out.push(m[2]);
  }
  return out;
}

export function cspHash(text) {
  return "sha256-" + createHash("sha256").update(text, "utf8").digest("base64");
}

/** Throws unless the page's inline scripts are exactly the one in src/csp-inline-script.txt. */
export function checkInlineScripts(html) {
  const expected = readFileSync(join(ROOT, "src", "csp-inline-script.txt"), "utf8");
  const scripts = inlineScripts(html);
  if (scripts.length !== 1 || scripts[0] !== expected) {
    throw new Error(
      "index.html's inline script differs from src/csp-inline-script.txt. Keep them byte-identical: " +
        "the server's Content-Security-Policy allows the script by its sha256 hash.",
    );
  }
  return scripts.map(cspHash);
}

/** Writes {"script-src-hashes": [...]} next to the built index.html. */
export function writeCspJson(outDir) {
  const html = readFileSync(join(outDir, "index.html"), "utf8");
  const hashes = checkInlineScripts(html);
  const file = join(outDir, "csp.json");
  writeFileSync(file, JSON.stringify({ "script-src-hashes": hashes }, null, 2) + "\n");
  return { file, hashes };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const built = join(ROOT, "dist", "index.html");
  const file = process.argv[2] ?? (existsSync(built) ? built : join(ROOT, "index.html"));
  try {
    for (const h of checkInlineScripts(readFileSync(file, "utf8"))) console.log(h);
  } catch (e) {
    console.error(`csp-hash: ${e.message}`);
    process.exit(1);
  }
}
