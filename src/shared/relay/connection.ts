import { ArgsType, Field, Int, ObjectType, type ClassType } from "type-graphql";
import { IsOptional, Max, Min } from "class-validator";
import { describeEnum } from "../enum";

@ObjectType({ description: "Сведения о странице (Relay). Page information (Relay)." })
export class PageInfo {
  @Field({ description: "Есть следующая страница. There is a next page." })
  hasNextPage: boolean;

  @Field({ description: "Есть предыдущая страница. There is a previous page." })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: "Курсор первого элемента. Cursor of the first edge." })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: "Курсор последнего элемента. Cursor of the last edge." })
  endCursor: string | null;
}

export const MAX_PAGE_SIZE = 100;

export enum OrderDirection {
  ASC = "ASC",
  DESC = "DESC",
}
describeEnum(OrderDirection, "OrderDirection", "Направление сортировки. Sort direction.", {
  ASC: "По возрастанию. Ascending.",
  DESC: "По убыванию. Descending.",
});

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: `Сколько элементов после курсора after (1..${MAX_PAGE_SIZE}, по умолчанию 20). Page size forward.` })
  @IsOptional()
  @Min(0, { message: "first не может быть отрицательным" })
  @Max(MAX_PAGE_SIZE, { message: `first не может превышать ${MAX_PAGE_SIZE}` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: "Курсор, после которого начинать. Cursor to start after." })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: `Сколько элементов перед курсором before (1..${MAX_PAGE_SIZE}). Page size backward.` })
  @IsOptional()
  @Min(0, { message: "last не может быть отрицательным" })
  @Max(MAX_PAGE_SIZE, { message: `last не может превышать ${MAX_PAGE_SIZE}` })
  last?: number | null;

  @Field(() => String, { nullable: true, description: "Курсор, перед которым заканчивать. Cursor to end before." })
  before?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

/** What a service returns for a page; the connection type adds a lazy totalCount. */
export interface Page<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  count: () => Promise<number>;
}

/** Generic Relay connection type: `<Name>Connection { edges { cursor node } pageInfo totalCount }`. */
export function Connection<T extends object>(NodeClass: ClassType<T>, name: string, description: string) {
  @ObjectType(`${name}Edge`, { description: `Элемент страницы: ${description}. An edge.` })
  class EdgeType {
    @Field({ description: "Курсор элемента. Cursor." })
    cursor: string;

    @Field(() => NodeClass, { description: "Элемент. The node." })
    node: T;
  }

  @ObjectType(`${name}Connection`, { description: `Страница (Relay connection): ${description}. A Relay connection.` })
  class ConnectionType {
    @Field(() => [EdgeType], { description: "Элементы страницы. Edges." })
    edges: EdgeType[];

    @Field(() => PageInfo, { description: "Сведения о странице. Page info." })
    pageInfo: PageInfo;

    count: () => Promise<number>;

    @Field(() => Int, { description: "Общее число элементов (вычисляется только по запросу). Total count, computed on request." })
    totalCount(): Promise<number> {
      return this.count();
    }

    static from(page: Page<T>): ConnectionType {
      return Object.assign(new ConnectionType(), page);
    }
  }
  return ConnectionType;
}
