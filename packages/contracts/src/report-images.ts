import { z } from 'zod';

/**
 * The key images of an imaging report, as the apps see them: a count and captions. Never DICOM UIDs or PACS
 * addresses; image n is fetched from GET /reports/:id/images/:n (or /clinical/reports/:id/images/:n), a PNG.
 */
export const reportImageSchema = z.object({
  n: z.number().int().min(0),
  caption: z.string(),
  modality: z.string().nullable(),
});
export const reportImageListSchema = z.object({ count: z.number().int().min(0), items: z.array(reportImageSchema) });
export type ReportImage = z.infer<typeof reportImageSchema>;
export type ReportImageList = z.infer<typeof reportImageListSchema>;
