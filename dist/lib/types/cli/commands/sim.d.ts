export default function sim(argv: string[]): Promise<number>;
