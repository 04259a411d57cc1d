// Renderers colour through this interface so that they stay free of chalk and
// of any terminal detection; the CLI decides whether colour is on.
export interface Style {
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
  /** Columns available for tables. */
  width: number;
}

const identity = (text: string): string => text;

export const plainStyle: Style = {
  bold: identity,
  dim: identity,
  red: identity,
  green: identity,
  yellow: identity,
  cyan: identity,
  width: 80,
};
