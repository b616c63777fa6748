export default function boards(argv: string[]): Promise<number>;
