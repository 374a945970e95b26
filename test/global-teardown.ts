export default async function globalTeardown() {
  await (globalThis as { __PG__?: { stop(): Promise<void> } }).__PG__?.stop();
}
