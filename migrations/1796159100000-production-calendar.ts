import fs from "node:fs";
import path from "node:path";
import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The production calendar (issue 15): the years shipped in data/production-calendar/ru
 * (2013–2026, xmlcalendar format). Later years are loaded by an administrator
 * (productionCalendarLoad, npm run calendar:load) without a release.
 */
export class ProductionCalendar1796159100000 implements MigrationInterface {
    name = 'ProductionCalendar1796159100000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TYPE "calendar_day_kind" AS ENUM ('DAY_OFF', 'SHORT', 'WORKING')`);
        await queryRunner.query(`
            CREATE TABLE "production_calendar_year" (
                "year" int NOT NULL,
                "source" text NOT NULL,
                "loaded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "loaded_by" varchar(300),
                CONSTRAINT "pk_production_calendar_year" PRIMARY KEY ("year")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "production_calendar_day" (
                "day" date NOT NULL,
                "kind" "calendar_day_kind" NOT NULL,
                "note" text,
                CONSTRAINT "pk_production_calendar_day" PRIMARY KEY ("day")
            )
        `);
        const dir = path.join(projectRoot(__dirname), "data", "production-calendar", "ru");
        for (const file of fs.readdirSync(dir).filter((f) => /^\d{4}\.xml$/.test(f)).sort()) {
            const xml = fs.readFileSync(path.join(dir, file), "utf8");
            const year = Number(/<calendar\b[^>]*\byear="(\d{4})"/.exec(xml)![1]);
            const titles = new Map([...xml.matchAll(/<holiday\b[^>]*\bid="(\d+)"[^>]*\btitle="([^"]*)"/g)].map((m) => [m[1], m[2].trim()]));
            const kinds: Record<string, string> = { "1": "DAY_OFF", "2": "SHORT", "3": "WORKING" };
            for (const m of xml.matchAll(/<day\b([^>]*?)\/?>/g)) {
                const a = Object.fromEntries([...m[1].matchAll(/(\w+)="([^"]*)"/g)].map((x) => [x[1], x[2]]));
                const [month, day] = a.d.split(".");
                const note = a.h ? (titles.get(a.h) ?? "праздник") : a.f ? `перенос выходного дня с ${a.f}` : null;
                await queryRunner.query(`INSERT INTO "production_calendar_day" (day, kind, note) VALUES ($1, $2, $3)`, [`${year}-${month}-${day}`, kinds[a.t], note]);
            }
            await queryRunner.query(`INSERT INTO "production_calendar_year" (year, source) VALUES ($1, $2)`, [year, `data/production-calendar/ru/${file}`]);
        }
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE "production_calendar_day"`);
        await queryRunner.query(`DROP TABLE "production_calendar_year"`);
        await queryRunner.query(`DROP TYPE "calendar_day_kind"`);
    }
}

/** The folder with package.json above this file (migrations run from migrations/ or dist/migrations/). */
function projectRoot(from: string): string {
    let dir = from;
    while (!fs.existsSync(path.join(dir, "package.json"))) {
        const parent = path.dirname(dir);
        if (parent === dir) throw new Error("project root (package.json) not found");
        dir = parent;
    }
    return dir;
}
