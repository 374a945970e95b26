import { Field, ObjectType, type ClassType } from "type-graphql";
import { UserError } from "./user-error";

/**
 * Mutation payload `<Name>Payload { <field>: <Type> (null on error), userErrors: [UserError!]! }`.
 * Resolvers return `ok(field, value)`; the userErrors middleware fills the failure case.
 */
export function Payload(name: string, field: string, type: ClassType, description: string): ClassType {
  @ObjectType(`${name}Payload`, { description: `Результат ${name}. Result of ${name}.` })
  class PayloadType {
    @Field(() => [UserError], { description: "Ошибки ввода (пусто при успехе). User errors; empty on success." })
    userErrors: UserError[];
  }
  Field(() => type, { nullable: true, description })(PayloadType.prototype, field);
  return PayloadType;
}

export function ok<T>(field: string, value: T): Record<string, unknown> {
  return { [field]: value, userErrors: [] };
}
