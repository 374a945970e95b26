import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Webhooks (issue 15): subscribers, the outbox of deliveries (written in the publishing
 * transaction with the events), the attempts an administrator reads, and the job queue
 * that carries deliveries: pg-boss 10.4.2 (schema version 24; pg-boss 11+ needs Node 22).
 * The app never creates pg-boss's schema (it starts with migrate: false); this migration
 * installs it as the owner, from PgBoss.getConstructionPlans("pgboss") of that version
 * (frozen here, without its own BEGIN/lock/COMMIT: TypeORM runs each migration in a
 * transaction), and creates the queues (their partitions are DDL too).
 * A later pg-boss upgrade is a new migration with PgBoss.getMigrationPlans().
 */
export class Webhooks1796159200000 implements MigrationInterface {
    name = 'Webhooks1796159200000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(PG_BOSS_SCHEMA_24);
        await queryRunner.query(`SELECT pgboss.create_queue('webhook-delivery', '{"policy":"standard"}'::json)`);
        await queryRunner.query(`SELECT pgboss.create_queue('sync-maintenance', '{"policy":"standard"}'::json)`);
        // pg-boss's own queue for schedules (its timekeeper would create it at start, as DDL)
        await queryRunner.query(`SELECT pgboss.create_queue('__pgboss__send-it', '{"policy":"standard"}'::json)`);
        // the app's role works the queues with DML only; it creates and drops nothing there
        // (no CREATE on the schema, no EXECUTE of create_queue/delete_queue)
        await queryRunner.query(`REVOKE ALL ON FUNCTION pgboss.create_queue(text, json), pgboss.delete_queue(text) FROM PUBLIC`);
        await queryRunner.query(`GRANT USAGE ON SCHEMA pgboss TO registry_app`);
        await queryRunner.query(`REVOKE ALL ON ALL TABLES IN SCHEMA pgboss FROM registry_app`);
        await queryRunner.query(`GRANT SELECT ON ALL TABLES IN SCHEMA pgboss TO registry_app`);
        await queryRunner.query(`GRANT INSERT, UPDATE, DELETE ON pgboss.job, pgboss.archive, pgboss.schedule TO registry_app`);
        await queryRunner.query(`GRANT UPDATE ON pgboss.version TO registry_app`);
        await queryRunner.query(`
            CREATE TABLE "webhook_subscription" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "url" text NOT NULL,
                "secret" text NOT NULL,
                "description" text,
                "authority_id" uuid REFERENCES "authority"("id") ON DELETE RESTRICT,
                "include_subordinate" boolean NOT NULL DEFAULT false,
                "territory" varchar(11),
                "active" boolean NOT NULL DEFAULT true,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "created_by" varchar(300),
                CONSTRAINT "pk_webhook_subscription" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`CREATE TYPE "webhook_delivery_status" AS ENUM ('PENDING', 'DELIVERED', 'FAILED')`);
        await queryRunner.query(`
            CREATE TABLE "webhook_delivery" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "subscription_id" uuid NOT NULL REFERENCES "webhook_subscription"("id") ON DELETE CASCADE,
                "event_id" uuid NOT NULL REFERENCES "change_event"("id") ON DELETE RESTRICT,
                "service_id" uuid NOT NULL,
                "status" "webhook_delivery_status" NOT NULL DEFAULT 'PENDING',
                "attempts" int NOT NULL DEFAULT 0,
                "last_attempt_at" TIMESTAMP WITH TIME ZONE,
                "last_status" int,
                "last_error" text,
                "delivered_at" TIMESTAMP WITH TIME ZONE,
                "job_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "pk_webhook_delivery" PRIMARY KEY ("id"),
                CONSTRAINT "uq_webhook_delivery_event" UNIQUE ("subscription_id", "event_id")
            )
        `);
        // the lane of a subscriber and a service: delivered one at a time, in commit order
        await queryRunner.query(`CREATE INDEX "idx_webhook_delivery_pending" ON "webhook_delivery" ("subscription_id", "service_id") WHERE "status" = 'PENDING'`);
        await queryRunner.query(`CREATE INDEX "idx_webhook_delivery_subscription" ON "webhook_delivery" ("subscription_id", "created_at")`);
        await queryRunner.query(`
            CREATE TABLE "webhook_attempt" (
                "id" bigserial NOT NULL,
                "delivery_id" uuid NOT NULL REFERENCES "webhook_delivery"("id") ON DELETE CASCADE,
                "attempted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "http_status" int,
                "error" text,
                "duration_ms" int NOT NULL,
                CONSTRAINT "pk_webhook_attempt" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`CREATE INDEX "idx_webhook_attempt_delivery" ON "webhook_attempt" ("delivery_id", "attempted_at")`);
        // the attempts are a record: appended by the worker, never changed
        await queryRunner.query(`REVOKE UPDATE, DELETE ON "webhook_attempt" FROM registry_app`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE "webhook_attempt"`);
        await queryRunner.query(`DROP TABLE "webhook_delivery"`);
        await queryRunner.query(`DROP TYPE "webhook_delivery_status"`);
        await queryRunner.query(`DROP TABLE "webhook_subscription"`);
        await queryRunner.query(`DROP SCHEMA pgboss CASCADE`);
    }
}

/** PgBoss.getConstructionPlans("pgboss") of pg-boss 10.4.2 (schema 24), without the BEGIN/lock/COMMIT wrapper. */
const PG_BOSS_SCHEMA_24 = `
CREATE SCHEMA IF NOT EXISTS pgboss
  ;

    CREATE TYPE pgboss.job_state AS ENUM (
      'created',
      'retry',
      'active',
      'completed',
      'cancelled',
      'failed'
    )
  ;

    CREATE TABLE pgboss.version (
      version int primary key,
      maintained_on timestamp with time zone,
      cron_on timestamp with time zone,
      monitored_on timestamp with time zone
    )
  ;

    CREATE TABLE pgboss.queue (
      name text,
      policy text,
      retry_limit int,
      retry_delay int,
      retry_backoff bool,
      expire_seconds int,
      retention_minutes int,
      dead_letter text REFERENCES pgboss.queue (name),
      partition_name text,
      created_on timestamp with time zone not null default now(),
      updated_on timestamp with time zone not null default now(),
      PRIMARY KEY (name)
    )
  ;

    CREATE TABLE pgboss.schedule (
      name text REFERENCES pgboss.queue ON DELETE CASCADE,
      cron text not null,
      timezone text,
      data jsonb,
      options jsonb,
      created_on timestamp with time zone not null default now(),
      updated_on timestamp with time zone not null default now(),
      PRIMARY KEY (name)
    )
  ;

    CREATE TABLE pgboss.subscription (
      event text not null,
      name text not null REFERENCES pgboss.queue ON DELETE CASCADE,
      created_on timestamp with time zone not null default now(),
      updated_on timestamp with time zone not null default now(),
      PRIMARY KEY(event, name)
    )
  ;

    CREATE TABLE pgboss.job (
      id uuid not null default gen_random_uuid(),
      name text not null,
      priority integer not null default(0),
      data jsonb,
      state pgboss.job_state not null default('created'),
      retry_limit integer not null default(2),
      retry_count integer not null default(0),
      retry_delay integer not null default(0),
      retry_backoff boolean not null default false,
      start_after timestamp with time zone not null default now(),
      started_on timestamp with time zone,
      singleton_key text,
      singleton_on timestamp without time zone,
      expire_in interval not null default interval '15 minutes',
      created_on timestamp with time zone not null default now(),
      completed_on timestamp with time zone,
      keep_until timestamp with time zone NOT NULL default now() + interval '14 days',
      output jsonb,
      dead_letter text,
      policy text
    ) PARTITION BY LIST (name)
  ;
ALTER TABLE pgboss.job ADD PRIMARY KEY (name, id);
CREATE TABLE pgboss.archive (LIKE pgboss.job);
ALTER TABLE pgboss.archive ADD PRIMARY KEY (name, id);
ALTER TABLE pgboss.archive ADD archived_on timestamptz NOT NULL DEFAULT now();
CREATE INDEX archive_i1 ON pgboss.archive(archived_on);

    CREATE FUNCTION pgboss.create_queue(queue_name text, options json)
    RETURNS VOID AS
    $$
    DECLARE
      table_name varchar := 'j' || encode(sha224(queue_name::bytea), 'hex');
      queue_created_on timestamptz;
    BEGIN

      WITH q as (
      INSERT INTO pgboss.queue (
        name,
        policy,
        retry_limit,
        retry_delay,
        retry_backoff,
        expire_seconds,
        retention_minutes,
        dead_letter,
        partition_name
      )
      VALUES (
        queue_name,
        options->>'policy',
        (options->>'retryLimit')::int,
        (options->>'retryDelay')::int,
        (options->>'retryBackoff')::bool,
        (options->>'expireInSeconds')::int,
        (options->>'retentionMinutes')::int,
        options->>'deadLetter',
        table_name
      )
      ON CONFLICT DO NOTHING
      RETURNING created_on
      )
      SELECT created_on into queue_created_on from q;

      IF queue_created_on IS NULL THEN
        RETURN;
      END IF;

      EXECUTE format('CREATE TABLE pgboss.%I (LIKE pgboss.job INCLUDING DEFAULTS)', table_name);

      EXECUTE format('ALTER TABLE pgboss.%1$I ADD PRIMARY KEY (name, id)', table_name);
      EXECUTE format('ALTER TABLE pgboss.%1$I ADD CONSTRAINT q_fkey FOREIGN KEY (name) REFERENCES pgboss.queue (name) ON DELETE RESTRICT DEFERRABLE INITIALLY DEFERRED', table_name);
      EXECUTE format('ALTER TABLE pgboss.%1$I ADD CONSTRAINT dlq_fkey FOREIGN KEY (dead_letter) REFERENCES pgboss.queue (name) ON DELETE RESTRICT DEFERRABLE INITIALLY DEFERRED', table_name);
      EXECUTE format('CREATE UNIQUE INDEX %1$s_i1 ON pgboss.%1$I (name, COALESCE(singleton_key, '''')) WHERE state = ''created'' AND policy = ''short''', table_name);
      EXECUTE format('CREATE UNIQUE INDEX %1$s_i2 ON pgboss.%1$I (name, COALESCE(singleton_key, '''')) WHERE state = ''active'' AND policy = ''singleton''', table_name);
      EXECUTE format('CREATE UNIQUE INDEX %1$s_i3 ON pgboss.%1$I (name, state, COALESCE(singleton_key, '''')) WHERE state <= ''active'' AND policy = ''stately''', table_name);
      EXECUTE format('CREATE UNIQUE INDEX %1$s_i4 ON pgboss.%1$I (name, singleton_on, COALESCE(singleton_key, '''')) WHERE state <> ''cancelled'' AND singleton_on IS NOT NULL', table_name);
      EXECUTE format('CREATE INDEX %1$s_i5 ON pgboss.%1$I (name, start_after) INCLUDE (priority, created_on, id) WHERE state < ''active''', table_name);

      EXECUTE format('ALTER TABLE pgboss.%I ADD CONSTRAINT cjc CHECK (name=%L)', table_name, queue_name);
      EXECUTE format('ALTER TABLE pgboss.job ATTACH PARTITION pgboss.%I FOR VALUES IN (%L)', table_name, queue_name);
    END;
    $$
    LANGUAGE plpgsql;
  ;

    CREATE FUNCTION pgboss.delete_queue(queue_name text)
    RETURNS VOID AS
    $$
    DECLARE
      table_name varchar;
    BEGIN
      WITH deleted as (
        DELETE FROM pgboss.queue
        WHERE name = queue_name
        RETURNING partition_name
      )
      SELECT partition_name from deleted INTO table_name;

      EXECUTE format('DROP TABLE IF EXISTS pgboss.%I', table_name);
    END;
    $$
    LANGUAGE plpgsql;
  ;
INSERT INTO pgboss.version(version) VALUES ('24');
`;
