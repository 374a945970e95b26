import type { SeedAuthority } from "./types";

export const authorities: SeedAuthority[] = [];
