// got and ky posting JSON.
import got from 'got';
import ky from 'ky';

export const viaGot = (prompt) => got.post('https://api.openai.com/v1/images/generations', { json: { model: 'dall-e-3', prompt, style: 'natural' } }).json();
export const viaKy = (prompt) => ky.post('https://api.openai.com/v1/images/generations', { json: { model: 'chatgpt-image-latest', prompt } }).json();
