// LangChain JS: the DALL-E wrapper and the image_generation tool.
import { DallEAPIWrapper, tools } from '@langchain/openai';

export const dalle = new DallEAPIWrapper({ n: 1, model: 'dall-e-3', size: '1024x1024' });
export const imageTool = tools.imageGeneration({ model: 'gpt-image-1', quality: 'high' });
