// The date pickers and their stylesheet, together: only the forms use them, so the stylesheet
// (36 kB) arrives with the forms' chunk instead of being parsed on every page's first load.
import '@mantine/dates/styles.css';

export { DateInput, DatePickerInput } from '@mantine/dates';
