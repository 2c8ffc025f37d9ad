import type { KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { KeyFigure, OutlineSection } from '../../../shared/model/conference'
import { sectionLabel, type NumberedSection } from '../../../shared/outlines/numberSections'
import {
  indentSection,
  insertSection,
  locateSection,
  moveSection,
  outdentSection,
  removeSection,
  updateSection
} from '../../../shared/outlines/sectionTree'
import { CellText } from '../components/CellInputs'
import { DragHandle, SortableRow, SortableRows, type DragHandleProps } from '../components/SortableRows'
import { newFigure, newSection } from './outlineEdits'

export interface TreeActions {
  /** One edit of the whole section list; `field` coalesces typing into one undo step. */
  edit: (change: (sections: OutlineSection[]) => OutlineSection[], field?: string) => void
  numbers: ReadonlyMap<string, NumberedSection>
  /** "I.3.a": unique across the tree, so every field's accessible name says which section it is. */
  fullNumbers: ReadonlyMap<string, string>
  readOnly: boolean
}

/** Focus the heading of a section after React has drawn it (new, moved or re-parented). */
export function focusHeading(id: string) {
  requestAnimationFrame(() =>
    document.querySelector<HTMLElement>(`[data-section-id="${id}"] .section-heading`)?.focus()
  )
}

export function SectionList({
  sections,
  parentId,
  actions
}: {
  sections: readonly OutlineSection[]
  parentId: string | null
  actions: TreeActions
}) {
  const ids = sections.map((section) => section.id)
  const move = (from: number, to: number) => {
    const id = ids[from]
    if (id !== undefined) actions.edit((tree) => moveSection(tree, id, parentId, to))
  }
  return (
    <SortableRows
      ids={ids}
      onMove={move}
      disabled={actions.readOnly}
      nameOf={(id) => sections.find((section) => section.id === id)?.heading ?? ''}
    >
      <ol className={parentId === null ? 'section-list top' : 'section-list'}>
        {sections.map((section, index) => (
          <SortableRow
            key={section.id}
            id={section.id}
            as="li"
            index={index}
            count={sections.length}
            onMove={move}
            className="section-item"
          >
            {(handle) => <SectionNode section={section} handle={handle} actions={actions} />}
          </SortableRow>
        ))}
      </ol>
    </SortableRows>
  )
}

function SectionNode({
  section,
  handle,
  actions
}: {
  section: OutlineSection
  handle: DragHandleProps
  actions: TreeActions
}) {
  const { t } = useTranslation('outlines')
  const { edit, readOnly } = actions
  const numbered = actions.numbers.get(section.id)
  const label = numbered ? sectionLabel(numbered) : ''
  const full = actions.fullNumbers.get(section.id) ?? label
  const name = `${full} ${section.heading}`.trim()
  const patch = (fields: Partial<OutlineSection>, field?: string) =>
    edit((tree) => updateSection(tree, section.id, fields), field ? `${section.id}.${field}` : undefined)
  const setFigures = (change: (figures: KeyFigure[]) => KeyFigure[], field?: string) =>
    edit(
      (tree) => {
        const current = locateSection(tree, section.id)?.section
        return current ? updateSection(tree, section.id, { figures: change(current.figures) }) : tree
      },
      field ? `${section.id}.${field}` : undefined
    )
  const indent = () => {
    edit((tree) => indentSection(tree, section.id))
    focusHeading(section.id)
  }
  const outdent = () => {
    edit((tree) => outdentSection(tree, section.id))
    focusHeading(section.id)
  }
  const addChild = () => {
    const child = newSection()
    edit((tree) => insertSection(tree, section.id, section.children.length, child))
    focusHeading(child.id)
  }
  const addSibling = () => {
    const sibling = newSection()
    edit((tree) => {
      const location = locateSection(tree, section.id)
      return location ? insertSection(tree, location.parentId, location.index + 1, sibling) : tree
    })
    focusHeading(sibling.id)
  }
  // Word's outline keys; Tab itself stays free to move between fields, so the keyboard is never trapped.
  const onKeyDown = (event: KeyboardEvent) => {
    if (!(event.altKey && event.shiftKey)) return
    if (event.key === 'ArrowRight') {
      event.preventDefault()
      event.stopPropagation()
      indent()
    } else if (event.key === 'ArrowLeft') {
      event.preventDefault()
      event.stopPropagation()
      outdent()
    }
  }
  return (
    <div className="section-node" data-section-id={section.id} data-depth={numbered?.depth ?? 0}>
      <div className="section-head" onKeyDown={onKeyDown}>
        <DragHandle {...handle} label={t('section.drag', { name })} disabled={readOnly} />
        <span className="section-number" data-testid="section-number">
          {label}
        </span>
        <CellText
          label={t('section.heading', { number: full })}
          className="section-heading"
          value={section.heading}
          disabled={readOnly}
          checkAs={['section', 'heading']}
          onChange={(heading) => patch({ heading }, 'heading')}
        />
        <div className="section-tools">
          <button
            onClick={outdent}
            disabled={readOnly || numbered?.depth === 0}
            title={t('section.outdentKeys')}
            aria-label={t('section.outdent', { name })}
          >
            ⇤
          </button>
          <button
            onClick={indent}
            disabled={readOnly}
            title={t('section.indentKeys')}
            aria-label={t('section.indent', { name })}
          >
            ⇥
          </button>
          <button
            onClick={addChild}
            disabled={readOnly}
            // The name starts with what the button shows, so speech input can say "Mục con".
            aria-label={t('section.addChildName', { name })}
            title={t('section.addChild', { name })}
          >
            {t('section.addChildShort')}
          </button>
          <button
            onClick={addSibling}
            disabled={readOnly}
            aria-label={t('section.addSiblingName', { name })}
            title={t('section.addSibling', { name })}
          >
            {t('section.addSiblingShort')}
          </button>
          <button
            className="danger"
            disabled={readOnly}
            aria-label={t('section.delete', { name })}
            title={t('section.delete', { name })}
            onClick={() => edit((tree) => removeSection(tree, section.id))}
          >
            ✕
          </button>
        </div>
      </div>
      <div className="section-body">
        <CellText
          label={t('section.text', { number: full })}
          className="section-text"
          multiline
          placeholder={t('section.textPlaceholder')}
          value={section.text}
          disabled={readOnly}
          checkAs={['section', 'text']}
          onChange={(text) => patch({ text }, 'text')}
        />
        {section.figures.length > 0 && (
          <table className="figures">
            <caption className="visually-hidden">{t('figures.caption', { number: full })}</caption>
            <thead>
              <tr>
                <th>{t('figures.label')}</th>
                <th>{t('figures.value')}</th>
                <th>{t('figures.unit')}</th>
                <th>
                  <span className="visually-hidden">{t('figures.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {section.figures.map((figure, index) => {
                const setFigure = (fields: Partial<KeyFigure>, field: string) =>
                  setFigures(
                    (figures) =>
                      figures.map((item) => (item.id === figure.id ? { ...item, ...fields } : item)),
                    `${figure.id}.${field}`
                  )
                const n = index + 1
                return (
                  <tr key={figure.id} data-figure-id={figure.id}>
                    <td className="figure-label">
                      <CellText
                        label={t('figures.labelOf', { n, number: full })}
                        value={figure.label}
                        disabled={readOnly}
                        checkAs={['figure', 'label']}
                        onChange={(value) => setFigure({ label: value }, 'label')}
                      />
                    </td>
                    <td className="figure-value">
                      <CellText
                        label={t('figures.valueOf', { n, number: full })}
                        value={figure.value}
                        disabled={readOnly}
                        checkAs={['figure', 'value']}
                        onChange={(value) => setFigure({ value }, 'value')}
                      />
                    </td>
                    <td className="figure-unit">
                      <CellText
                        label={t('figures.unitOf', { n, number: full })}
                        value={figure.unit}
                        disabled={readOnly}
                        checkAs={['figure', 'unit']}
                        onChange={(value) => setFigure({ unit: value }, 'unit')}
                      />
                    </td>
                    <td>
                      <button
                        className="danger"
                        disabled={readOnly}
                        aria-label={t('figures.delete', { n, number: full })}
                        onClick={() =>
                          setFigures((figures) => figures.filter((item) => item.id !== figure.id))
                        }
                      >
                        ✕
                      </button>
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        )}
        <button
          className="link small add-figure"
          disabled={readOnly}
          onClick={() => {
            const figure = newFigure()
            setFigures((figures) => [...figures, figure])
            requestAnimationFrame(() =>
              document
                .querySelector<HTMLElement>(`[data-figure-id="${figure.id}"] .figure-label input`)
                ?.focus()
            )
          }}
        >
          {t('figures.add', { number: full })}
        </button>
      </div>
      {section.children.length > 0 && (
        <SectionList sections={section.children} parentId={section.id} actions={actions} />
      )}
    </div>
  )
}
