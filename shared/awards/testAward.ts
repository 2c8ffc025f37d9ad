import type { Award } from '../model/conference'
import { newAward } from '../model/defaults'

/** A complete award for tests: a provincial Bằng khen unless the fields say otherwise. */
export function testAward(fields: Partial<Award> & Pick<Award, 'id'>): Award {
  return newAward(fields.id, { form: 'Bằng khen', authority: 'UBND tỉnh Hà Tĩnh', ...fields })
}
