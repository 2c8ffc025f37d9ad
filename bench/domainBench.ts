import { sortByPrecedence } from '../shared/delegates/sortByPrecedence'
import { sortByGivenName } from '../shared/delegates/sortByGivenName'
import { median, type BenchResult } from './benchResult'
import { generateConference } from '../tests/support/generateConference'

function time(run: () => unknown, repeats = 15): number {
  run() // warm-up: the collator and regexes are built on first use
  const samples: number[] = []
  for (let index = 0; index < repeats; index++) {
    const started = performance.now()
    run()
    samples.push(performance.now() - started)
  }
  return Math.round(median(samples) * 100) / 100
}

/** Domain rules on a 10,000-delegate list: the suggested protocol order and the alphabetical view. */
export async function domainBenches(): Promise<BenchResult[]> {
  const { delegates } = generateConference(10000, 90)
  return [
    {
      name: 'protocol-order suggestion, 10,000 delegates (median)',
      value: time(() => sortByPrecedence(delegates)),
      unit: 'ms'
    },
    {
      name: 'alphabetical by given name, 10,000 delegates (median)',
      value: time(() => sortByGivenName(delegates)),
      unit: 'ms'
    }
  ]
}
