import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Venue } from '../../../shared/model/conference'
import { searchVenueOptions, type PickerOption } from '../../../shared/venues/venueSearch'
import { Combobox, type ComboboxProps } from './Combobox'

const NONE: readonly PickerOption[] = []

type PassedOn = Omit<ComboboxProps<PickerOption>, 'options' | 'search' | 'noMatches'>

/**
 * Every place the clerk chooses a venue: a searchable list that finds "Điểm cầu tỉnh Nghệ An" from
 * "nghe". `before` are choices shown ahead of the venues ("Tất cả", "Chưa xếp điểm cầu").
 */
export function VenuePicker({
  venues,
  before = NONE,
  ...rest
}: PassedOn & { venues: readonly Venue[]; before?: readonly PickerOption[] }) {
  const { t } = useTranslation()
  const options = useMemo(
    () => [
      ...before,
      ...venues.map((venue) => ({ value: venue.id, label: venue.name || t('venuePicker.unnamed') }))
    ],
    [before, venues, t]
  )
  return (
    <Combobox
      {...rest}
      className={['venue-picker', rest.className].filter(Boolean).join(' ')}
      options={options}
      search={searchVenueOptions}
      noMatches={t('venuePicker.noMatches')}
    />
  )
}
