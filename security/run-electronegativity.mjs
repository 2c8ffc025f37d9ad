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

/** A quote-aware CSV reader: samples carry commas and doubled quotes. */
export function parseCsv(text) {
  const rows = []
  let row = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (char === '"') quoted = false
      else field += char
    } else if (char === '"') quoted = true
    else if (char === ',') {
      row.push(field)
      field = ''
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++
      row.push(field)
      if (row.some((cell) => cell.trim() !== '')) rows.push(row)
      row = []
      field = ''
    } else field += char
  }
  row.push(field)
  if (row.some((cell) => cell.trim() !== '')) rows.push(row)
  return rows
}

export function findingsFromCsv(text) {
  const [header, ...rows] = parseCsv(text)
  const names = (header ?? []).map((name) => name.trim())
  return rows.map((cells) => {
    const record = Object.fromEntries(names.map((name, index) => [name, (cells[index] ?? '').trim()]))
    return {
      issue: record.issue,
      severity: record.severity,
      file: record.filename,
      location: record.location,
      sample: record.sample
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
  const output = join(dir, 'findings.csv')
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
    let csv
    try {
      csv = readFileSync(output, 'utf8')
    } catch {
      throw new Error(
        `electronegativity produced no report (exit ${result.status}): ${result.stderr || result.stdout}`
      )
    }
    return findingsFromCsv(csv)
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
