// zod compiles object schemas with new Function() unless told not to, and decides so when a
// schema is created. The page's Content-Security-Policy forbids eval (rightly), so this runs
// before any schema module of the designer is evaluated: import it first.
import { config } from 'zod';

config({ jitless: true });
