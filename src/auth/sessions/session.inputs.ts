import { Field, InputType } from "type-graphql";

@InputType({ description: "Вход по логину и паролю. Sign-in with login and password." })
export class SignInInput {
  @Field(() => String, { nullable: true, description: "Логин. Login." })
  login?: string | null;

  @Field(() => String, { nullable: true, description: "Пароль. Password." })
  password?: string | null;
}

@InputType({ description: "Смена собственного пароля. Change of one's own password." })
export class PasswordChangeInput {
  @Field(() => String, { nullable: true, description: "Текущий (или временный) пароль. Current or temporary password." })
  currentPassword?: string | null;

  @Field(() => String, { nullable: true, description: "Новый пароль: не короче 10 символов, не совпадает с логином. New password." })
  newPassword?: string | null;
}
