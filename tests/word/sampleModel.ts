import type { DocumentModel } from '../../shared/documents/model/documentModel'

/** A provincial agenda with a two-line signer title and a long table, as a builder would describe it. */
export function sampleAgendaModel(rows = 40): DocumentModel {
  return {
    title: 'Hội nghị tổng kết công tác phối hợp năm 2023',
    author: 'Ủy ban nhân dân tỉnh Hà Tĩnh',
    lang: 'vi',
    orientation: 'portrait',
    fullSheet: false,
    pageNumbers: true,
    blocks: [
      {
        type: 'header',
        governingBody: '',
        issuingBody: 'ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH',
        numberLine: 'Số: 02/CTr-UBND',
        dateLine: 'Hà Tĩnh, ngày 26 tháng 12 năm 2023',
        nationalTitle: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        motto: 'Độc lập - Tự do - Hạnh phúc'
      },
      {
        type: 'title',
        title: 'CHƯƠNG TRÌNH',
        subject: 'Hội nghị tổng kết công tác phối hợp giữa Quân sự, Công an và Biên phòng năm 2023'
      },
      {
        type: 'table',
        size: 13,
        columns: [
          { header: 'Thời gian', weight: 1.75, align: 'center' },
          { header: 'Nội dung', weight: 3.2 },
          { header: 'Người thực hiện', weight: 2.4 }
        ],
        rows: [
          { type: 'group', text: 'Buổi sáng' },
          ...Array.from({ length: rows }, (_, index) => ({
            type: 'row' as const,
            cells: [
              `${String(7 + Math.floor(index / 4)).padStart(2, '0')}:${String((index % 4) * 15).padStart(2, '0')}`,
              index === 3
                ? 'Báo cáo tổng kết công tác phối hợp theo Nghị định số 03/2019/NĐ-CP'
                : `Tham luận của Bộ Chỉ huy Quân sự tỉnh, mục ${index + 1}`,
              'Đại tá Nguyễn Hồng Phong, Chỉ huy trưởng Bộ CHQS tỉnh'
            ]
          }))
        ]
      },
      {
        type: 'signature',
        recipientsLabel: 'Nơi nhận:',
        recipients: ['- Bộ Tư lệnh Quân khu 4;', '- Thường trực Tỉnh ủy;', '- Lưu: VT.'],
        signerTitle: 'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH',
        signerName: 'Võ Trọng Hải'
      }
    ]
  }
}
