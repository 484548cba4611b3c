import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkInlineScripts, cspHash, inlineScripts } from "./csp-hash.mjs";
import { ROOT } from "./api-gen-lib.mjs";

describe("CSP hash of the inline script", () => {
  it("index.html's only inline script is byte-identical to src/csp-inline-script.txt", () => {
    const html = readFileSync(join(ROOT, "index.html"), "utf8");
    const expected = readFileSync(join(ROOT, "src", "csp-inline-script.txt"), "utf8");
    expect(inlineScripts(html)).toEqual([expected]);
    // GOV.UK Frontend's published hash for its template's script.
    expect(checkInlineScripts(html)).toEqual(["sha256-GUQ5ad8JK5KmEWmROf3LZd9ge94daqNvd8xy9YS1iDw="]);
  });

  it("ignores external scripts and refuses a changed inline one", () => {
    expect(inlineScripts('<script type="module" src="/a.js"></script><script>x()</script>')).toEqual(["x()"]);
    expect(cspHash("")).toBe("sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
    expect(() => checkInlineScripts("<script>document.body.className += ' x'</script>")).toThrow(/byte-identical/);
  });

  it("prints the hash from the CLI", () => {
    const out = execFileSync(process.execPath, [join(ROOT, "scripts", "csp-hash.mjs"), join(ROOT, "index.html")], { encoding: "utf8" });
    expect(out.trim()).toBe("sha256-GUQ5ad8JK5KmEWmROf3LZd9ge94daqNvd8xy9YS1iDw=");
  });
});

describe("generated API types", () => {
  const fixture = {
    openapi: "3.1.0",
    info: { title: "t", version: "1" },
    paths: {
      "/api/v1/things": {
        get: { operationId: "list", responses: { "200": { description: "ok", content: { "application/json": { schema: { $ref: "#/components/schemas/Thing" } } } } } },
      },
    },
    components: { schemas: { Thing: { type: "object", properties: { id: { type: "string" }, n: { type: "integer", default: 1 } }, required: ["id"] } } },
  };
  const run = (script, ...args) => spawnSync(process.execPath, [join(ROOT, "scripts", script), ...args], { encoding: "utf8" });

  it("check-api-fresh passes on a fresh file and fails, with a clear message, on a stale one", () => {
    const dir = mkdtempSync(join(tmpdir(), "cspr-gen-"));
    try {
      const doc = join(dir, "openapi.json");
      const ts = join(dir, "schema.d.ts");
      writeFileSync(doc, JSON.stringify(fixture));
      expect(run("gen-api.mjs", doc, ts).status).toBe(0);
      expect(readFileSync(ts, "utf8")).toContain('"/api/v1/things"');
      const ok = run("check-api-fresh.mjs", doc, ts);
      expect(ok.status).toBe(0);
      expect(ok.stdout).toMatch(/up to date/);
      fixture.components.schemas.Thing.properties.extra = { type: "boolean" };
      writeFileSync(doc, JSON.stringify(fixture));
      const stale = run("check-api-fresh.mjs", doc, ts);
      expect(stale.status).toBe(1);
      expect(stale.stderr).toMatch(/is stale.*make openapi.*gen:api/s);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it("fails clearly when the OpenAPI document is missing", () => {
    const r = run("check-api-fresh.mjs", join(tmpdir(), "no-such-openapi.json"));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/does not exist/);
  }, 60_000);
});
