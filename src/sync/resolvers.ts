import { ChangeFeedResolver } from "./feed/feed.resolver";
import { ServiceMoveResolver } from "./feed/service-move.resolver";
import { WebhookResolver } from "./webhooks/webhook.resolver";
import { ExpectedDateResolver, ProductionCalendarResolver, RequirementsExpectedDateResolver } from "./calendar/calendar.resolver";

/** The resolvers of issue 15 (feed, webhooks, exports, expected result date). */
export const syncResolvers = [ChangeFeedResolver, ServiceMoveResolver, ExpectedDateResolver, RequirementsExpectedDateResolver, ProductionCalendarResolver, WebhookResolver] as const;
