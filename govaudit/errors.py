"""User-facing errors: one or two plain sentences, exit code 2, never a traceback."""


class UserError(Exception):
    """Bad input from the user (URL, rule file, output folder, archive).

    The message is shown as is; the CLI exits with code 2.
    """

    exit_code = 2
