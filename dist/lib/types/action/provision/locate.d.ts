export declare function findOpenOcdOnPath(pathVar?: string): Promise<string>;
export declare function requireExecutable(path: string): Promise<string>;
