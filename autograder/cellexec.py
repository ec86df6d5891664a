"""Run notebook cells inside the sandboxed child, with a verdict student code cannot rewrite.

A ``CellExecutor`` lives in the forked child of the warm runner. It executes each cell with its own
``try``/``except`` -- every function and class it needs is captured as a default argument or closure
before any student code runs -- and turns what the cell printed, displayed and returned into nbformat
outputs. The cell's verdict (``ok`` or ``error``) is that ``except`` clause, not IPython's
``showtraceback``, ``sys.excepthook``, the reply status or anything written to stderr.

What student code does to the interpreter is watched, not trusted:

* an audit hook (``sys.addaudithook`` cannot be undone) reports introspection that could reach the
  runner or rewrite code: ``sys._getframe``/frame, traceback and generator internals, ``gc``
  referrer walks, trace and profile hooks, ``ctypes``, code objects, further audit hooks;
* after every cell, builtins, ``sys`` hooks, the IPython shell and the test-helper modules are compared
  with a snapshot taken before the first cell;
* during test cells, a profile hook notices comparisons that call methods defined in the notebook
  (objects that claim to equal everything).

Each finding is sent to the grader at once as an ``event``; the grader flags the submission. This is
defence in depth on top of the operating-system sandbox (``sandbox.py``), not a replacement for it.
"""

from __future__ import annotations

import ast
import builtins
import io
import json
import linecache
import os
import sys
import sysconfig
import threading
import time
import traceback

CELL_PREFIX = "<cell "
WATCHED_EVENTS = frozenset({
    "sys._getframe", "sys._current_frames", "object.__getattr__", "gc.get_referrers", "gc.get_referents",
    "gc.get_objects", "sys.settrace", "sys.setprofile", "sys.addaudithook", "code.__new__",
    "ctypes.dlopen", "ctypes.dlsym", "ctypes.cdata", "ctypes.addressof", "ctypes.string_at",
    "ctypes.wstring_at", "ctypes.call_function", "object.__setattr__", "object.__delattr__",
    "socket.connect", "socket.bind", "socket.getaddrinfo",
})
DIRECT_ONLY = frozenset({"sys._getframe", "object.__getattr__", "object.__setattr__", "object.__delattr__"})
NETWORK_EVENTS = frozenset({"socket.connect", "socket.bind", "socket.getaddrinfo"})
COMPARISON_METHODS = frozenset({
    "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__bool__", "__len__", "__abs__",
    "__sub__", "__rsub__", "__float__", "__int__", "__index__", "__contains__", "__instancecheck__",
    "__subclasscheck__", "__round__", "__hash__", "__array__", "__array_ufunc__", "__array_function__",
})
PROTECTED_MODULES = ("builtins", "math", "cmath", "operator", "json", "numbers", "numpy", "numpy.testing",
                     "pandas", "pandas.testing", "unittest", "unittest.case", "autograder.practice",
                     "autograder.cellexec")
SYS_HOOKS = ("excepthook", "displayhook", "breakpointhook", "unraisablehook", "stdin")
STDLIB = (sysconfig.get_paths()["stdlib"], sysconfig.get_paths()["platstdlib"])


def cell_filename(index: int) -> str:
    return f"{CELL_PREFIX}{index}>"


class _Budget:
    """How many bytes of text and rich output this notebook may still produce."""

    def __init__(self, text: int, rich: int):
        self.text = text
        self.rich = rich
        self.truncated = False


class StreamCapture(io.TextIOBase):
    """``sys.stdout``/``sys.stderr`` for the child: appends nbformat ``stream`` outputs, within a budget."""

    def __init__(self, name: str, sink: list, budget: _Budget):
        super().__init__()
        self._name, self._sink, self._budget = name, sink, budget

    @property
    def encoding(self) -> str:
        return "utf-8"

    def writable(self) -> bool:
        return True

    def isatty(self) -> bool:
        return False

    def write(self, text) -> int:
        if not isinstance(text, str):
            raise TypeError(f"write() argument must be str, not {type(text).__name__}")
        size = len(text.encode("utf-8", "replace"))
        if size > self._budget.text:
            if not self._budget.truncated:
                self._budget.truncated = True
                self._append(text[: max(self._budget.text, 0)] + "\n... output truncated (limit reached) ...\n")
            self._budget.text = 0
            return len(text)
        self._budget.text -= size
        self._append(text)
        return len(text)

    def _append(self, text: str) -> None:
        sink = self._sink
        if sink and sink[-1].get("output_type") == "stream" and sink[-1].get("name") == self._name:
            sink[-1]["text"] += text
        else:
            sink.append({"output_type": "stream", "name": self._name, "text": text})

    def flush(self) -> None:
        return None


