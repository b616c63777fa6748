import type { FileRecord } from '../report/model.js';
export declare function fileRecord(file: string, role: FileRecord['role'], relativeTo?: string): Promise<FileRecord>;
