import { type Image, type ImageFormat } from './types.js';
export { ImageError, type Image, type ImageFormat, type Segment } from './types.js';
/** The image format from an explicit choice or the file's extension. */
export declare function imageFormat(file: string, format?: ImageFormat): ImageFormat | undefined;
export declare function readImage(file: string, options?: {
    format?: ImageFormat;
    address?: number;
}): Promise<Image>;
