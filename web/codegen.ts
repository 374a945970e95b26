import type { CodegenConfig } from "@graphql-codegen/cli";

/** Operation types from the checked-in schema: a schema change breaks `tsc`, not the users. */
const config: CodegenConfig = {
  schema: "../schema.graphql",
  documents: ["src/**/*.{ts,tsx}", "!src/gql/**"],
  ignoreNoDocuments: false,
  generates: {
    "./src/gql/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        strictScalars: true,
        scalars: { DateTimeISO: "string", LocalDate: "string", Money: "string", JSON: "unknown" },
        enumsAsTypes: true,
        useTypeImports: true,
      },
    },
  },
};
export default config;
