import { promises as fs } from 'node:fs'
import { basename } from 'node:path'
import { AppError } from '../../shared/errors/appError'
import { describeIoError, type IoAction } from './describeIoError'
import { parseConferenceText, type ParsedConference } from '../../shared/model/parseConferenceDocument'

/** Files larger than this are refused before parsing: a conference of 50,000 delegates is ~18 MB. */
export const MAX_CONFERENCE_BYTES = 64 * 1024 * 1024

export interface ReadConference extends ParsedConference {
  bytes: number
  /** The raw bytes as found on disk (for a pre-migration snapshot). */
  raw: Buffer
}

/**
 * Bytes of a conference file → text, refusing what is not a text file: folders, devices,
 * oversized files, NUL bytes (binary, e.g. an .xlsx renamed), invalid UTF-8.
 */
export function decodeConferenceBytes(raw: Buffer, name: string): string {
  if (raw.includes(0))
    throw new AppError({
      code: 'invalid-file',
      message: 'tệp nhị phân, không phải tệp hội nghị (JSON)',
      file: name
    })
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(raw)
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  } catch {
    throw new AppError({ code: 'invalid-file', message: 'tệp không phải văn bản UTF-8', file: name })
  }
}

/** Parses already-read bytes; throws the same AppErrors as reading from disk. */
export function parseConferenceBytes(raw: Buffer, name: string): ParsedConference {
  if (raw.length > MAX_CONFERENCE_BYTES) {
    throw new AppError({
      code: 'invalid-file',
      message: `tệp quá lớn (${raw.length} byte, tối đa ${MAX_CONFERENCE_BYTES})`,
      file: name
    })
  }
  return parseConferenceText(decodeConferenceBytes(raw, name), name)
}

/** Stat first so a 4 GB file or a named pipe is never read into memory. Returns null when missing. */
export async function readConferenceFile(file: string): Promise<ReadConference | null> {
  const name = basename(file)
  let stat
  try {
    stat = await fs.stat(file)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw ioError(file, error)
  }
  if (!stat.isFile())
    throw new AppError({ code: 'invalid-file', message: 'không phải một tệp thông thường', file: name })
  if (stat.size > MAX_CONFERENCE_BYTES) {
    throw new AppError({
      code: 'invalid-file',
      message: `tệp quá lớn (${stat.size} byte, tối đa ${MAX_CONFERENCE_BYTES})`,
      file: name
    })
  }
  let raw: Buffer
  try {
    raw = await fs.readFile(file)
  } catch (error) {
    throw ioError(file, error)
  }
  return { ...parseConferenceBytes(raw, name), bytes: raw.length, raw }
}

/** A read that failed for the disk's reasons (permissions, a folder), in words, naming the file. */
export function ioError(file: string, error: unknown, action: IoAction = 'read'): AppError {
  return describeIoError(file, error, action)
}
