import type { ComponentType } from 'react'
import { AgendaTab } from '../agenda/AgendaTab'
import { AwardsTab } from '../awards/AwardsTab'
import { DelegatesTab } from '../delegates/DelegatesTab'
import { DocumentsTab } from '../documents/DocumentsTab'
import { GeneralTab } from './GeneralTab'
import { OutlinesTab } from '../outlines/OutlinesTab'
import { VenuesTab } from '../venues/VenuesTab'

export const TABS: readonly { id: string; component: ComponentType }[] = [
  { id: 'general', component: GeneralTab },
  { id: 'venues', component: VenuesTab },
  { id: 'delegates', component: DelegatesTab },
  { id: 'agenda', component: AgendaTab },
  { id: 'outlines', component: OutlinesTab },
  { id: 'awards', component: AwardsTab },
  { id: 'documents', component: DocumentsTab }
]
