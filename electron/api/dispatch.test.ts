import { describe, expect, it } from 'vitest'
import { createTestApp } from '../../tests/safety/support/testContext'

describe('dispatch', () => {
  it('refuses a channel that is not declared', async () => {
    const { dispatch } = await createTestApp()
    expect(await dispatch('fs:readFile', { path: '/etc/passwd' })).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'kênh không tồn tại: fs:readFile' }
    })
  })

  it('validates input with the channel schema and names the field', async () => {
    const { dispatch } = await createTestApp()
    const result = await dispatch('conferences:create', { title: 42 })
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-input')
      expect(result.error.field).toBe('title')
    }
  })

  it('turns an AppError into a typed error envelope', async () => {
    const { dispatch } = await createTestApp()
    const result = await dispatch('conferences:load', { key: 'khongcoday' })
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } })
  })

  it('returns the handler value on success', async () => {
    const { dispatch } = await createTestApp()
    const created = await dispatch('conferences:create', { title: 'Hội nghị giao ban Quý III năm 2024' })
    expect(created).toMatchObject({ ok: true, value: { key: expect.stringMatching(/^[a-z0-9]+$/) } })
  })
})
