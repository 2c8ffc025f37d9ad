import { z } from 'zod'

export const errorCodes = [
  'invalid-input',
  'invalid-file',
  'newer-version',
  'not-found',
  'io',
  'locked',
  'read-only',
  'cancelled',
  'forbidden',
  'internal'
] as const
export type ErrorCode = (typeof errorCodes)[number]

/** What crosses the process boundary when an operation fails: enough to tell the clerk file, row and field. */
export const appErrorSchema = z.object({
  code: z.enum(errorCodes),
  message: z.string(),
  file: z.string().optional(),
  row: z.number().int().optional(),
  field: z.string().optional(),
  details: z.array(z.string()).optional()
})
export type AppErrorData = z.infer<typeof appErrorSchema>

export class AppError extends Error {
  readonly code: ErrorCode
  readonly file?: string
  readonly row?: number
  readonly field?: string
  readonly details?: string[]

  constructor(data: AppErrorData) {
    super(data.message)
    this.name = 'AppError'
    this.code = data.code
    this.file = data.file
    this.row = data.row
    this.field = data.field
    this.details = data.details
  }

  toData(): AppErrorData {
    const data: AppErrorData = { code: this.code, message: this.message }
    if (this.file !== undefined) data.file = this.file
    if (this.row !== undefined) data.row = this.row
    if (this.field !== undefined) data.field = this.field
    if (this.details !== undefined) data.details = this.details
    return data
  }
}

/** One line for a terminal or a status bar: "file: row 4, field Họ và tên: message". */
export function formatAppError(error: AppErrorData): string {
  const where: string[] = []
  if (error.row !== undefined) where.push(`dòng ${error.row}`)
  if (error.field !== undefined) where.push(`trường ${error.field}`)
  const prefix = [error.file, where.join(', ')].filter((part) => part && part.length > 0).join(': ')
  return prefix ? `${prefix}: ${error.message}` : error.message
}
