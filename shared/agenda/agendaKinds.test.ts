import { describe, expect, it } from 'vitest'
import { agendaKinds } from '../model/conference'
import { agendaKindLabelVi, guessAgendaKind } from './agendaKinds'

describe('guessAgendaKind', () => {
  it('reads every line of the Hà Tĩnh 2023 programme', () => {
    expect(
      [
        'Đón tiếp đại biểu',
        'Tuyên bố lý do, giới thiệu đại biểu',
        'Báo cáo tổng kết công tác QP - AN năm 2023 và triển khai nhiệm vụ năm 2024',
        'Tham luận của các đơn vị',
        'Phát biểu của Phó Tư lệnh Quân khu 4',
        'Trao cờ thi đua của Quân khu 4 và UBND tỉnh',
        'Phát biểu kết luận hội nghị',
        'Bế mạc'
      ].map(guessAgendaKind)
    ).toEqual([
      'reception',
      'opening',
      'report',
      'discussion',
      'directing-speech',
      'awards',
      'closing-speech',
      'closing'
    ])
  })

  it('is diacritic- and case-insensitive and matches whole words', () => {
    expect(guessAgendaKind('PHAT BIEU CHI DAO')).toBe('directing-speech')
    expect(guessAgendaKind('Giải lao'.normalize('NFD'))).toBe('break')
    expect(guessAgendaKind('Khen thưởng')).toBe('awards')
    expect(guessAgendaKind('Tuyên bố bế mạc hội nghị')).toBe('closing')
    // "trào" of "phong trào" folds to "trao" but is not a hand-over; "trao" must not match inside a word
    expect(guessAgendaKind('Phong trào thi đua')).toBe('other')
    expect(guessAgendaKind('Sơ kết phong trào thi đua quyết thắng')).toBe('other')
    expect(guessAgendaKind('Trao thưởng phong trào thi đua')).toBe('awards')
    expect(guessAgendaKind('Trao đổi kinh nghiệm')).toBe('other')
    expect(guessAgendaKind('Giới thiệu khách mời')).toBe('other')
    expect(guessAgendaKind('')).toBe('other')
  })

  it('round-trips the label of every kind except "other"', () => {
    for (const kind of agendaKinds) expect(guessAgendaKind(agendaKindLabelVi(kind))).toBe(kind)
  })
})
