import { Field, ID, InterfaceType } from "type-graphql";

@InterfaceType({ description: "Объект с глобальным идентификатором (Relay). An object with a global id (Relay Node)." })
export abstract class Node {
  @Field(() => ID, { name: "id", description: "Глобальный непрозрачный идентификатор. Global opaque id." })
  globalId: string;
}
