import type { DataSource } from "typeorm";
import type { AuthorityService } from "../../authorities/authority.service";
import { decodeFeedCursor, encodeFeedCursor, readChanges, type FeedFilter } from "./change-feed";
import { toChangeEvent, type ChangeFeedPage, type ChangesArgs } from "./feed.types";

export const DEFAULT_FEED_PAGE = 100;

/** Reading the feed: one use case for GraphQL and the NDJSON endpoint. */
export class FeedService {
  get dataSource(): DataSource {
    return this.ds;
  }

  constructor(
    private readonly ds: DataSource,
    private readonly authorities: AuthorityService,
  ) {}

  async filter(filter: ChangesArgs["filter"]): Promise<FeedFilter> {
    return {
      authorityIds: filter?.authorityId ? await this.authorities.scopeIds(filter.authorityId, filter.includeSubordinate, ["filter", "authorityId"]) : null,
      territory: filter?.territory ?? null,
    };
  }

  async page(args: ChangesArgs): Promise<ChangeFeedPage> {
    const after = decodeFeedCursor(args.after);
    const page = await readChanges(this.ds, after, args.first ?? DEFAULT_FEED_PAGE, await this.filter(args.filter));
    return { events: page.events.map(toChangeEvent), endCursor: encodeFeedCursor(page.endSeq), hasMore: page.hasMore };
  }
}
