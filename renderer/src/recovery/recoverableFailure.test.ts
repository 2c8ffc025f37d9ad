import { describe, expect, it } from 'vitest'
import { ApiError } from '../api/client'
import { recoverableFailure } from './recoverableFailure'

describe('recoverableFailure', () => {
  it('names the file and the reason, without the raw restore offer the table already shows', () => {
    const failure = recoverableFailure(
      new ApiError({
        code: 'invalid-file',
        file: 'hoi-nghi-ha-tinh.hoinghi.json',
        message:
          'không mở được tệp: không phải JSON hợp lệ (có thể bị cắt cụt); có thể khôi phục từ bản sao lưu .bak (2024-11-22T02:15:26.524Z, 12 đại biểu)',
        details: [
          'đã chuyển tệp hỏng sang quarantine/2024-11-22T02-16-00-000Z__hoi-nghi-ha-tinh.hoinghi.json',
          'có thể khôi phục từ bản sao lưu .bak (2024-11-22T02:15:26.524Z, 12 đại biểu)'
        ]
      }),
      'hoi-nghi-ha-tinh'
    )
    expect(failure).toEqual({
      fileName: 'hoi-nghi-ha-tinh.hoinghi.json',
      reason: 'không mở được tệp: không phải JSON hợp lệ (có thể bị cắt cụt)',
      details: ['đã chuyển tệp hỏng sang quarantine/2024-11-22T02-16-00-000Z__hoi-nghi-ha-tinh.hoinghi.json'],
      quarantined: true
    })
  })

  it('offers recovery for a file from a newer version of the app', () => {
    const failure = recoverableFailure(
      new ApiError({
        code: 'newer-version',
        message: 'tệp được tạo bởi phiên bản mới hơn (schemaVersion 9)'
      }),
      'hoi-nghi-ha-tinh'
    )
    expect(failure?.fileName).toBe('hoi-nghi-ha-tinh')
    expect(failure?.reason).toBe('tệp được tạo bởi phiên bản mới hơn (schemaVersion 9)')
  })

  it('does not offer recovery for a disk, lock or permission failure', () => {
    for (const code of ['io', 'locked', 'read-only', 'not-found'] as const) {
      expect(recoverableFailure(new ApiError({ code, message: 'ổ đĩa không sẵn sàng' }), 'x')).toBeNull()
    }
    expect(recoverableFailure(new Error('mạng'), 'x')).toBeNull()
  })
})
