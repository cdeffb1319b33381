"""Beam reads the same methods' signatures thousands of times: a memo of what it reads, in the job's process.

Beam asks `userstate.get_dofn_specs` about every DoFn several times while it builds, translates and runs
the graph (846 calls for the ~107 DoFns of the job), and each call reads the signature of every method the
DoFn has (`core.get_function_args_defaults`: ~24,000 `inspect.signature` calls, ~0.35 CPU s of a run).
They are mostly the same few hundred functions (DoFn's own methods, shared by every DoFn).

    from pipeline.beam_signatures import remember_signatures
    remember_signatures()      # once, before the graph is built; calling it again changes nothing

After it, `get_function_args_defaults` answers a plain function or a method of one from memory when it has
read that function before and the function still has the same code, defaults and keyword defaults (the
same objects: all its argument names and defaults are read from them); each caller gets lists of its own.
A function whose signature can come from elsewhere (`__wrapped__`, `__signature__`, a partial method) and
any other callable is read as before, every time.
"""
from __future__ import annotations

import types
import weakref

from apache_beam.transforms import core

_READ_AS = ("__wrapped__", "__signature__", "_partialmethod")   # set on a function: its signature is read there
_memo: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()   # function -> (stamp, args, defaults)


def _plain_function(f):
    """(the function, whether `f` is it bound to an object), or (None, False) for anything else."""
    bound = isinstance(f, types.MethodType)
    func = f.__func__ if bound else f
    if type(func) is not types.FunctionType or any(name in func.__dict__ for name in _READ_AS):
        return None, False
    return func, bound


def args_defaults(f, read=None):
    """`core.get_function_args_defaults(f)` (or `read(f)`), remembered per plain function (see the module)."""
    read = read or _ORIGINAL
    func, bound = _plain_function(f)
    if func is None:
        return read(f)
    stamp = (func.__code__, func.__defaults__, func.__kwdefaults__)
    known = _memo.get(func)
    entry = known.get(bound) if known else None
    if entry is None or any(a is not b for a, b in zip(entry[0], stamp)):
        args, defaults = read(f)
        entry = (stamp, tuple(args), tuple(defaults))
        _memo.setdefault(func, {})[bound] = entry
    return list(entry[1]), list(entry[2])


_ORIGINAL = core.get_function_args_defaults


def remember_signatures() -> None:
    """Let Beam's `get_function_args_defaults` answer from the memo (in this process)."""
    core.get_function_args_defaults = args_defaults
