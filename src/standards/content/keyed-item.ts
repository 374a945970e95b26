import { InputType, ObjectType } from "type-graphql";
import { KeyField } from "../../shared/validation/fields";

/** Base of every list item: a stable key that survives into the next version. */
@ObjectType("KeyedItem", { simpleResolvers: true })
@InputType("KeyedItemInput")
export abstract class KeyedItem {
  @KeyField()
  key?: string | null;
}
