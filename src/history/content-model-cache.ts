import { getSchema } from "../schema";
import { buildContentModel, type ContentModel } from "./content-model";

let cached: Promise<ContentModel> | undefined;

/** The content model of the running schema (built once). */
export function getContentModel(): Promise<ContentModel> {
  cached ??= getSchema().then(buildContentModel);
  return cached;
}
