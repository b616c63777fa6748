export * from './openocd/index.js';
export { readImage, ImageError, type Image, type ImageFormat, type Segment } from './image/index.js';
export { ExitCode } from './exit-codes.js';
export { VERSION } from './version.js';
