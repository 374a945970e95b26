// Validates a JSON-LD document against SHACL shapes (Turtle) with rdf-validate-shacl.
// Usage: node shacl-validate.mjs <shapes.ttl> <data.jsonld> [<context-url>=<local file> | <vocabulary.ttl> ...]
// (vocabulary files hold the classes of code-list entries the data refers to)
// Prints {"conforms": bool, "results": [...]} on stdout. Runs as a separate process
// because the RDF/JS packages are ES modules.
import fs from "node:fs";
import rdf from "@zazuko/env-node";
import SHACLValidator from "rdf-validate-shacl";
import jsonld from "jsonld";
import { Parser } from "n3";

const [shapesFile, dataFile, ...contexts] = process.argv.slice(2);
const localContexts = new Map(contexts.filter((c) => c.includes("=")).map((c) => c.split("=")));
const vocabularies = contexts.filter((c) => !c.includes("="));
const documentLoader = async (url) => {
  const file = localContexts.get(url);
  if (!file) throw new Error(`no local copy of ${url} (the validation runs offline)`);
  return { contextUrl: null, documentUrl: url, document: JSON.parse(fs.readFileSync(file, "utf8")) };
};

const parse = (text, format) => rdf.dataset(new Parser({ format }).parse(text));
const shapes = parse(fs.readFileSync(shapesFile, "utf8"), "text/turtle");
const nquads = await jsonld.toRDF(JSON.parse(fs.readFileSync(dataFile, "utf8")), { format: "application/n-quads", documentLoader, safe: true });
const data = parse(nquads, "application/n-quads");
for (const file of vocabularies) for (const quad of parse(fs.readFileSync(file, "utf8"), "text/turtle")) data.add(quad);
const report = await new SHACLValidator(shapes, { factory: rdf }).validate(data);
console.log(
  JSON.stringify({
    conforms: report.conforms,
    triples: data.size,
    results: report.results.map((r) => ({
      message: r.message.map((m) => m.value),
      path: r.path?.value ?? null,
      focusNode: r.focusNode?.value ?? null,
      shape: r.sourceShape?.value ?? null,
      constraint: r.sourceConstraintComponent?.value ?? null,
    })),
  }),
);
