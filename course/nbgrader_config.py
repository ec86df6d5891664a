# nbgrader configuration for an AI Noord course folder.
#
# `ai-noord build` fills source/ from modules/ and copies this file into any other course folder it builds
# (`--course DIR`). source/, release/, submitted/, autograded/, feedback/ and gradebook.db are generated.
import os

c = get_config()  # noqa: F821 (provided by traitlets when nbgrader loads this file)

c.CourseDirectory.root = os.path.dirname(os.path.abspath(__file__))
c.CourseDirectory.course_id = "ai-noord"

# Graded notebooks read their data next to the notebook: copy everything in source/<assignment>/.
c.CourseDirectory.max_file_size = 2000  # kB; the course's datasets stay under 1 MB each

# Plain nbgrader's limits (ai-noord grade sets its own, stricter ones).
c.Execute.timeout = 30
c.LimitOutput.max_lines = 1000
c.LimitOutput.max_traceback = 100
