// QR codes as SVG, made at build time by the `qrcode` package. Medium error
// correction survives a smudged printout; the quiet zone is kept for scanners.
import QRCode from 'qrcode';

// The same code appears on a guide's printout, on the clinics page in every
// language and as a file: make each one once per build.
const made = new Map<string, Promise<string>>();

export function qrSvg(url: string, title: string): Promise<string> {
  const key = `${url}\n${title}`;
  let svg = made.get(key);
  if (!svg) {
    svg = makeQrSvg(url, title);
    made.set(key, svg);
  }
  return svg;
}

async function makeQrSvg(url: string, title: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 4, color: { dark: '#000000', light: '#ffffff' } });
  // Give the file itself a title, for people who open the downloaded SVG.
  return svg.replace(/<svg([^>]*)>/, (_, attrs: string) => `<svg${attrs} role="img"><title>${escapeXml(title)}</title>`);
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
