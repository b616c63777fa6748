import type { Image } from '../image/index.js';
import type { FileRecord } from '../report/model.js';
export declare function fileRecord(file: string, role: FileRecord['role'], relativeTo?: string): Promise<FileRecord>;
/** An image's record from its snapshot: the bytes that were planned and programmed. */
export declare function imageRecord(file: string, image: Image): FileRecord;
