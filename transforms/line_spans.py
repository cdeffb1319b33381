"""A name never runs across a line break that ends a line of its own: a list's lines ("Helmut Sonnenfeldt,
Counselor\\nArthur A. Hartman, Assistant Secretary"), a heading and the paragraph after it ("Jagat Mehta from
Kannampilly\\n\\nChinese Foreign Office handed over ...", "the Chairperson of the Committee of Ministers\\n\\n").

The model sometimes takes the words on either side of such a break for one name. A break inside a model's span
that is no line break of hard-wrapped prose (transforms/name_spans.wrapped_line_break: there "President
Ali\\nKhamenei" is one name), or a break after a title word (a list's line ends in its holder's title, however
long the line), parts it: the span keeps its first piece that does not end in a title ("Counselor", "Legal
Counselor" before "Arthur A. Hartman"); spaces at its edges are no part of it.
"""
from __future__ import annotations

from spacy.tokens import Doc

from transforms.name_spans import _is_title_token, wrapped_line_break


def _breaks(doc: Doc, t: int) -> bool:
    """Does token `t` end a line of its own: a break of no wrapped prose, or after a title closing a list's line?"""
    return ("\n" in doc[t].text or doc[t].is_space) and (
        not wrapped_line_break(doc, t) or t > 0 and _is_title_token(doc[t - 1].text))


def one_line(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The span (start, end) cut to the piece of it on one line (see the module); unchanged when no
    break parts it."""
    pieces, s = [], start
    for t in range(start, end):
        if _breaks(doc, t):
            if s < t:
                pieces.append((s, t))
            s = t + 1
    if s < end:
        pieces.append((s, end))
    if len(pieces) == 1 and pieces[0] == (start, end) or not pieces:
        return start, end
    for s, e in pieces:
        words = [t for t in range(s, e) if doc[t].text not in (",", ".")]
        if words and not _is_title_token(doc[words[-1]].text):
            return s, e
    return pieces[0]
