/** Size limits shared by the request DTOs, so every free-text field has a documented ceiling. */
export const MAX_ID_LENGTH = 100;
export const MAX_NAME_LENGTH = 200;
export const MAX_DESCRIPTION_LENGTH = 2000;
export const MAX_NOTE_LENGTH = 10_000;
export const MAX_EMAIL_LENGTH = 254;
export const MAX_PHONE_LENGTH = 50;
export const MAX_LIST_SIZE = 50;

export const MAX_MILEAGE = 2_000_000;
export const MAX_MONEY = 100_000_000;
export const MIN_WARRANTY_MONTHS = 1;
export const MAX_WARRANTY_MONTHS = 240;
export const MIN_WARRANTY_MILES = 1;
export const MAX_WARRANTY_MILES = 1_000_000;
export const MIN_MODEL_YEAR = 1950;
export const MAX_MODEL_YEAR = 2100;
