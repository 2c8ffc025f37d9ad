import type { ComponentType } from 'react'
import { AgendaTab } from '../tabs/AgendaTab'
import { AwardsTab } from '../tabs/AwardsTab'
import { DelegatesTab } from '../tabs/DelegatesTab'
import { DocumentsTab } from '../tabs/DocumentsTab'
import { GeneralTab } from '../tabs/GeneralTab'
import { OutlinesTab } from '../tabs/OutlinesTab'
import { VenuesTab } from '../tabs/VenuesTab'

export const TABS: readonly { id: string; component: ComponentType }[] = [
  { id: 'general', component: GeneralTab },
  { id: 'venues', component: VenuesTab },
  { id: 'delegates', component: DelegatesTab },
  { id: 'agenda', component: AgendaTab },
  { id: 'outlines', component: OutlinesTab },
  { id: 'awards', component: AwardsTab },
  { id: 'documents', component: DocumentsTab }
]
