"""Beam reads the same methods' signatures thousands of times: a memo of what it reads, in the job's process.

Beam asks `userstate.get_dofn_specs` about every DoFn several times while it builds, translates and runs
the graph (846 calls for the ~107 DoFns of the job), and each call reads the signature of every method the
DoFn has (`core.get_function_args_defaults`: ~24,000 `inspect.signature` calls, ~0.35 CPU s of a run).
They are mostly the same few hundred functions (DoFn's own methods, shared by every DoFn).

    from pipeline.beam_signatures import remember_signatures
    remember_signatures()      # once, before the graph is built; calling it again changes nothing

After it, `get_function_args_defaults` answers a plain function or a method of one from memory when it has
read a function of the same code before with the same defaults and keyword defaults (the
same objects: all its argument names and defaults are read from them); each caller gets lists of its own.
A function whose signature can come from elsewhere (`__wrapped__`, `__signature__`, a partial method) and
any other callable is read as before, every time.
"""
from __future__ import annotations

import types

from apache_beam.transforms import core

_READ_AS = frozenset({"__wrapped__", "__signature__", "_partialmethod"})   # set on a function: read there
# (code, bound) -> (defaults, keyword defaults, args, defaults read): by the code object, which every function
# made from one `def` or lambda shares (a lambda made afresh for each graph adds no entry)
_memo: dict = {}


def args_defaults(f, read=None):
    """`core.get_function_args_defaults(f)` (or `read(f)`), remembered per plain function (see the module)."""
    bound = type(f) is types.MethodType
    func = f.__func__ if bound else f
    if type(func) is not types.FunctionType or (func.__dict__ and not _READ_AS.isdisjoint(func.__dict__)):
        return (read or _ORIGINAL)(f)
    code, given, keyword = func.__code__, func.__defaults__, func.__kwdefaults__
    entry = _memo.get((code, bound))
    if entry is None or entry[0] is not given or entry[1] is not keyword:
        args, defaults = (read or _ORIGINAL)(f)
        entry = _memo[(code, bound)] = (given, keyword, tuple(args), tuple(defaults))
    return list(entry[2]), list(entry[3])


_ORIGINAL = core.get_function_args_defaults


def remember_signatures() -> None:
    """Let Beam's `get_function_args_defaults` answer from the memo (in this process)."""
    core.get_function_args_defaults = args_defaults
