import { isAbsolute, normalize, relative, resolve, sep } from 'node:path'
import { APP_ORIGIN } from '../windowSecurity'

/**
 * Maps an app://hoinghi/... request to a file inside `rootDir` (the built renderer), or null
 * when the URL is foreign or tries to leave the folder (../, encoded separators, drive letters).
 */
export function resolveAppPath(rootDir: string, requestUrl: string): string | null {
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return null
  }
  if (`${url.protocol}//${url.host}` !== APP_ORIGIN) return null
  let pathname: string
  try {
    pathname = decodeURIComponent(url.pathname)
  } catch {
    return null
  }
  if (pathname.includes('\0') || pathname.includes('\\') || /^\/?[a-zA-Z]:/.test(pathname)) return null
  // Windows drops trailing dots and spaces from names, so ".. " or "..." would open "..": no name
  // of ours starts or ends that way, and none is "." or "..".
  if (pathname.split('/').some((segment) => /^\s|[\s.]$/.test(segment))) return null
  const relativePath = normalize(pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, ''))
  if (relativePath.startsWith('..') || isAbsolute(relativePath)) return null
  const root = resolve(rootDir)
  const target = resolve(root, relativePath)
  const rel = relative(root, target)
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || rel.split(sep).includes('..')) return null
  return target
}
