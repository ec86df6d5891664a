"""The one exception type that reaches a user as a single line on standard error."""


class AiNoordError(Exception):
    """A problem the user can fix; its message says what to do, in one line."""
