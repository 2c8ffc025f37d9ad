#!/usr/bin/env node
// Runs Electronegativity offline over electron/ and fails on any finding that the reviewed
// allow-list (security/electronegativity-allowlist.json) does not explain. Static analysis cannot
// see through `{ ...MAIN_WINDOW_WEB_PREFERENCES }`, so some findings are false positives: each
// allow-list entry says why, and tests/safety/electronSecurity.test.ts checks the real values.
// Usage: node security/run-electronegativity.mjs [--json]
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const cli = join(root, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js')
const allowListFile = join(root, 'security', 'electronegativity-allowlist.json')

/**
 * Findings from Electronegativity's SARIF report. (Its CSV writer truncates the file with the
 * header and appends the rows as two unawaited writes, which under load land in either order and
 * leave a garbled report; the SARIF report is one write.) SARIF gives a position, not the text:
 * the sample is the source line there, which is what the CSV used to print.
 */
export function findingsFromSarif(text, inputDir) {
  const report = JSON.parse(text)
  const results = report.runs?.[0]?.results ?? []
  return results.map((result) => {
    const location = result.locations?.[0]?.physicalLocation
    const uri = location?.artifactLocation?.uri ?? 'file:///'
    const file = uri === 'file:///' ? 'N/A' : uri
    const line = location?.region?.startLine ?? 0
    const column = location?.region?.startColumn ?? 0
    let sample = ''
    if (file !== 'N/A') {
      try {
        sample = (readFileSync(join(inputDir, file), 'utf8').split(/\r?\n/)[line - 1] ?? '').trim()
      } catch {
        // a finding in a file that is gone by now: no sample, so no allow-list entry that needs one matches
      }
    }
    return {
      issue: result.ruleId,
      severity: result.level,
      file,
      location: `${line}:${column}`,
      sample
    }
  })
}

/** An entry explains a finding when issue and file match and the sample contains its `sampleIncludes`. */
export function explain(finding, allowList) {
  return allowList.find(
    (entry) =>
      entry.issue === finding.issue &&
      entry.file === finding.file &&
      (entry.sampleIncludes === undefined || finding.sample.includes(entry.sampleIncludes))
  )
}

export function runElectronegativity(input = 'electron') {
  const electronVersion = JSON.parse(
    readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')
  ).version
  const dir = mkdtempSync(join(tmpdir(), 'electronegativity-'))
  const output = join(dir, 'findings.sarif')
  try {
    const result = spawnSync(
      process.execPath,
      [cli, '-i', join(root, input), '-o', output, '-r', '-e', electronVersion],
      {
        cwd: root,
        encoding: 'utf8',
        timeout: 120_000
      }
    )
    let sarif
    try {
      sarif = readFileSync(output, 'utf8')
    } catch {
      throw new Error(
        `electronegativity produced no report (exit ${result.status}): ${result.stderr || result.stdout}`
      )
    }
    return findingsFromSarif(sarif, join(root, input))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

export function checkFindings(findings, allowList) {
  const unexplained = findings.filter((finding) => !explain(finding, allowList))
  const unused = allowList.filter((entry) => !findings.some((finding) => explain(finding, [entry])))
  return { unexplained, unused }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const allowList = JSON.parse(readFileSync(allowListFile, 'utf8')).entries
  for (const entry of allowList) {
    if (!entry.reason || entry.reason.trim().length < 20)
      throw new Error(`allow-list entry without a reviewed reason: ${JSON.stringify(entry)}`)
  }
  const findings = runElectronegativity()
  const { unexplained, unused } = checkFindings(findings, allowList)
  if (process.argv.includes('--json'))
    console.log(JSON.stringify({ findings: findings.length, unexplained, unused }, null, 2))
  for (const entry of unused)
    console.warn(
      `allow-list entry no longer needed: ${entry.issue} ${entry.file} ${entry.sampleIncludes ?? ''}`
    )
  for (const finding of unexplained) {
    console.error(
      `UNEXPLAINED ${finding.severity} ${finding.issue} ${finding.file}:${finding.location} ${finding.sample}`
    )
  }
  console.log(
    `electronegativity: ${findings.length} findings, ${findings.length - unexplained.length} explained by the allow-list, ${unexplained.length} unexplained`
  )
  process.exitCode = unexplained.length > 0 ? 1 : 0
}
