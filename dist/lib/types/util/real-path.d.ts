/**
 * The real path of `file`, also when it does not exist yet: the deepest
 * existing folder on the way is resolved and the rest appended, and a
 * dangling symbolic link is followed to where a write would go.
 */
export declare function realPath(file: string, depth?: number): string;
