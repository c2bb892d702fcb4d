// What the engine tests load into a page: the offline engine as the app bundles it, built
// apart (tests/helpers/offline-engine.ts), so the app bundle carries no test hooks.
export { openInterviewSession } from '../../client/src/offline/interview-session.ts';
export { DB_NAME } from '../../client/src/offline/db.ts';
export { wipeLocalData } from '../../client/src/local-data.ts';
