/** Channels of this domain are declared here (filled by the issue that builds the domain). */
export const importExportChannels = {} as const
