"""A criterion's plain-language template compiled to a function of its figures.

``str.format_map`` parses the template again at every call; the engine formats about eight reasons a
person, and parsing was three quarters of each (0.64 µs against 0.14 µs for an f-string of the same
text). The template is parsed once here, at load time, into one f-string expression. The expression
holds only generated names: the literal text, field names, conversions and format specs of the
template reach it through the function's namespace, so no text from a pack file ever becomes code.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Mapping
from typing import Any

Formatter = Callable[[Mapping[str, Any]], str]

_CONVERSIONS = {None: "", "s": "!s", "r": "!r", "a": "!a"}


def compile_template(template: str) -> Formatter:
    """``compile_template(t)(fields) == t.format_map(fields)`` for the plain ``{name}`` fields packs use.

    Raises ValueError for a malformed template, as ``format_map`` would.
    """
    namespace: dict[str, Any] = {}
    pieces: list[str] = []
    for n, (literal, name, spec, conversion) in enumerate(string.Formatter().parse(template)):
        if literal:
            namespace[f"L{n}"] = literal
            pieces.append(f"{{L{n}}}")
        if name is None:
            continue
        if not name.isidentifier() or conversion not in _CONVERSIONS or (spec and "{" in spec):
            # Indexing, attributes or nested fields: the loader never lets these through, but if one
            # arrives, format_map keeps the exact meaning.
            return template.format_map
        namespace[f"F{n}"] = name
        field = f"d[F{n}]{_CONVERSIONS[conversion]}"
        if spec:
            namespace[f"S{n}"] = spec
            field += f":{{S{n}}}"
        pieces.append("{" + field + "}")
    source = 'def formatter(d):\n    return f"' + "".join(pieces) + '"\n'
    exec(compile(source, "<template>", "exec"), namespace)  # noqa: S102 - generated names only, see above
    return namespace["formatter"]
