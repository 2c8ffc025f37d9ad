import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, type Page } from '@playwright/test'

/** Provinces and cities as venue names appear on a nationwide video conference's list. */
const PROVINCES = [
  'tỉnh Hà Giang',
  'tỉnh Cao Bằng',
  'tỉnh Bắc Kạn',
  'tỉnh Tuyên Quang',
  'tỉnh Lào Cai',
  'tỉnh Điện Biên',
  'tỉnh Lai Châu',
  'tỉnh Sơn La',
  'tỉnh Yên Bái',
  'tỉnh Hòa Bình',
  'tỉnh Thái Nguyên',
  'tỉnh Lạng Sơn',
  'tỉnh Quảng Ninh',
  'tỉnh Bắc Giang',
  'tỉnh Phú Thọ',
  'tỉnh Vĩnh Phúc',
  'tỉnh Bắc Ninh',
  'tỉnh Hải Dương',
  'thành phố Hải Phòng',
  'tỉnh Hưng Yên',
  'tỉnh Thái Bình',
  'tỉnh Hà Nam',
  'tỉnh Nam Định',
  'tỉnh Ninh Bình',
  'tỉnh Thanh Hóa',
  'tỉnh Nghệ An',
  'tỉnh Hà Tĩnh',
  'tỉnh Quảng Bình',
  'tỉnh Quảng Trị',
  'tỉnh Thừa Thiên Huế',
  'thành phố Đà Nẵng',
  'tỉnh Quảng Nam',
  'tỉnh Quảng Ngãi',
  'tỉnh Bình Định',
  'tỉnh Phú Yên',
  'tỉnh Khánh Hòa',
  'tỉnh Ninh Thuận',
  'tỉnh Bình Thuận',
  'tỉnh Kon Tum',
  'tỉnh Gia Lai',
  'tỉnh Đắk Lắk',
  'tỉnh Đắk Nông',
  'tỉnh Lâm Đồng',
  'tỉnh Bình Phước',
  'tỉnh Tây Ninh',
  'tỉnh Bình Dương',
  'tỉnh Đồng Nai',
  'tỉnh Bà Rịa - Vũng Tàu',
  'Thành phố Hồ Chí Minh',
  'tỉnh Long An',
  'tỉnh Tiền Giang',
  'tỉnh Bến Tre',
  'tỉnh Trà Vinh',
  'tỉnh Vĩnh Long',
  'tỉnh Đồng Tháp',
  'tỉnh An Giang',
  'tỉnh Kiên Giang',
  'thành phố Cần Thơ',
  'tỉnh Hậu Giang',
  'tỉnh Sóc Trăng',
  'tỉnh Bạc Liêu',
  'tỉnh Cà Mau'
]

export const MAIN_VENUE = 'Điểm cầu Bộ Quốc phòng'
export const NATIONAL_VENUES = [MAIN_VENUE, ...PROVINCES.map((place) => `Điểm cầu ${place}`)]

/** Imports the nationwide venue list through the wizard (Venues tab); leaves the Venues tab open. */
export async function importNationalVenues(
  page: Page,
  app: { dataDir: string; queueDialogAnswers: (...paths: string[]) => void }
): Promise<void> {
  const file = join(app.dataDir, 'diem-cau-toan-quoc.csv')
  const rows = NATIONAL_VENUES.map(
    (name, index) => `${index + 1},${name},${index === 0 ? 'Điểm cầu chính' : ''}`
  )
  await writeFile(file, ['STT,Tên điểm cầu,Loại điểm cầu', ...rows].join('\n'))
  await page.getByRole('tab', { name: 'Điểm cầu' }).click()
  app.queueDialogAnswers(file)
  await page.getByRole('button', { name: 'Nhập từ tệp…' }).click()
  const wizard = page.getByRole('dialog', { name: 'Nhập danh sách điểm cầu từ tệp' })
  await wizard.getByRole('button', { name: `Nhập ${NATIONAL_VENUES.length} dòng` }).click()
  await expect(wizard).toBeHidden()
}

/** Imports a few delegates spread over the venues (Delegates tab); leaves the Delegates tab open. */
export async function importDelegates(
  page: Page,
  app: { dataDir: string; queueDialogAnswers: (...paths: string[]) => void },
  rows: readonly (readonly [name: string, rank: string, venue: string])[]
): Promise<void> {
  const file = join(app.dataDir, 'dai-bieu-toan-quoc.csv')
  const lines = rows.map(([name, rank, venue], index) => `${index + 1},${name},${rank},${venue}`)
  await writeFile(file, ['STT,Họ và tên,Cấp bậc,Điểm cầu', ...lines].join('\n'))
  await page.getByRole('tab', { name: 'Đại biểu' }).click()
  app.queueDialogAnswers(file)
  await page.getByRole('button', { name: 'Nhập từ tệp…' }).click()
  const wizard = page.getByRole('dialog', { name: 'Nhập danh sách đại biểu từ tệp' })
  await wizard.getByRole('button', { name: `Nhập ${rows.length} dòng` }).click()
  await expect(wizard).toBeHidden()
}

export const DELEGATES = [
  ['Phan Văn Giang', 'Đại tướng', MAIN_VENUE],
  ['Hoàng Xuân Chiến', 'Thượng tướng', MAIN_VENUE],
  ['Nguyễn Tân Cương', 'Thượng tướng', MAIN_VENUE],
  ['Thái Thanh Quý', '', 'Điểm cầu tỉnh Nghệ An'],
  ['Lê Hồng Vinh', 'Đại tá', 'Điểm cầu tỉnh Nghệ An'],
  ['Hoàng Trung Dũng', '', 'Điểm cầu tỉnh Hà Tĩnh'],
  ['Nguyễn Văn Hùng', 'Trung úy', 'Điểm cầu tỉnh Quảng Bình'],
  ['Trần Thị Ánh Nguyệt', 'Thiếu tá', 'Điểm cầu tỉnh Thừa Thiên Huế']
] as const
