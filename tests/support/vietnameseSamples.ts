/**
 * Names, ranks, posts and units of the kind the samples and the news reports carry, with every
 * kind of diacritic (ă â đ ê ô ơ ư and the five tones), for generated test and benchmark data.
 */
export const FAMILY_NAMES = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Đoàn',
  'Trịnh',
  'Đinh',
  'Ưng',
  'Âu',
  'Lương'
] as const

export const MIDDLE_NAMES = [
  'Văn',
  'Thị',
  'Hữu',
  'Đức',
  'Quốc',
  'Thanh',
  'Ngọc',
  'Xuân',
  'Trọng',
  'Minh',
  'Hồng',
  'Tiến',
  'Đình',
  'Thế',
  'Bảo',
  'Quang',
  'Anh',
  'Việt'
] as const

export const GIVEN_NAMES = [
  'Thắng',
  'Hải',
  'Cường',
  'Ân',
  'Vinh',
  'Ổn',
  'Sơn',
  'Đông',
  'Nghĩa',
  'Tuấn',
  'Phương',
  'Thủy',
  'Hùng',
  'Lộc',
  'Khánh',
  'Ỷ',
  'Ánh',
  'Yến',
  'Đạt',
  'Ưng',
  'Ơn',
  'Tỏ',
  'Dũng',
  'Hằng',
  'Hưng',
  'Khuê',
  'Huệ',
  'Nguyệt',
  'Quỳnh',
  'Việt',
  'Bình'
] as const

export const RANKS = [
  '',
  '',
  'Đại tá',
  'Thượng tá',
  'Trung tá',
  'Thiếu tá',
  'Đại úy',
  'Thượng úy',
  'Trung úy'
] as const

export const POSITIONS = [
  'Chỉ huy trưởng',
  'Phó Chỉ huy trưởng',
  'Chính trị viên',
  'Trưởng phòng',
  'Phó Trưởng phòng',
  'Đồn trưởng',
  'Đội trưởng',
  'Trợ lý tác chiến',
  'Chuyên viên',
  'Cán bộ',
  'Ủy viên Ban Thường vụ Huyện ủy, Chỉ huy trưởng Ban Chỉ huy Quân sự huyện'
] as const

export const UNITS = [
  'Bộ CHQS tỉnh Hà Tĩnh',
  'Công an tỉnh Hà Tĩnh',
  'BĐBP Hà Tĩnh',
  'Ban CHQS huyện Kỳ Anh',
  'Ban CHQS huyện Lộc Hà',
  'Công an huyện Hương Khê',
  'Đồn Biên phòng Cửa khẩu quốc tế Cầu Treo',
  'Văn phòng UBND tỉnh',
  'Sở Nội vụ',
  'UBND huyện Lộc Hà'
] as const

export const PROVINCES = [
  'Hà Tĩnh',
  'Nghệ An',
  'Quảng Bình',
  'Thanh Hóa',
  'Quảng Trị',
  'Thừa Thiên Huế',
  'Đắk Lắk',
  'Kon Tum',
  'Gia Lai',
  'Lâm Đồng',
  'Bình Định',
  'Phú Yên',
  'Khánh Hòa',
  'Ninh Thuận',
  'Bình Thuận',
  'Đồng Tháp',
  'Hậu Giang',
  'Cà Mau',
  'Sóc Trăng',
  'Bạc Liêu',
  'Kiên Giang',
  'An Giang',
  'Tiền Giang',
  'Long An'
] as const

/** A deterministic pseudo-random sequence, so generated inputs are the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

export function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)] as T
}

export function randomFullName(random: () => number): string {
  return `${pick(FAMILY_NAMES, random)} ${pick(MIDDLE_NAMES, random)} ${pick(GIVEN_NAMES, random)}`
}
