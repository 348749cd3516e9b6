// The package ships the server's schema so that an app can run graphql-codegen over it for its own
// operations. Its one source is the server's printed schema (npm run schema:print); this copies it in.
import { copyFileSync } from 'node:fs';

copyFileSync(new URL('../../../schema/schema.graphql', import.meta.url), new URL('../schema.graphql', import.meta.url));
