import { Field, ID, InputType } from "type-graphql";
import { IsOptional, Matches, MaxLength, ValidateNested, ArrayMaxSize } from "class-validator";
import { Role } from "./auth.entities";
import { OptionalText } from "../shared/validation/fields";

@InputType({ description: "Роль пользователя в органе власти. A role in an authority." })
export class RoleAssignmentInput {
  @Field(() => Role, { description: "Роль. Role." })
  role: Role;

  @Field(() => ID, { nullable: true, description: "Орган власти (не нужен для ADMIN). Authority (not for ADMIN)." })
  authorityId?: string | null;

  @Field({ nullable: true, description: "Распространить на подчинённые органы. Include subordinates." })
  includeSubordinates?: boolean;
}

@InputType({ description: "Новый пользователь. A new user." })
export class UserCreateInput {
  @Field(() => String, { description: "Логин: латиница, цифры, . _ - (до 100 символов). Login." })
  @Matches(/^[A-Za-z0-9._-]{1,100}$/, { message: "Логин: от 1 до 100 символов — латиница, цифры, точка, подчёркивание, дефис" })
  login: string;

  @Field(() => String, { description: "Имя (не пустое, до 300 символов). Name." })
  @OptionalText(300)
  name: string;

  @Field(() => [RoleAssignmentInput], { nullable: true, description: "Роли. Roles." })
  @IsOptional()
  @ArrayMaxSize(100, { message: "Не более 100 ролей" })
  @ValidateNested({ each: true })
  roles?: RoleAssignmentInput[] | null;
}

@InputType({ description: "Новый токен доступа. A new API token." })
export class ApiTokenCreateInput {
  @Field(() => ID, { description: "Пользователь. User." })
  userId: string;

  @Field(() => String, { description: "Назначение токена (не пустое, до 200 символов). Name." })
  @MaxLength(200, { message: "Не более 200 символов" })
  name: string;

  @Field(() => Date, {
    nullable: true,
    description: "Срок действия; по умолчанию — через TOKEN_DEFAULT_TTL_DAYS дней (90). Expiry; by default TOKEN_DEFAULT_TTL_DAYS (90) days from now.",
  })
  expiresAt?: Date | null;
}
