import JSZip from 'jszip'

/** The parts of a .docx the tests read: the body XML and the core properties. */
export async function readDocx(
  bytes: Uint8Array
): Promise<{ document: string; core: string; styles: string; headers: string[] }> {
  const zip = await JSZip.loadAsync(bytes)
  const text = async (name: string): Promise<string> => (await zip.file(name)?.async('string')) ?? ''
  const headerNames = Object.keys(zip.files).filter((name) => /^word\/header\d+\.xml$/.test(name))
  return {
    document: await text('word/document.xml'),
    core: await text('docProps/core.xml'),
    styles: await text('word/styles.xml'),
    headers: await Promise.all(headerNames.map(text))
  }
}

/** The visible text of document.xml in order, paragraphs separated by newlines. */
export function documentText(xml: string): string {
  return xml
    .replace(
      /<w:p[ >][\s\S]*?<\/w:p>/g,
      (paragraph) =>
        [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)]
          .map((match) => (match[0] === '<w:br/>' ? '\n' : decodeXml(match[1] ?? '')))
          .join('') + '\n'
    )
    .replace(/<[^>]+>/g, '')
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
}
