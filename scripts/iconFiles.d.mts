export declare const ICO_SIZES: number[]
export declare const ICNS_TYPES: [string, number][]
export declare function buildIco(images: { size: number; png: Buffer }[]): Buffer
export declare function buildIcns(elements: { type: string; png: Buffer }[]): Buffer
export declare function readIcoDirectory(ico: Buffer): {
  type: number
  entries: { width: number; png: Buffer }[]
}
export declare function pngSize(png: Buffer): { width: number; height: number }
