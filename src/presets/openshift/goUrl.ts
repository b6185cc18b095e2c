/**
 * Go's net/url.Parse (src/net/url/url.go, unchanged from go1.17 to go1.22 in what follows), as
 * far as OpenShift's metadata-lint depends on it: whether a tracking-link parses, and its scheme
 * (tools/enhancements/metadata.go rejects an error and an empty scheme). Each step names the Go
 * function it follows; values are compared byte by byte there and character by character here,
 * which agrees because every byte Go tests is ASCII.
 */
export type GoUrl = { scheme: string } | { error: string }

const isAlpha = (c: string): boolean => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
const isDigit = (c: string): boolean => c >= '0' && c <= '9'
const isHex = (c: string | undefined): boolean => c !== undefined && /^[0-9A-Fa-f]$/.test(c)

/** getScheme: the scheme is letters, then letters, digits, + - . up to a colon; anything else first means none. */
function getScheme(raw: string): { scheme: string; rest: string } | { error: string } {
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]
    if (isAlpha(c)) continue
    if (isDigit(c) || c === '+' || c === '-' || c === '.') {
      if (i === 0) return { scheme: '', rest: raw }
      continue
    }
    if (c === ':') return i === 0 ? { error: 'missing protocol scheme' } : { scheme: raw.slice(0, i), rest: raw.slice(i + 1) }
    return { scheme: '', rest: raw }
  }
  return { scheme: '', rest: raw }
}

type Mode = 'host' | 'zone' | 'path' | 'user' | 'fragment'

/** shouldEscape, for the host modes: what a host may hold unescaped. */
function hostMayHold(c: string): boolean {
  return isAlpha(c) || isDigit(c) || `!$&'()*+,;=:[]<>"-_.~`.includes(c)
}

/** unescape: a % must start two hex digits; in a host only non-ASCII bytes (and %25) may be escaped, and nothing else invalid may appear. */
function unescape(s: string, mode: Mode): string | undefined {
  for (let i = 0; i < s.length;) {
    const c = s[i]
    if (c === '%') {
      if (i + 2 >= s.length || !isHex(s[i + 1]) || !isHex(s[i + 2])) return `invalid URL escape ${JSON.stringify(s.slice(i, i + 3))}`
      const code = parseInt(s.slice(i + 1, i + 3), 16)
      if (mode === 'host' && code >> 4 < 8 && s.slice(i, i + 3) !== '%25') return `invalid URL escape ${JSON.stringify(s.slice(i, i + 3))}`
      if (mode === 'zone' && s.slice(i, i + 3) !== '%25' && code !== 0x20 && !(code < 0x80 && hostMayHold(String.fromCharCode(code)))) return `invalid URL escape ${JSON.stringify(s.slice(i, i + 3))}`
      i += 3
      continue
    }
    if ((mode === 'host' || mode === 'zone') && c.charCodeAt(0) < 0x80 && !hostMayHold(c)) return `invalid character ${JSON.stringify(c)} in host name`
    i++
  }
  return undefined
}

/** validOptionalPort: empty, or a colon and digits. */
function validOptionalPort(port: string): boolean {
  return port === '' || /^:[0-9]*$/.test(port)
}

/** parseHost: an IPv6 literal in brackets (with a zone), or a name or address with an optional port. */
function parseHost(host: string): string | undefined {
  if (host.startsWith('[')) {
    const i = host.lastIndexOf(']')
    if (i < 0) return "missing ']' in host"
    const colonPort = host.slice(i + 1)
    if (!validOptionalPort(colonPort)) return `invalid port ${JSON.stringify(colonPort)} after host`
    const zone = host.slice(0, i).indexOf('%25')
    if (zone >= 0) return unescape(host.slice(0, zone), 'host') ?? unescape(host.slice(zone, i), 'zone') ?? unescape(host.slice(i), 'host')
  } else {
    const i = host.lastIndexOf(':')
    if (i !== -1 && !validOptionalPort(host.slice(i))) return `invalid port ${JSON.stringify(host.slice(i))} after host`
  }
  return unescape(host, 'host')
}

/** validUserinfo: letters, digits and -._:~!$&'()*+,;=%@ only. */
function validUserinfo(userinfo: string): boolean {
  return /^[A-Za-z0-9\-._:~!$&'()*+,;=%@]*$/.test(userinfo)
}

/** parseAuthority: user information before the last @, then the host. */
function parseAuthority(authority: string): string | undefined {
  const at = authority.lastIndexOf('@')
  const hostError = parseHost(authority.slice(at + 1))
  if (hostError !== undefined || at < 0) return hostError
  const userinfo = authority.slice(0, at)
  if (!validUserinfo(userinfo)) return 'net/url: invalid userinfo'
  // The user name before the first colon, the password after it.
  const colon = userinfo.indexOf(':')
  return colon < 0 ? unescape(userinfo, 'user') : (unescape(userinfo.slice(0, colon), 'user') ?? unescape(userinfo.slice(colon + 1), 'user'))
}

/** url.Parse: the fragment cut off, the rest parsed (parse), then the fragment unescaped (setFragment). */
export function parseGoUrl(raw: string): GoUrl {
  const hash = raw.indexOf('#')
  const beforeFragment = hash < 0 ? raw : raw.slice(0, hash)
  const fragment = hash < 0 ? '' : raw.slice(hash + 1)
  const parsed = parse(beforeFragment)
  if ('error' in parsed || fragment === '') return parsed
  const error = unescape(fragment, 'fragment')
  return error === undefined ? parsed : { error }
}

/** parse (viaRequest false). */
function parse(raw: string): GoUrl {
  if ([...raw].some(c => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) return { error: 'net/url: invalid control character in URL' }
  if (raw === '*') return { scheme: '' }
  const schemed = getScheme(raw)
  if ('error' in schemed) return schemed
  const scheme = schemed.scheme.toLowerCase()
  let rest = schemed.rest
  if (rest.endsWith('?') && rest.split('?').length === 2) rest = rest.slice(0, -1)
  else if (rest.includes('?')) rest = rest.slice(0, rest.indexOf('?'))
  if (!rest.startsWith('/')) {
    // A rootless path after a scheme is opaque: nothing more is parsed.
    if (scheme !== '') return { scheme }
    if (rest.split('/')[0].includes(':')) return { error: 'first path segment in URL cannot contain colon' }
  }
  if ((scheme !== '' || !rest.startsWith('///')) && rest.startsWith('//')) {
    let authority = rest.slice(2)
    rest = ''
    const slash = authority.indexOf('/')
    if (slash >= 0) {
      rest = authority.slice(slash)
      authority = authority.slice(0, slash)
    }
    const error = parseAuthority(authority)
    if (error !== undefined) return { error }
  }
  const error = unescape(rest, 'path')
  return error === undefined ? { scheme } : { error }
}
