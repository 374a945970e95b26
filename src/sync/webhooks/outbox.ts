import { createHmac } from "node:crypto";
import { Agent, fetch } from "undici";
import type { DataSource, EntityManager } from "typeorm";
import type PgBoss from "pg-boss";
import type { ChangeEventRow } from "../feed/events";
import { toChangeEvent } from "../feed/feed.types";
import { DELIVERY_QUEUE, sendInTransaction } from "../jobs/job-queue";
import { syncConfig } from "../../config";
import { servesTerritory } from "../territory";
import { ForbiddenAddressError, guardedLookup, literalProblem } from "./address-guard";

/** Deliveries connect only to addresses the guard allowed (the name is resolved and checked by the socket's lookup). */
const dispatcher = new Agent({ connect: { lookup: guardedLookup } });

/**
 * Webhook deliveries. The outbox is the table webhook_delivery: one row per event and
 * matching subscriber, written in the transaction that writes the event. Each lane (a
 * subscriber and a service) is delivered one event at a time in commit order: only the
 * oldest pending delivery of a lane has a job; when it is delivered or given up, the
 * job that handled it arms the next one. A transaction-level advisory lock on the lane
 * makes "is there an earlier pending delivery?" (the writer) and "which is next?" (the
 * worker) exclusive, so every delivery gets exactly one job. Retries and exponential
 * backoff are pg-boss's (retryLimit, retryDelay, retryBackoff); a job whose worker died
 * expires and is retried, and a lane whose job was lost is re-armed by the maintenance job.
 */
export async function enqueueDeliveries(em: EntityManager, events: ChangeEventRow[]): Promise<void> {
  for (const event of events) {
    const authorities = [event.authorityId, event.previousAuthorityId].filter((a): a is string => !!a);
    const candidates: { id: string; territory: string | null }[] = await em.query(
      `WITH RECURSIVE up AS (
         SELECT id, parent_id FROM authority WHERE id = ANY($1::uuid[])
         UNION SELECT a.id, a.parent_id FROM authority a JOIN up ON a.id = up.parent_id)
       SELECT s.id, s.territory FROM webhook_subscription s
        WHERE s.active
          AND (s.authority_id IS NULL OR s.authority_id = ANY($1::uuid[]) OR (s.include_subordinate AND s.authority_id IN (SELECT id FROM up)))
        ORDER BY s.id`,
      [authorities],
    );
    // the territory as the catalogue and the feed read it; the body (or, for a move, either body) of the event
    const levels = new Map<string, string>();
    if (candidates.some((c) => c.territory)) {
      for (const a of await em.query(`SELECT id, level FROM authority WHERE id = ANY($1::uuid[])`, [authorities])) levels.set(a.id, a.level);
    }
    const bodies = [
      { oktmo: event.oktmo, authorityId: event.authorityId },
      ...(event.previousAuthorityId ? [{ oktmo: event.previousOktmo, authorityId: event.previousAuthorityId }] : []),
    ];
    const matching = candidates.filter((c) => !c.territory || bodies.some((b) => servesTerritory(b.oktmo, levels.get(b.authorityId) ?? null, c.territory!)));
    for (const { id: subscriptionId } of matching) {
      await lockLane(em, subscriptionId, event.serviceId);
      const [delivery] = await em.query(`INSERT INTO webhook_delivery (subscription_id, event_id, service_id) VALUES ($1, $2, $3) RETURNING id`, [
        subscriptionId,
        event.id,
        event.serviceId,
      ]);
      const [earlier] = await em.query(
        `SELECT 1 FROM webhook_delivery WHERE subscription_id = $1 AND service_id = $2 AND status = 'PENDING' AND id <> $3 LIMIT 1`,
        [subscriptionId, event.serviceId, delivery.id],
      );
      if (!earlier) await arm(em, delivery.id);
    }
  }
}

function lockLane(em: EntityManager, subscriptionId: string, serviceId: string): Promise<unknown> {
  return em.query(`SELECT pg_advisory_xact_lock(hashtextextended('webhook-lane:' || $1 || ':' || $2, 0))`, [subscriptionId, serviceId]);
}

/** Gives a delivery its job (in the caller's transaction). */
async function arm(em: EntityManager, deliveryId: string): Promise<void> {
  const jobId = await sendInTransaction(
    em,
    DELIVERY_QUEUE,
    { deliveryId },
    {
      retryLimit: syncConfig.webhookMaxAttempts,
      retryDelay: syncConfig.webhookRetryDelaySeconds,
      retryBackoff: true,
      expireInSeconds: Math.ceil(syncConfig.webhookTimeoutMs / 1000) + 30,
    },
  );
  await em.query(`UPDATE webhook_delivery SET job_id = $2 WHERE id = $1`, [deliveryId, jobId]);
}

/** The oldest pending delivery of a lane, in commit order of its events. */
async function armNext(em: EntityManager, subscriptionId: string, serviceId: string): Promise<void> {
  const [next] = await em.query(
    `SELECT d.id FROM webhook_delivery d JOIN change_event e ON e.id = d.event_id
      WHERE d.subscription_id = $1 AND d.service_id = $2 AND d.status = 'PENDING' ORDER BY e.seq LIMIT 1`,
    [subscriptionId, serviceId],
  );
  if (next) await arm(em, next.id);
}

/** Standard Webhooks signature: base64 HMAC-SHA256 of "<id>.<timestamp>.<body>" with the secret's key bytes. */
export function sign(secret: string, id: string, timestamp: number, body: string): string {
  const key = Buffer.from(secret.replace(/^whsec_/, ""), "base64");
  return `v1,${createHmac("sha256", key).update(`${id}.${timestamp}.${body}`).digest("base64")}`;
}

