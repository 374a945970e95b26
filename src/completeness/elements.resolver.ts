import { Field, Int, ObjectType, Query, Resolver } from "type-graphql";
import { ELEMENTS, StandardElement, elementCitation, type ElementInfo } from "./elements";

@ObjectType({ description: "Элемент стандарта из каталога ст. 14 Федерального закона № 210-ФЗ. An element of the catalogue." })
class StandardElementInfo {
  @Field(() => StandardElement, { description: "Код элемента. Code." })
  code: StandardElement;

  @Field(() => Int, { description: "Часть статьи 14 (1 или 2). Part of Art. 14." })
  part: number;

  @Field(() => Int, { description: "Пункт части. Item." })
  item: number;

  @Field({ description: "Наименование элемента. Russian title." })
  titleRu: string;

  @Field({ description: "Английское наименование. English title." })
  titleEn: string;

  @Field({ description: "Раздел содержания StandardContent, в котором хранится элемент. Content section holding it." })
  section: string;

  @Field({ description: "Ссылка на норму закона. Legal citation." })
  legalReference: string;
}

@Resolver()
export class ElementsResolver {
  @Query(() => [StandardElementInfo], { description: "Каталог 23 элементов стандарта. The catalogue of the 23 elements." })
  standardElements(): StandardElementInfo[] {
    return ELEMENTS.map((e: ElementInfo) => ({ ...e, legalReference: elementCitation(e.code) }));
  }
}
