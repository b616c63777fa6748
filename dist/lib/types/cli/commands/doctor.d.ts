export default function doctor(argv: string[]): Promise<number>;
