// `node --import ./test/helpers/log-imports.mjs …`: appends every module URL the process resolves
// to the file named by NIANBAO_IMPORT_LOG (test/store/lazy-imports.test.ts reads it).
import { register } from "node:module";

register(
  `data:text/javascript,${encodeURIComponent(`
import { appendFileSync } from "node:fs";
export async function resolve(specifier, context, next) {
  const r = await next(specifier, context);
  if (process.env.NIANBAO_IMPORT_LOG) appendFileSync(process.env.NIANBAO_IMPORT_LOG, r.url + "\\n");
  return r;
}`)}`,
);
