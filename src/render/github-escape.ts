// GitHub Actions workflow commands (`::warning file=…,line=…::message`), one
// escaping for every renderer that writes them. The runner's rules: in the
// message `%`, CR and LF; in property values (file, title) also `:` and `,`,
// which would otherwise end the value or start the message.

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
