// Stores what was generated. The model id here is a record, not a request.
interface Db {
  insert(row: Record<string, unknown>): Promise<void>;
}

export async function recordGeneration(db: Db, prompt: string) {
  await db.insert({ model: 'dall-e-3', prompt, createdAt: new Date() });
}
