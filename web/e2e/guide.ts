import { expect, type Locator, type Page } from "@playwright/test";
import type { StandardEditor } from "./editor";

/**
 * What the registrar answers to a finding, found by the field its link focuses: the
 * message says what is missing, the field says how to enter it. Specific answers for
 * messages that ask for a choice; otherwise by the kind of field.
 */
const ANSWERS: { message: RegExp; answer: (page: Page, field: Locator) => Promise<void> }[] = [
  { message: /бесплатно/, answer: async (page) => page.getByRole("radiogroup", { name: /Услуга предоставляется бесплатно/ }).getByLabel("Да").check() },
];

async function answerByField(page: Page, target: Locator) {
  const tag = await target.evaluate((el) => el.tagName.toLowerCase());
  if (["input", "textarea", "select"].includes(tag)) return fillInput(page, target);
  const boxes = target.locator(":scope input[type=checkbox]");
  if (tag !== "fieldset" && tag !== "form" && (await boxes.count())) {
    // a closed list of options: the registrar ticks those the service provides (here: all)
    for (const box of await boxes.all()) await box.check();
    return;
  }
  // a list, a group or the whole section: its first empty field, else a new item of the list
  const id = await target.evaluate((root) => {
    const fields = [...root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>("input, textarea, select")].filter(
      (el) => el.id && !el.disabled && !(el as HTMLInputElement).readOnly && (el as HTMLInputElement).type !== "hidden" && (el as HTMLInputElement).type !== "checkbox" && el.offsetParent !== null,
    );
    for (const el of fields) {
      if ((el as HTMLInputElement).type === "radio") {
        const group = el.closest("[role=radiogroup]");
        if (group && !group.querySelector("input:checked")) return el.id;
        continue;
      }
      if (el.value === "") return el.id;
    }
    return null;
  });
  if (id) return fillInput(page, page.locator(`[id="${id}"]`));
  const add = target.locator(":scope > div > div > button, :scope > div > button").filter({ hasText: /^Добавить/ });
  if (await add.count()) return add.first().click();
  throw new Error(`nothing to answer in #${await target.getAttribute("id")}`);
}

async function fillInput(page: Page, input: Locator) {
  const tag = await input.evaluate((el) => el.tagName.toLowerCase());
  const type = (await input.getAttribute("type")) ?? "";
  const id = (await input.getAttribute("id")) ?? "";
  if (tag === "select") {
    const options = await input.locator("option").evaluateAll((os) => (os as HTMLOptionElement[]).map((o) => o.value).filter(Boolean));
    return void (await input.selectOption(options[0]));
  }
  if (type === "radio") return input.check();
  if (type === "checkbox") return input.check();
  if ((await input.getAttribute("aria-haspopup")) === "listbox" || (await input.getAttribute("role")) === "combobox" || (await input.getAttribute("aria-autocomplete"))) {
    // a picker: a legal act (search the API) or an authority
    await input.click();
    if (/actId$/.test(id)) await input.fill("организации предоставления");
    else await input.fill("Пензы");
    const option = page.getByRole("listbox").getByRole("option").first();
    await expect(option).toBeVisible();
    return option.click();
  }
  if ((await input.getAttribute("inputmode")) === "numeric" || (await input.getAttribute("inputmode")) === "decimal") return input.fill("10");
  if (type === "date") return input.fill("2026-01-01");
  const label = (await page.locator(`label[for="${id}"]`).textContent().catch(() => null)) ?? "значение";
  return input.fill(`${label.replace(/\s*\(.*$/, "")}: указано регистратором`);
}

/** Answers the section's required findings one by one, following their links; fails on a finding it cannot clear. */
export async function fillSection(editor: StandardEditor, log: string[]) {
  const page = editor.page;
  const tried = new Map<string, number>();
  let validated: Promise<unknown> = Promise.resolve();
  for (let step = 0; step < 40; step++) {
    await validated;
    const findings = await editor.requiredFindings();
    if (!findings.length) return;
    const next = findings.find((f) => (tried.get(f.message + f.target) ?? 0) < 6);
    if (!next) throw new Error(`findings that answering does not clear:\n${findings.map((f) => `${f.message} → #${f.target}`).join("\n")}`);
    tried.set(next.message + next.target, (tried.get(next.message + next.target) ?? 0) + 1);
    log.push(`${next.message} → #${next.target}`);
    if (process.env.E2E_VERBOSE) console.log(`[guide ${new Date().toISOString().slice(11, 19)}] ${next.message.slice(0, 90)} → #${next.target}`);
    await editor.panel().locator(`a[href="#${next.target}"]`).first().click();
    validated = editor.nextValidation();
    const target = page.locator(`[id="${next.target}"]`);
    const special = ANSWERS.find((a) => a.message.test(next.message));
    if (special) await special.answer(page, target);
    else await answerByField(page, target);
  }
  throw new Error("a section did not become complete in 40 answers");
}
