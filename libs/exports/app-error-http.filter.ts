/** Moved to libs/common (photos use it too); kept here for the exports and audit imports. */
export { AppErrorHttpFilter } from '@app/common/app-error-http.filter';
