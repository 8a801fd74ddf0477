// fontkit ships no type declarations; this package only creates fonts and hands them to pdfkit.
declare module 'fontkit' {
  /** A parsed font; pdfkit accepts it wherever it accepts font bytes (it checks for `layout`). */
  export interface Font {
    layout(text: string, features?: unknown): unknown;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
