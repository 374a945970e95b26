import { expect, type Locator, type Page } from "@playwright/test";

/**
 * The standard editor in the user's terms. `fillGuided` is the registrar who knows
 * nothing but what the page says: on each section it follows the first open finding of
 * the panel «Требования закона» (the link focuses the field the finding's path names) and
 * answers it, until no finding marked «Обязательно» is left.
 */
export class StandardEditor {
  constructor(readonly page: Page) {}

  panel(): Locator {
    return this.page.getByRole("complementary", { name: "Требования закона" });
  }

  async openTaskList(versionUrl: string) {
    await this.page.goto(versionUrl);
    await expect(this.page.getByRole("heading", { level: 2, name: "Часть 1 статьи 14" })).toBeVisible();
  }

  /** Elements of part 1 whose status is not «Заполнен», as (link name, href). */
  async unfinished(): Promise<{ name: string; href: string }[]> {
    const rows = this.page.locator("section").filter({ has: this.page.getByRole("heading", { name: "Часть 1 статьи 14" }) }).getByRole("row");
    const out: { name: string; href: string }[] = [];
    for (const row of await rows.all()) {
      const link = row.getByRole("link");
      if (!(await link.count())) continue;
      const status = (await row.getByRole("cell").nth(1).textContent()) ?? "";
      if (!status.startsWith("Заполнен")) out.push({ name: (await link.textContent())!, href: (await link.getAttribute("href"))! });
    }
    return out;
  }

  /** Open ERROR findings of the section, as shown in the panel: message and the id of the field it links to. */
  async requiredFindings(): Promise<{ message: string; target: string }[]> {
    return this.panel().evaluate((panel) =>
      [...panel.querySelectorAll("li")]
        .filter((li) => li.textContent?.includes("Обязательно:"))
        .map((li) => {
          const a = li.querySelector("a")!;
          return { message: a.textContent ?? "", target: (a.getAttribute("href") ?? "#").slice(1) };
        }),
    );
  }

  /** The next answer of the live check (standardValidate runs 800 ms after the last change). */
  nextValidation() {
    return this.page
      .waitForResponse((r) => r.url().endsWith("/graphql") && (r.request().postData() ?? "").includes('"operationName":"Validate"'), { timeout: 8000 })
      .then(() => this.page.waitForTimeout(150))
      .catch(() => null);
  }
}
