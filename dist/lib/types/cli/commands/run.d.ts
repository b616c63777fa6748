export default function run(argv: string[]): Promise<number>;
