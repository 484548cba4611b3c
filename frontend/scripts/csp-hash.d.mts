export function inlineScripts(html: string): string[];
export function cspHash(text: string): string;
export function checkInlineScripts(html: string): string[];
export function writeCspJson(outDir: string): { file: string; hashes: string[] };
