import { createTheme, type CSSVariablesResolver } from "@mantine/core";

/**
 * Contrast (WCAG 1.4.3 / 1.4.11): the primary colour at shade 8 (white text 4.9:1), dimmed
 * text at gray 7, errors at red 9; the error comes after the hint and before the input
 * (GOV.UK's order). No web fonts: the system's own, nothing to download.
 */
export const theme = createTheme({
  primaryColor: "blue",
  primaryShade: { light: 8, dark: 8 },
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, 'PT Sans', Arial, sans-serif",
  defaultRadius: "sm",
  focusRing: "always",
  components: {
    InputWrapper: { defaultProps: { inputWrapperOrder: ["label", "description", "error", "input"] } },
    Input: { defaultProps: { inputWrapperOrder: ["label", "description", "error", "input"] } },
    Modal: { defaultProps: { closeButtonProps: { "aria-label": "Закрыть" } } },
  },
});

// text of light variants (alerts, badges) in black: at least 4.5:1 on their tinted background
const lightText = Object.fromEntries(["blue", "green", "red", "gray", "yellow", "orange"].map((c) => [`--mantine-color-${c}-light-color`, "var(--mantine-color-black)"]));

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    ...lightText,
    "--mantine-color-dimmed": "var(--mantine-color-gray-7)",
    "--mantine-color-error": "var(--mantine-color-red-9)",
    "--mantine-color-placeholder": "var(--mantine-color-gray-7)",
  },
  dark: {},
});
