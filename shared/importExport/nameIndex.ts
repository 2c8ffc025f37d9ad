import { foldForSearch } from '../text/foldForSearch'

/**
 * Finds the one person a free text names ("Đại tá Nguyễn Xuân Thắng – Chỉ huy trưởng …") by
 * looking up every run of 2–5 words: linear in the text, whatever the size of the list.
 */
export class NameIndex {
  private readonly ids = new Map<string, string[]>()

  constructor(people: readonly { id: string; name: string }[]) {
    for (const person of people) {
      const key = foldForSearch(person.name)
      if (key === '') continue
      const list = this.ids.get(key) ?? []
      list.push(person.id)
      this.ids.set(key, list)
    }
  }

  /** The id of the person whose full name is exactly this text, when there is exactly one. */
  exact(name: string): string | null {
    const list = this.ids.get(foldForSearch(name))
    return list && list.length === 1 ? (list[0] ?? null) : null
  }

  /** The id of the single person named somewhere inside the text; null when none or several. */
  mentioned(text: string): string | null {
    const words = foldForSearch(text)
      .split(/[^a-z0-9]+/)
      .filter(Boolean)
    const found = new Set<string>()
    for (let start = 0; start < words.length; start++) {
      for (let length = 2; length <= 5 && start + length <= words.length; length++) {
        const list = this.ids.get(words.slice(start, start + length).join(' '))
        if (list) for (const id of list) found.add(id)
      }
    }
    return found.size === 1 ? ([...found][0] ?? null) : null
  }
}