def _make_publisher(shell, sink: list, budget: _Budget):
    """An IPython display publisher that appends ``display_data`` outputs to ``sink``."""
    from IPython.core.displaypub import DisplayPublisher

    class CapturePublisher(DisplayPublisher):
        def publish(self, data, metadata=None, source=None, *, transient=None, update=False, **kwargs):
            output = {"output_type": "display_data", "data": _json_data(data), "metadata": _json_data(metadata or {})}
            size = len(json.dumps(output))
            if size > budget.rich:
                budget.truncated = True
                output = {"output_type": "display_data", "metadata": {},
                          "data": {"text/plain": "... display output left out (size limit reached) ..."}}
                budget.rich = 0
            else:
                budget.rich -= size
            sink.append(output)

        def clear_output(self, wait=False):
            del sink[:]

    return CapturePublisher(shell=shell)


def _json_data(data) -> dict:
    """Keep only JSON-safe mime data (IPython already base64-encodes images)."""
    out = {}
    for key, value in dict(data).items():
        if isinstance(value, (bytes, bytearray)):
            value = bytes(value).decode("ascii", "replace")
        try:
            json.dumps(value)
        except (TypeError, ValueError):
            value = str(value)
        out[str(key)] = value
    return out


def _snapshot(shell) -> list:
    """Identities of everything a test depends on, taken before the first student cell.

    Each entry is ``(label, owner, attribute, value)``: ``owner`` is a module or class whose ``__dict__``
    must still map ``attribute`` to that very object.
    """
    entries = []
    for name in PROTECTED_MODULES:
        module = sys.modules.get(name)
        if module is None:
            continue
        for attr, value in list(vars(module).items()):
            entries.append((f"{name}.{attr}", module, attr, value))
            if isinstance(value, type) and str(getattr(value, "__module__", "")).split(".")[0] in (
                    "pandas", "numpy", "unittest", "autograder", "builtins"):
                for key, item in list(vars(value).items()):
                    entries.append((f"{name}.{attr}.{key}", value, key, item))
    for hook in SYS_HOOKS:
        entries.append((f"sys.{hook}", sys, hook, getattr(sys, hook, None)))
    for cls in type(shell).__mro__:
        for key, item in list(vars(cls).items()):
            entries.append((f"{cls.__name__}.{key}", cls, key, item))
    for key in ("showtraceback", "showsyntaxerror", "run_cell", "run_code", "run_ast_nodes", "custom_exceptions",
                "CustomTB", "InteractiveTB", "display_formatter", "display_pub", "events", "transform_cell",
                "displayhook", "excepthook", "user_ns"):
        entries.append((f"shell.{key}", shell, key, getattr(shell, key, None)))
    for event, callbacks in shell.events.callbacks.items():
        entries.append((f"shell.events[{event}]", shell.events.callbacks, event, tuple(callbacks)))
    for name, fn in list(vars(CellExecutor).items()) + list(globals().items()):
        if hasattr(fn, "__code__"):
            entries.append((f"{getattr(fn, '__qualname__', name)}()", fn, None, _function_parts(fn)))
    return entries


def _function_parts(fn) -> tuple:
    closure = []
    for cell in fn.__closure__ or ():
        try:
            closure.append(cell.cell_contents)
        except ValueError:
            closure.append(None)
    return (fn.__code__, *tuple(fn.__defaults__ or ()), *tuple((fn.__kwdefaults__ or {}).values()), *closure)


def _compare(snapshot: list, shell) -> list[str]:
    """Labels of what changed since ``snapshot`` (additions are fine; changes and removals are not)."""
    changed = []
    missing = object()
    for label, owner, attr, value in snapshot:
        if attr is None:  # a function of this module: code, defaults and closure
            now = _function_parts(owner)
            same = len(now) == len(value) and all(a is b for a, b in zip(now, value))
        elif isinstance(owner, dict):  # shell event callbacks
            now = tuple(owner.get(attr, ()))
            same = len(now) == len(value) and all(a is b for a, b in zip(now, value))
        elif owner is shell:
            now = getattr(shell, attr, missing)
            same = now is value or (attr not in vars(shell) and _same_method(now, value))
        else:
            same = vars(owner).get(attr, missing) is value
        if not same:
            changed.append(label)
    return changed


