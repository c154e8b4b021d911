// ESLint for the site's few scripts (static/**/*.js): plain browser scripts, no build, no
// modules, written to run as they are. `make lint-js` checks, `make format-js` fixes.
"use strict";

const js = require("@eslint/js");
const globals = require("globals");

module.exports = [
  {
    ignores: ["node_modules/", ".venv/", "static_collected/", "media/"],
  },
  {
    files: ["static/**/*.js"],
    ...js.configs.recommended,
    languageOptions: {
      ecmaVersion: 2020,
      sourceType: "script",
      globals: { ...globals.browser },
    },
    linterOptions: {
      reportUnusedDisableDirectives: "error",
    },
    rules: {
      ...js.configs.recommended.rules,
      "array-callback-return": "error",
      "consistent-return": "error",
      curly: ["error", "multi-line"],
      eqeqeq: ["error", "always"],
      "no-alert": "error",
      "no-console": "error",
      "no-eval": "error",
      "no-implicit-globals": "error",
      "no-implied-eval": "error",
      "no-shadow": "error",
      "no-unused-vars": ["error", { args: "after-used" }],
      "no-throw-literal": "error",
      "no-use-before-define": ["error", { functions: false }],
      // The scripts are ES5-style (`var`, function expressions) on purpose: no build step.
      "prefer-const": "off",
      radix: "error",
      strict: ["error", "function"],
    },
  },
  {
    files: ["eslint.config.js"],
    ...js.configs.recommended,
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "commonjs",
      globals: { ...globals.node },
    },
  },
];
