import type { KeyFigure, OutlineSection } from '../model/conference'

interface Node {
  heading: string
  /** Key-figure slots the clerk fills in: [label, unit]. */
  figures?: ReadonlyArray<readonly [label: string, unit: string]>
  children?: readonly Node[]
}

/**
 * Annual review report under Decree 03/2019 (results, limitations, causes, lessons, tasks), the
 * order every report in ../seeds follows. Figure slots carry the units those reports count in
 * ("200 vụ/226 đối tượng", "207 thông tin", "20.629 cuộc tuần tra"), values left for the clerk.
 */
const REPORT: readonly Node[] = [
  {
    heading: 'Kết quả đạt được',
    children: [
      {
        heading: 'Công tác lãnh đạo, chỉ đạo, tuyên truyền, quán triệt Nghị định số 03/2019/NĐ-CP'
      },
      {
        heading: 'Phối hợp trao đổi thông tin, nắm tình hình',
        figures: [['Thông tin trao đổi giữa các lực lượng', 'thông tin']]
      },
      {
        heading: 'Phối hợp bảo vệ an ninh chính trị, bảo đảm trật tự, an toàn xã hội',
        figures: [
          ['Vụ việc phát hiện, xử lý', 'vụ'],
          ['Đối tượng bị xử lý', 'đối tượng']
        ]
      },
      {
        heading: 'Phối hợp tuần tra, kiểm soát, bảo vệ biên giới',
        figures: [['Cuộc tuần tra, kiểm soát', 'cuộc']]
      },
      {
        heading:
          'Phối hợp xây dựng nền quốc phòng toàn dân, thực hiện nhiệm vụ quân sự, quốc phòng địa phương'
      },
      {
        heading: 'Phối hợp phòng, chống thiên tai, tìm kiếm cứu nạn',
        figures: [['Lượt cán bộ, chiến sĩ tham gia', 'lượt']]
      }
    ]
  },
  { heading: 'Tồn tại, hạn chế' },
  {
    heading: 'Nguyên nhân',
    children: [{ heading: 'Nguyên nhân khách quan' }, { heading: 'Nguyên nhân chủ quan' }]
  },
  { heading: 'Bài học kinh nghiệm' },
  {
    heading: 'Phương hướng, nhiệm vụ',
    children: [
      { heading: 'Phương hướng chung' },
      { heading: 'Nhiệm vụ, giải pháp trọng tâm' },
      { heading: 'Đề xuất, kiến nghị' }
    ]
  }
]

/** The directing speech of the upper level's leader: acknowledge, point out, assign. */
const SPEECH: readonly Node[] = [
  { heading: 'Ghi nhận, biểu dương kết quả đạt được' },
  { heading: 'Những tồn tại, hạn chế cần khắc phục' },
  {
    heading: 'Nhiệm vụ trọng tâm thời gian tới',
    children: [
      { heading: 'Quán triệt, thực hiện nghiêm Nghị định số 03/2019/NĐ-CP và quy chế phối hợp' },
      { heading: 'Nắm chắc tình hình, chủ động phối hợp xử lý các tình huống' },
      { heading: 'Xây dựng lực lượng, bảo đảm điều kiện cho công tác phối hợp' }
    ]
  },
  { heading: 'Lời chúc và kết thúc' }
]

/** A unit's discussion paper (tham luận): one experience, told with its figures. */
const DISCUSSION: readonly Node[] = [
  { heading: 'Đặt vấn đề' },
  {
    heading: 'Kết quả phối hợp tại đơn vị',
    figures: [
      ['Vụ việc phối hợp xử lý', 'vụ'],
      ['Cuộc tuần tra, kiểm soát chung', 'cuộc']
    ]
  },
  { heading: 'Kinh nghiệm, cách làm hay' },
  { heading: 'Đề xuất, kiến nghị' }
]

const SKELETONS = { report: REPORT, speech: SPEECH, discussion: DISCUSSION } as const

function build(nodes: readonly Node[], newId: () => string): OutlineSection[] {
  return nodes.map((node) => ({
    id: newId(),
    heading: node.heading,
    text: '',
    figures: (node.figures ?? []).map(([label, unit]): KeyFigure => ({
      id: newId(),
      label,
      value: '',
      unit
    })),
    children: build(node.children ?? [], newId)
  }))
}

/** A fresh outline skeleton of the given kind; every section and figure gets a new id. */
export function outlineSkeleton(
  kind: 'report' | 'speech' | 'discussion',
  newId: () => string
): OutlineSection[] {
  return build(SKELETONS[kind], newId)
}
