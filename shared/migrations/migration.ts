/** One step forward: takes the JSON of version `from` and returns the JSON of version `from + 1`. */
export interface Migration {
  from: number
  name: string
  up(doc: Record<string, unknown>): Record<string, unknown>
}
