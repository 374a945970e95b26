import { Field, ObjectType } from "type-graphql";
import { UserErrorCode } from "./user-error-code";

@ObjectType({ description: "Ошибка, которую пользователь может исправить. An error the user can fix (bad input, stale revision, forbidden transition)." })
export class UserError {
  @Field(() => UserErrorCode, { description: "Стабильный код ошибки. Stable error code." })
  code: UserErrorCode;

  @Field(() => [String], { nullable: true, description: "Путь к полю ввода, например [\"input\", \"term\", \"value\"]. Path to the input field." })
  field: string[] | null;

  @Field({ description: "Сообщение на русском языке. Human-readable message in Russian." })
  message: string;
}
