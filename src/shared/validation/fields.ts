import { Field, ID, Int } from "type-graphql";
import {
  ArrayMaxSize,
  IsNotEmpty,
  IsOptional,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
  ValidateBy,
  type ValidationOptions,
} from "class-validator";
import { MoneyScalar, isMoney } from "../scalars/money";

/**
 * Field decorators for the standard's content: each one declares the GraphQL field
 * (shared by the output type and the input type) together with its class-validator
 * rules and Russian messages. All content fields are nullable: a draft is filled
 * step by step, and the completeness rules, not the input types, say what is missing.
 */
type Decorator = PropertyDecorator;

function compose(...decorators: Decorator[]): Decorator {
  return (target, key) => decorators.forEach((d) => d(target, key));
}

export const LIMITS = {
  name: 1000,
  text: 4000,
  note: 2000,
  short: 200,
  list: 300,
  /** Review remarks (standardDraftReturn). */
  remarks: 10_000,
};

export function TextField(description: string, max = LIMITS.name): Decorator {
  return compose(
    Field(() => String, { nullable: true, description }),
    IsOptional(),
    MaxLength(max, { message: `Длина текста не должна превышать ${max} символов` }),
  );
}

export function BoolField(description: string): Decorator {
  return Field(() => Boolean, { nullable: true, description });
}

export function IntField(description: string, min: number, max: number): Decorator {
  return compose(
    Field(() => Int, { nullable: true, description }),
    IsOptional(),
    Min(min, { message: `Значение должно быть не меньше ${min}` }),
    Max(max, { message: `Значение должно быть не больше ${max}` }),
  );
}

export function EnumField(type: object, description: string): Decorator {
  return Field(() => type, { nullable: true, description });
}

export function EnumListField(type: object, description: string, max = 50): Decorator {
  return compose(
    Field(() => [type], { nullable: true, description }),
    IsOptional(),
    ArrayMaxSize(max, { message: `Список не может содержать более ${max} элементов` }),
    ValidateBy({
      name: "uniqueValues",
      validator: {
        validate: (value: unknown) => !Array.isArray(value) || new Set(value).size === value.length,
        defaultMessage: () => "Значения в списке не должны повторяться",
      },
    }),
  );
}

export function NestedField(type: () => Function, description: string): Decorator {
  return compose(Field(() => type(), { nullable: true, description }), IsOptional(), ValidateNested());
}

export function NestedListField(type: () => Function, description: string, max = LIMITS.list): Decorator {
  return compose(
    Field(() => [type()], { nullable: true, description }),
    IsOptional(),
    ArrayMaxSize(max, { message: `Список не может содержать более ${max} элементов` }),
    ValidateNested({ each: true }),
  );
}

export function StringListField(description: string, maxItems: number, maxLength: number): Decorator {
  return compose(
    Field(() => [String], { nullable: true, description }),
    IsOptional(),
    ArrayMaxSize(maxItems, { message: `Список не может содержать более ${maxItems} элементов` }),
    MaxLength(maxLength, { each: true, message: `Длина каждого значения не должна превышать ${maxLength} символов` }),
  );
}

/** A stable key of a list item: kept across versions so that diffs match items by key. */
export function KeyField(): Decorator {
  return compose(
    Field(() => ID, {
      nullable: true,
      description: "Стабильный ключ элемента списка (UUID; назначается сервером, если не задан; сохраняется в новых версиях). Stable item key.",
    }),
    IsOptional(),
    Matches(/^[A-Za-z0-9_.:-]{1,64}$/, { message: "Ключ элемента: от 1 до 64 символов (латиница, цифры, _ . : -)" }),
  );
}

/** A reference to another node by its global id (existence is checked by the service). */
export function RefField(description: string): Decorator {
  return compose(
    Field(() => ID, { nullable: true, description }),
    IsOptional(),
    MaxLength(200, { message: "Некорректный идентификатор" }),
  );
}

export function MoneyField(description: string): Decorator {
  return compose(
    Field(() => MoneyScalar, { nullable: true, description }),
    IsOptional(),
    ValidateBy({
      name: "isMoney",
      validator: {
        validate: (value: unknown) => isMoney(value),
        defaultMessage: () => "Сумма в рублях: неотрицательное число, не более 2 знаков после запятой и не более 1 000 000 000 000",
      },
    }),
  );
}

/** Inputs of entities (not content): a required, non-blank string. */
export function RequiredText(max: number, options?: ValidationOptions): Decorator {
  return compose(
    IsNotEmpty({ message: "Поле обязательно для заполнения", ...options }),
    Matches(/\S/, { message: "Поле не может состоять из пробелов", context: { code: "REQUIRED" } }),
    MaxLength(max, { message: `Длина текста не должна превышать ${max} символов` }),
  );
}

export function OptionalText(max: number): Decorator {
  return compose(IsOptional(), MaxLength(max, { message: `Длина текста не должна превышать ${max} символов` }));
}

const KEY_PATTERN = /^[A-Za-z0-9_.:-]{1,64}$/;
const KEY_MESSAGE = "Ключ элемента: от 1 до 64 символов (латиница, цифры, _ . : -)";

/** A reference to a list item of the same content by its stable key (e.g. a variant's result). */
export function KeyRefField(description: string): Decorator {
  return compose(Field(() => ID, { nullable: true, description }), IsOptional(), Matches(KEY_PATTERN, { message: KEY_MESSAGE }));
}

/** A selection of list items of the same content by their keys: no repeats. */
export function KeyRefListField(description: string, max = 100): Decorator {
  return compose(
    Field(() => [ID], { nullable: true, description }),
    IsOptional(),
    ArrayMaxSize(max, { message: `Список не может содержать более ${max} элементов` }),
    Matches(KEY_PATTERN, { each: true, message: KEY_MESSAGE }),
    ValidateBy({
      name: "uniqueValues",
      validator: {
        validate: (value: unknown) => !Array.isArray(value) || new Set(value).size === value.length,
        defaultMessage: () => "Значения в списке не должны повторяться",
      },
    }),
  );
}
