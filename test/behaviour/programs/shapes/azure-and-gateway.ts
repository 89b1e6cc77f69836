// Azure OpenAI (a deployment name) and a gateway client.
import OpenAI, { AzureOpenAI } from 'openai';

const azure = new AzureOpenAI({ endpoint: 'https://contoso.openai.azure.com', apiVersion: '2025-04-01-preview', deployment: 'images' });
const gateway = new OpenAI({ baseURL: 'https://api.apiyi.com/v1', apiKey: process.env.APIYI_KEY });

export const onAzure = (prompt: string) => azure.images.generate({ model: 'my-dalle3-deployment', prompt });
export const onGateway = (prompt: string) => gateway.images.generate({ model: 'gpt-image-1', prompt });