def _same_method(a, b) -> bool:
    return getattr(a, "__func__", a) is getattr(b, "__func__", b) and getattr(a, "__self__", None) is \
        getattr(b, "__self__", None)


class CellExecutor:
    """Executes cells in this (sandboxed) process and reports each result through ``send``."""

    def __init__(self, shell, send, *, text_bytes: int, rich_bytes: int):
        self.shell = shell
        self.send = send
        self.budget = _Budget(text_bytes, rich_bytes)
        self.sink: list = []
        self.count = 0
        self.reported: set = set()

    # -- setup ------------------------------------------------------------------------------------

    def install(self) -> None:
        """Capture output, install the audit hook, and snapshot what the tests depend on."""
        shell = self.shell
        self.stdout = StreamCapture("stdout", self.sink, self.budget)
        self.stderr = StreamCapture("stderr", self.sink, self.budget)
        sys.stdout, sys.stderr = self.stdout, self.stderr
        sys.stdin = io.StringIO("")
        shell.display_pub = _make_publisher(shell, self.sink, self.budget)
        shell.builtin_trap.activate()
        shell.user_ns.setdefault("__name__", "__main__")
        self.ns = shell.user_ns
        self.transform = shell.transform_cell
        self.format = shell.display_formatter.format
        self.trigger = shell.events.trigger
        self.suspicious: list = []
        builtins.__build_class__ = self._watch_classes()
        self.snapshot = _snapshot(shell)
        sys.addaudithook(self._make_audit_hook())

    def _make_audit_hook(self):
        report = self.report
        getframe = sys._getframe
        watched, direct_only, network = WATCHED_EVENTS, DIRECT_ONLY, NETWORK_EVENTS
        stdlib, prefix = STDLIB, CELL_PREFIX
        busy = [False]

        def hook(event, args, getframe=getframe, busy=busy, str=str, isinstance=isinstance, type=type):
            if event not in watched or busy[0]:
                return
            busy[0] = True
            try:
                frame = getframe(1)
                filename = frame.f_code.co_filename
                if event in direct_only:
                    if event == "sys._getframe" and filename.endswith("inspect.py") and frame.f_back is not None:
                        filename = frame.f_back.f_code.co_filename
                    if not filename.startswith(prefix):
                        return
                    if event in ("object.__setattr__", "object.__delattr__"):
                        target = args[0] if args else None
                        module = getattr(target, "__module__", None) if not isinstance(target, type(sys)) \
                            else getattr(target, "__name__", None)
                        if module in ("__main__", None) or str(module).startswith("__main__"):
                            return
                else:
                    while frame is not None and frame.f_code.co_filename.startswith(stdlib):
                        frame = frame.f_back
                    if frame is None or not frame.f_code.co_filename.startswith(prefix):
                        return
                    filename = frame.f_code.co_filename
                kind = "network" if event in network else "tamper"
                report(kind, f"{event} called from {filename.strip('<>')}")
            except BaseException:
                pass
            finally:
                busy[0] = False

        return hook

    def report(self, kind: str, detail: str) -> None:
        """Send an integrity event to the grader now (once per distinct detail)."""
        key = (kind, detail)
        if key in self.reported:
            return
        self.reported.add(key)
        self.send({"type": "event", "kind": kind, "detail": f"{detail} (seen in cell {self.current})",
                   "cell": self.current})

    # -- running a cell ---------------------------------------------------------------------------

    current = -1

    def run_cell(self, index: int, source: str, is_test: bool, *, BaseException=BaseException,
                 SystemExit=SystemExit, KeyboardInterrupt=KeyboardInterrupt, perf_counter=time.perf_counter,
                 settrace=sys.settrace, setprofile=sys.setprofile, threading_settrace=threading.settrace,
                 parse=ast.parse, compile=compile, exec=exec, eval=eval, Expr=ast.Expr, Module=ast.Module,
                 Expression=ast.Expression, sys=sys) -> dict:
        """Execute one cell; return its status, outputs and timing. The verdict is the ``except`` below."""
        self.current = index
        del self.sink[:]
        sys.stdout, sys.stderr = self.stdout, self.stderr
        self.count += 1
        filename = cell_filename(index)
        ns = self.ns
        status, error, value, code = "ok", None, None, ""
        start = perf_counter()
        if is_test:
            self._check(index)
            settrace(None)
            threading_settrace(None)
            if self.suspicious or self._suspicious_namespace():
                setprofile(self._comparison_watch(index))
        try:
            try:
                code = source
                tree = parse(code, filename)
            except SyntaxError:  # magics and shell escapes: let IPython rewrite them
                code = self.transform(source)
                tree = parse(code, filename)
            last = tree.body.pop() if tree.body and isinstance(tree.body[-1], Expr) else None
            exec(compile(Module(tree.body, []), filename, "exec"), ns)
            if last is not None:
                value = eval(compile(Expression(last.value), filename, "eval"), ns)
        except BaseException as exc:  # noqa: B902 - the verdict: anything raised fails the cell
            status, error = "error", exc
        finally:
            if is_test:
                setprofile(None)
        seconds = perf_counter() - start
        if error is not None:
            if isinstance(error, SystemExit):
                self.report("tamper", f"the notebook called sys.exit() in cell {index}")
            self._append_error(error, source, filename)
            error = None
        elif value is not None and not code.rstrip().endswith(";"):
            self._append_result(value)
        self._after_cell(index, check=is_test)
        return {"type": "result", "cell": index, "status": status, "outputs": list(self.sink),
                "seconds": round(seconds, 4), "truncated": self.budget.truncated}

    def _watch_classes(self):
        """``builtins.__build_class__`` that notes classes from notebook cells defining comparison methods.

        Only then do test cells run under the (slow) profile hook that reports such methods being used.
        """
        original, suspicious, names, prefix = builtins.__build_class__, self.suspicious, COMPARISON_METHODS, CELL_PREFIX

        def build_class(func, name, *bases, **kwargs):
            cls = original(func, name, *bases, **kwargs)
            try:
                if func.__code__.co_filename.startswith(prefix) and not names.isdisjoint(vars(cls)):
                    suspicious.append(name)
            except BaseException:  # noqa: B902
                pass
            return cls

        return build_class

    def _suspicious_namespace(self) -> bool:
        """Whether the notebook's variables hold a class (or an instance of one) from ``__main__`` that compares."""
        for value in list(self.ns.values()):
            cls = value if isinstance(value, type) else type(value)
            try:
                if cls.__module__ == "__main__" and not COMPARISON_METHODS.isdisjoint(vars(cls)):
                    return True
            except BaseException:  # noqa: B902
                return True
        return False

    def _comparison_watch(self, index: int):
        report, names, prefix = self.report, COMPARISON_METHODS, CELL_PREFIX

        def profile(frame, event, arg):
            if event == "call":
                code = frame.f_code
                if code.co_name in names and code.co_filename.startswith(prefix):
                    report("tamper", f"a test in cell {index} used {code.co_name} defined in the notebook "
                                     f"({code.co_filename.strip('<>')})")
        return profile

    def _append_result(self, value) -> None:
        try:
            self.ns["_"] = value
            data, metadata = self.format(value)
            output = {"output_type": "execute_result", "execution_count": self.count,
                      "data": _json_data(data), "metadata": _json_data(metadata)}
        except BaseException as exc:  # noqa: B902 - a broken __repr__ is the student's error, not ours
            self._append_error(exc, "", "")
            return
        size = len(json.dumps(output))
        if size > self.budget.rich:
            output["data"] = {"text/plain": "... result left out (size limit reached) ..."}
            self.budget.truncated = True
        self.budget.rich = max(0, self.budget.rich - size)
        self.sink.append(output)

    def _append_error(self, exc, source: str, filename: str) -> None:
        ename = _safe(lambda: type(exc).__name__, "Exception")
        evalue = _safe(lambda: str(exc), "<exception could not be printed>")[:2000]
        if filename:
            linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
        try:
            tb = exc.__traceback__
            while tb is not None and tb.tb_frame.f_code.co_filename == __file__:
                tb = tb.tb_next
            lines = traceback.format_exception(type(exc), exc, tb, limit=30)
            lines = [line.rstrip("\n") for line in lines][-60:]
        except BaseException:  # noqa: B902
            lines = [f"{ename}: {evalue}"]
        finally:
            linecache.cache.pop(filename, None)
        self.sink.append({"output_type": "error", "ename": ename, "evalue": evalue, "traceback": lines})

    kill_strays = False

    def _end_processes(self) -> None:
        """End every process the cell started (we are PID 1 of the sandbox, or its own uid)."""
        try:
            os.kill(-1, 9)
        except OSError:
            pass
        try:
            while os.waitpid(-1, os.WNOHANG)[0] > 0:
                pass
        except OSError:
            pass

    def _check(self, index: int) -> None:
        """Report everything changed since the snapshot (the report names the cell it was seen in)."""
        try:
            for name in _compare(self.snapshot, self.shell):
                self.report("tamper", f"the notebook changed {name}")
        except BaseException as exc:  # noqa: B902
            self.report("tamper", f"integrity check failed at cell {index}: {type(exc).__name__}")

    def _after_cell(self, index: int, *, check: bool) -> None:
        sys.stdout, sys.stderr = self.stdout, self.stderr
        if self.kill_strays:
            self._end_processes()
        try:
            self.trigger("post_execute")  # the inline backend shows figures here
        except BaseException:  # noqa: B902
            pass
        if check:  # before a test cell (in run_cell) and after it: what a test could have relied on
            self._check(index)


