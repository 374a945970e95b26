import type { AddressInfo } from "node:net";
import type { DataSource } from "typeorm";
import { createApp, type App, type AppOptions } from "../../src/app";

/** The real HTTP server on a random loopback port, for black-box tests (tokens, limits, masking). */
export async function startHttp(ds: DataSource, options: AppOptions = {}): Promise<{ app: App; url: string; post: (body: unknown, token?: string, headers?: Record<string, string>) => Promise<{ status: number; json: any }> }> {
  const app = await createApp(ds, options);
  await new Promise<void>((resolve) => app.http.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(app.http.address() as AddressInfo).port}/graphql`;
  const post = async (body: unknown, token?: string, headers: Record<string, string> = {}) => {
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
    const text = await res.text();
    let json: any;
    try {
      json = JSON.parse(text);
    } catch {
      json = { raw: text };
    }
    return { status: res.status, json };
  };
  return { app, url, post };
}
