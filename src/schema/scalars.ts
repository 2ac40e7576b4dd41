import { DateTimeISOResolver, JSONObjectResolver, JSONResolver } from 'graphql-scalars';

/** ISO 8601 date-times with milliseconds, always UTC: the form archive timestamps use. */
export const DateTimeScalar = DateTimeISOResolver;
export const JSONScalar = JSONResolver;
export const JSONObjectScalar = JSONObjectResolver;

/** GraphQL multipart request uploads (graphql-upload 17, ESM-only). */
export { default as UploadScalar } from 'graphql-upload/GraphQLUpload.mjs';
