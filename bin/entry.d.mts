// Types of bin/entry.mjs (plain JavaScript, so that it runs before any TypeScript loader).
export declare const ROOT: string;
export declare const STAMP: string;
export declare function sourceHash(root?: string): string;
export declare function codeBase(): Promise<{ compiled: boolean; dir: URL; ext: ".js" | ".ts" }>;
export declare function load(path: string): Promise<Record<string, unknown>>;