def _safe(fn, default):
    try:
        value = fn()
        return value if isinstance(value, str) else default
    except BaseException:  # noqa: B902
        return default


def prepare(shell) -> "CellExecutor":
    """In the warm runner, once: an installed executor (private builtins, capture, audit hook, snapshot).

    Every child inherits it through ``fork``; ``serve`` gives it that child's socket and limits.
    """
    module = private_copy()
    executor = module.CellExecutor(shell, None, text_bytes=0, rich_bytes=0)
    executor.install()
    executor.serve = module.serve  # a plain function stored on the instance: call it with the executor
    return executor


def serve(executor: "CellExecutor", sock, *, text_bytes: int, rich_bytes: int, kill_strays: bool) -> None:
    """Answer ``cell`` messages on ``sock`` until ``done``; each reply carries the nonce of its request.

    Framing uses only C-level JSON encoding and this module's own builtins (see ``private_copy``), so a
    notebook that patches ``builtins`` or ``json`` cannot silence the report of that patch.
    """
    import struct

    header = struct.Struct(">I")
    encode = json.JSONEncoder(ensure_ascii=False, check_circular=False).iterencode
    decode = json.JSONDecoder().raw_decode
    lock = threading.Lock()
    sendall, recv = sock.sendall, sock.recv

    def send(message, lock=lock, encode=encode, sendall=sendall, pack=header.pack, join="".join):
        data = join(encode(message, True)).encode("utf-8", "replace")
        with lock:
            sendall(pack(len(data)) + data)

    buffer = [b""]

    def receive(buffer=buffer, unpack=header.unpack_from, size=header.size):
        while True:
            data = buffer[0]
            if len(data) >= size:
                (length,) = unpack(data)
                if len(data) >= size + length:
                    buffer[0] = data[size + length:]
                    return decode(data[size:size + length].decode("utf-8"))[0]
            chunk = recv(1 << 20)
            if not chunk:
                return None
            buffer[0] = data + chunk

    executor.send = send
    executor.kill_strays = kill_strays
    executor.budget.text, executor.budget.rich, executor.budget.truncated = text_bytes, rich_bytes, False
    del executor.sink[:]
    send({"type": "ready"})
    while True:
        message = receive()
        if not isinstance(message, dict) or message.get("type") != "cell":
            return
        result = executor.run_cell(message["cell"], message["source"], bool(message.get("test")))
        result["nonce"] = message["nonce"]
        send(result)
        message = None


def private_copy():
    """This module executed again with its own copy of ``builtins``: patching the real ones cannot reach it.

    (Since Python 3.10 a function keeps the builtins of the namespace it was created in.)
    """
    import types

    module = types.ModuleType(__name__)
    module.__dict__.update({"__file__": __file__, "__builtins__": dict(vars(builtins)), "_CODE": _CODE})
    exec(_CODE, module.__dict__)
    return module


if "_CODE" not in globals():
    with open(__file__, encoding="utf-8") as _source:
        _CODE = compile(_source.read(), __file__, "exec")
