// One place for the limits of a need's texts: the services check them (cleanText: control
// characters stripped, trimmed, counted in characters) and refuse with a reason key and the field.
export const NEED_TITLE_MAX = 60;
export const NEED_CONTENT_MAX = 2000;
/** a person's name given by staff (on behalf of someone, support for someone) */
export const PERSON_NAME_MAX = 40;
export const ADDRESS_MAX = 100;
export const REJECT_REASON_MAX = 500;
