import { ArgsType, Field, ID, InputType } from "type-graphql";
import { IsOptional, MaxLength, ValidateNested } from "class-validator";
import { ConnectionArgs } from "../shared/relay/connection";

@InputType({ description: "Фильтр журнала аудита. Audit log filter." })
export class AuditLogFilter {
  @Field(() => ID, { nullable: true, description: "Услуга. Service." })
  serviceId?: string | null;

  @Field(() => ID, { nullable: true, description: "Орган власти (владелец услуги). Authority owning the service." })
  authorityId?: string | null;

  @Field({ nullable: true, description: "Включая подчинённые органы. Include subordinate authorities." })
  includeSubordinate?: boolean;

  @Field(() => String, { nullable: true, description: "Кто выполнил действие. Actor." })
  @IsOptional()
  @MaxLength(300, { message: "Не более 300 символов" })
  actor?: string | null;

  @Field(() => String, { nullable: true, description: "Действие (имя операции), например standardVersionPublish. Action (operation name)." })
  @IsOptional()
  @MaxLength(100, { message: "Не более 100 символов" })
  action?: string | null;

  @Field(() => Date, { nullable: true, description: "С момента (включительно). From (inclusive)." })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: "До момента (не включая). To (exclusive)." })
  to?: Date | null;
}

@ArgsType()
export class AuditLogArgs extends ConnectionArgs {
  @Field(() => AuditLogFilter, { nullable: true, description: "Фильтр. Filter." })
  @IsOptional()
  @ValidateNested()
  filter?: AuditLogFilter | null;
}
