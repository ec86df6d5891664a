"""AI Noord: build, grade and report on an nbgrader-based AI-literacy course.

The public surface is small: the ``ai-noord`` command (``autograder.cli``) and the functions it calls,
plus ``autograder.practice`` for the instant-feedback exercises in the lesson notebooks.
"""

__version__ = "0.1.0"
