/** Decree 30/2020 gives sizes in millimetres; PDF speaks points. */
export const MM = 72 / 25.4
export const CM = 10 * MM

export const A4 = { width: 595.28, height: 841.89 }

/** Decree 30/2020, Appendix I: top 20–25, bottom 20–25, left 30–35, right 15–20 mm. */
export const MARGINS = { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM }
