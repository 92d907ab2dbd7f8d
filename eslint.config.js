import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules", "dist", "coverage", "bin", "data"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts"],
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ["*.ts"] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  {
    // Only the adapters talk to the chat platforms; the core stays platform-neutral.
    files: ["src/index/**", "src/answers/**", "src/bot/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["grammy", "@grammyjs/*", "@larksuiteoapi/*"] }],
    },
  },
);
