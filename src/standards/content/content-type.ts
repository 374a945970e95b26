import { InputType, ObjectType } from "type-graphql";

/**
 * One class serves as the output type `<Name>` and the input type `<Name>Input`:
 * what a client writes is exactly what it reads back. Output fields are plain
 * properties of the stored JSON (simpleResolvers: no per-field middleware).
 */
export function ContentType(name: string, description: string): ClassDecorator {
  return (target) => {
    ObjectType(name, { description, simpleResolvers: true })(target);
    InputType(`${name}Input`, { description })(target);
  };
}
