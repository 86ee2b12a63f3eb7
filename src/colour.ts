/**
 * CSS colours as `--accent` takes them (`#rgb`, `#rrggbb` or one of CSS's named colours, from color-name's table),
 * turned into the six hex digits PowerPoint files hold. The web deck uses the option as written.
 */
import names from 'color-name'

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i

/** `#1f4e79` → `1F4E79`, `teal` → `008080`; undefined for anything else (so it is also the option's check). */
export function colourHex(value: string): string | undefined {
  const colour = value.trim().toLowerCase()
  if (HEX.test(colour)) {
    const digits = colour.slice(1)
    return (digits.length === 3 ? [...digits].map(d => d + d).join('') : digits).toUpperCase()
  }
  const rgb = Object.hasOwn(names, colour) ? names[colour as keyof typeof names] : undefined
  return rgb?.map(channel => channel.toString(16).padStart(2, '0')).join('').toUpperCase()
}
