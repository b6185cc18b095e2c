/** `new` or `promote` refused what it was asked (a SIG that is not one, a move the lifecycle forbids): nothing was written. */
export class AuthorError extends Error {}