export class DeliveryFailed extends Error {}

/**
 * Handles one delivery job: POSTs the event, records the attempt, and on success or on
 * the last attempt arms the next delivery of the lane. Throws after recording a failed
 * attempt that may be retried, so that pg-boss schedules the retry with backoff.
 */
export async function deliver(ds: DataSource, deliveryId: string): Promise<void> {
  const [row] = await ds.query(
    `SELECT d.status, d.subscription_id, d.service_id, s.url, s.secret, s.active, ${eventColumns}
       FROM webhook_delivery d JOIN webhook_subscription s ON s.id = d.subscription_id JOIN change_event e ON e.id = d.event_id
      WHERE d.id = $1`,
    [deliveryId],
  );
  if (!row || row.status !== "PENDING") return;
  let outcome: { status: number | null; error: string | null; ms: number };
  const refused = row.active ? literalProblem(new URL(row.url)) : null;
  if (!row.active) {
    outcome = { status: null, error: "Подписка отключена администратором", ms: 0 };
  } else if (refused) {
    outcome = { status: null, error: refused, ms: 0 };
  } else {
    const event = toChangeEvent(row as ChangeEventRow);
    const body = JSON.stringify(event);
    const timestamp = Math.floor(Date.now() / 1000);
    const started = performance.now();
    const signal = AbortSignal.timeout(syncConfig.webhookTimeoutMs);
    try {
      const response = await fetch(row.url, {
        method: "POST",
        redirect: "manual",
        signal,
        dispatcher,
        headers: {
          "content-type": "application/json",
          "user-agent": "service-standard-registry-webhooks/1",
          "webhook-id": event.id,
          "webhook-timestamp": String(timestamp),
          "webhook-signature": sign(row.secret, event.id, timestamp, body),
        },
        body,
      });
      await response.arrayBuffer().catch(() => undefined);
      const ok = response.status >= 200 && response.status < 300;
      outcome = { status: response.status, error: ok ? null : `Получатель ответил ${response.status}`, ms: Math.round(performance.now() - started) };
    } catch (error) {
      const cause = (error as Error).cause as { code?: string; message?: string } | undefined;
      outcome = {
        status: null,
        error: signal.aborted
          ? `Нет ответа за ${syncConfig.webhookTimeoutMs} мс`
          : cause instanceof ForbiddenAddressError
            ? cause.message
            : `Ошибка соединения: ${cause?.code ?? cause?.message ?? (error as Error).message}`,
        ms: Math.round(performance.now() - started),
      };
    }
  }
  const delivered = outcome.status !== null && outcome.status >= 200 && outcome.status < 300;
  const retry = await ds.transaction(async (em) => {
    await lockLane(em, row.subscription_id, row.service_id);
    const [current] = await em.query(`SELECT status, attempts FROM webhook_delivery WHERE id = $1 FOR UPDATE`, [deliveryId]);
    if (current.status !== "PENDING") return false; // another job finished it meanwhile
    const attempts = current.attempts + 1;
    const final = delivered || !row.active || attempts >= syncConfig.webhookMaxAttempts;
    await em.query(`INSERT INTO webhook_attempt (delivery_id, http_status, error, duration_ms) VALUES ($1, $2, $3, $4)`, [
      deliveryId,
      outcome.status,
      outcome.error,
      outcome.ms,
    ]);
    await em.query(
      `UPDATE webhook_delivery SET attempts = $2, last_attempt_at = now(), last_status = $3, last_error = $4,
              status = $5::webhook_delivery_status, delivered_at = CASE WHEN $5::text = 'DELIVERED' THEN now() END
        WHERE id = $1`,
      [deliveryId, attempts, outcome.status, outcome.error, delivered ? "DELIVERED" : final ? "FAILED" : "PENDING"],
    );
    if (final) await armNext(em, row.subscription_id, row.service_id);
    return !final;
  });
  if (retry) throw new DeliveryFailed(outcome.error ?? "delivery failed");
}

const eventColumns = `e.seq::text AS seq, e.id, e.kind, e.occurred_at AS "occurredAt", e.service_id AS "serviceId", e.version_id AS "versionId",
  e.authority_id AS "authorityId", e.oktmo, e.previous_authority_id AS "previousAuthorityId", e.previous_oktmo AS "previousOktmo", e.data`;

/**
 * Re-arms lanes whose oldest pending delivery has no live job (its job was lost, e.g.
 * its retries ran out while the worker kept crashing). Run by the maintenance job.
 */
export async function rearmStrandedLanes(ds: DataSource, boss: PgBoss): Promise<number> {
  const heads: { id: string; job_id: string | null; subscription_id: string; service_id: string }[] = await ds.query(
    `SELECT DISTINCT ON (d.subscription_id, d.service_id) d.id, d.job_id, d.subscription_id, d.service_id
       FROM webhook_delivery d JOIN change_event e ON e.id = d.event_id
      WHERE d.status = 'PENDING' ORDER BY d.subscription_id, d.service_id, e.seq`,
  );
  let rearmed = 0;
  for (const head of heads) {
    const job = head.job_id ? await boss.getJobById(DELIVERY_QUEUE, head.job_id) : null;
    if (job && ["created", "retry", "active"].includes(job.state)) continue;
    await ds.transaction(async (em) => {
      await lockLane(em, head.subscription_id, head.service_id);
      const [still] = await em.query(`SELECT job_id FROM webhook_delivery WHERE id = $1 AND status = 'PENDING'`, [head.id]);
      if (still && still.job_id === head.job_id) {
        await arm(em, head.id);
        rearmed += 1;
      }
    });
  }
  return rearmed;
}
