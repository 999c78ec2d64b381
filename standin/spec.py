"""The Bot API's machine-readable spec, compiled once into fast validators.

Every call and every emitted object is checked against `api.min.json`: unknown parameters,
missing required ones and values of the wrong type (recursively, through arrays, objects and
abstract types) are rejected. Compilation happens once per spec file, so a request costs only
a few dictionary look-ups and `type()` checks per value.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from standin.files import UploadedFile

SPEC_ENV_VAR = "BOT_API_SPEC"
# Vendored with its licence notice and source (standin/data/README.md, LICENSE).
DEFAULT_SPEC_PATH = Path(__file__).resolve().parent / "data" / "api.min.json"

SCALAR_TYPES = frozenset({"Integer", "Float", "Boolean", "String", "InputFile"})
ARRAY_PREFIX = "Array of "

# Subtypes announce their fixed discriminator in prose: 'always "creator"' / 'must be chat'.
_DISCRIMINATOR_RE = re.compile(r'(?:always|must be) ["“]?([A-Za-z0-9_]+)["”]?')
_INTEGER_RE = re.compile(r"-?\d+")


class SpecError(Exception):
    """A value does not match the spec; `path` names the offending field."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f'field "{path}" {problem}' if path else problem)
        self.path = path
        self.problem = problem


Validator = Callable[[Any, str], None]


def resolve_spec_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit is not None:
        return Path(explicit)
    from_env = os.environ.get(SPEC_ENV_VAR)
    return Path(from_env) if from_env else DEFAULT_SPEC_PATH


def describe(value: object) -> str:
    """Name a value's JSON type, for error messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "Boolean"
    if isinstance(value, int):
        return "Integer"
    if isinstance(value, float):
        return "Float"
    if isinstance(value, str):
        return "String"
    if isinstance(value, list):
        return "Array"
    if isinstance(value, dict):
        return "Object"
    if isinstance(value, UploadedFile):
        return "InputFile"
    return type(value).__name__


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


@dataclass(frozen=True, slots=True)
class ParamSchema:
    name: str
    types: tuple[str, ...]
    required: bool
    validate: Validator
    coerce: Callable[[str, Mapping[str, UploadedFile]], Any]


@dataclass(frozen=True, slots=True)
class MethodSchema:
    name: str
    params: dict[str, ParamSchema]
    required: tuple[str, ...]
    returns: tuple[str, ...]

    @property
    def returns_only_boolean(self) -> bool:
        return self.returns == ("Boolean",)

    def parse(self, raw: Mapping[str, object], files: Mapping[str, UploadedFile]) -> dict[str, Any]:
        """Coerce form/JSON values by their spec type and validate them. Raises SpecError."""
        params: dict[str, Any] = {}
        for key, value in raw.items():
            schema = self.params.get(key)
            if schema is None:
                raise SpecError("", f'method {self.name} has no parameter "{key}"')
            if value is None:  # JSON null means "not given", as in Telegram
                continue
            if isinstance(value, str):
                value = schema.coerce(value, files)
            else:
                schema.validate(value, key)
            params[key] = value
        # PTB uploads a file without attach:// as a part named after the parameter itself.
        for key, upload in files.items():
            if key not in params and key in self.params:
                self.params[key].validate(upload, key)
                params[key] = upload
        for key in self.required:
            if key not in params:
                raise SpecError(key, "is required")
        return params


class Spec:
    """Compiled validators for every method and type of one spec file."""

    def __init__(self, raw: Mapping[str, Any]) -> None:
        self.version: str = str(raw.get("version", "unknown"))
        self._raw_types: dict[str, Any] = dict(raw["types"])
        self._expr_cache: dict[str, Validator] = {}
        self._skeletons: dict[str, dict[str, Any]] = {}
        self._validators: dict[str, Validator] = {}
        for name in self._raw_types:
            self._validators[name] = self._compile_named(name)
        self.methods: dict[str, MethodSchema] = {
            name: self._compile_method(name, body) for name, body in raw["methods"].items()
        }
        # Telegram matches method names case-insensitively.
        self._method_by_lower = {name.lower(): schema for name, schema in self.methods.items()}

    @classmethod
    def load(cls, path: str | os.PathLike[str] | None = None) -> Spec:
        return _load_cached(str(resolve_spec_path(path).resolve()))

    # -- public checks --------------------------------------------------------------------

    def method(self, name: str) -> MethodSchema | None:
        return self._method_by_lower.get(name.lower())

    def has_type(self, name: str) -> bool:
        return name in self._raw_types

    def type_fields(self, name: str) -> list[dict[str, Any]]:
        return list(self._raw_types[name].get("fields", []))

    def skeleton(self, type_name: str) -> dict[str, Any]:
        """The required fields of `type_name` with neutral values (False, 0, "", [] and nested
        skeletons), so builders stay valid when a spec update adds a required field."""
        cached = self._skeletons.get(type_name)
        if cached is None:
            cached = {}
            for field in self._raw_types[type_name].get("fields", []):
                if field["required"]:
                    neutral = self._neutral(field["types"][0])
                    if neutral is not _NO_MATCH:
                        cached[field["name"]] = neutral
            self._skeletons[type_name] = cached
        copy: dict[str, Any] = json.loads(json.dumps(cached))  # a deep copy to change freely
        return copy

    def _neutral(self, type_expr: str) -> Any:
        if type_expr.startswith(ARRAY_PREFIX):
            return []
        simple = {"Integer": 0, "Float": 0.0, "Boolean": False, "String": ""}
        if type_expr in simple:
            return simple[type_expr]
        body = self._raw_types.get(type_expr)
        if body is None or "subtypes" in body:
            return _NO_MATCH
        return self.skeleton(type_expr)

    def validate(self, type_expr: str, value: object, path: str = "") -> None:
        """Raise SpecError unless `value` is a valid `type_expr` (e.g. "Array of Update")."""
        self.validator(type_expr)(value, path)

    def validator(self, type_expr: str) -> Validator:
        return self._compile_expr(type_expr)

    # -- compilation ------------------------------------------------------------------------

    def _compile_method(self, name: str, body: Mapping[str, Any]) -> MethodSchema:
        params: dict[str, ParamSchema] = {}
        for field in body.get("fields", []):
            types = tuple(field["types"])
            params[field["name"]] = ParamSchema(
                name=field["name"],
                types=types,
                required=bool(field["required"]),
                validate=self.union_validator(types),
                coerce=self._compile_coercion(field["name"], types),
            )
        required = tuple(p.name for p in params.values() if p.required)
        return MethodSchema(name, params, required, tuple(body.get("returns", [])))

    def _compile_expr(self, type_expr: str) -> Validator:
        cached = self._expr_cache.get(type_expr)
        if cached is not None:
            return cached
        compiled: Validator
        if type_expr.startswith(ARRAY_PREFIX):
            compiled = _array_validator(self._compile_expr(type_expr[len(ARRAY_PREFIX) :]))
        elif type_expr in _SCALAR_VALIDATORS:
            compiled = _SCALAR_VALIDATORS[type_expr]
        elif type_expr in self._raw_types:
            # Late binding through the table keeps recursive types (Message.reply_to_message)
            # from recursing at compile time.
            validators = self._validators

            def validate_named(value: Any, path: str, _name: str = type_expr) -> None:
                validators[_name](value, path)

            compiled = validate_named
        else:
            raise ValueError(f"spec refers to unknown type {type_expr!r}")
        self._expr_cache[type_expr] = compiled
        return compiled

    def union_validator(self, types: tuple[str, ...]) -> Validator:
        if len(types) == 1:
            return self._compile_expr(types[0])
        alternatives = [self._compile_expr(t) for t in types]
        expected = " or ".join(types)

        def validate_union(value: Any, path: str) -> None:
            first_error: SpecError | None = None
            for alternative in alternatives:
                try:
                    alternative(value, path)
                    return
                except SpecError as error:
                    # Keep a nested error (deeper path) since it says more than "wrong type".
                    if first_error is None or (error.path != path and first_error.path == path):
                        first_error = error
            if first_error is not None and first_error.path != path:
                raise first_error
            raise SpecError(path, f"must be {expected}, got {describe(value)}")

        return validate_union

    def _compile_named(self, name: str) -> Validator:
        body = self._raw_types[name]
        if "subtypes" in body:
            return self._compile_abstract(name, list(body["subtypes"]))
        return self._compile_object(name, list(body.get("fields", [])))

    def _compile_object(self, name: str, fields: list[dict[str, Any]]) -> Validator:
        field_validators = {f["name"]: self.union_validator(tuple(f["types"])) for f in fields}
        required = tuple(f["name"] for f in fields if f["required"])

        def validate_object(value: Any, path: str) -> None:
            if type(value) is not dict:
                raise SpecError(path, f"must be {name} (an object), got {describe(value)}")
            for key in required:
                if value.get(key) is None:
                    raise SpecError(_join(path, key), f"is required in {name}")
            for key, item in value.items():
                check = field_validators.get(key)
                if check is None:
                    raise SpecError(_join(path, key), f"is not a field of {name}")
                if item is not None:
                    check(item, _join(path, key))

        return validate_object

    def _compile_abstract(self, name: str, subtypes: list[str]) -> Validator:
        """Abstract types (ChatMember, BotCommandScope, ...) pick a subtype by the fixed value
        of its first required field; subtypes without one are tried in turn."""
        by_value: dict[tuple[str, str], list[Validator]] = {}
        undiscriminated: list[Validator] = []
        discriminator_fields: dict[str, list[str]] = {}
        for subtype in subtypes:
            discriminator = self._discriminator(subtype)
            validator = self._compile_expr(subtype)
            if discriminator is None:
                undiscriminated.append(validator)
            else:
                field, fixed = discriminator
                by_value.setdefault(discriminator, []).append(validator)
                discriminator_fields.setdefault(field, []).append(fixed)

        def validate_abstract(value: Any, path: str) -> None:
            candidates: list[Validator] = []
            if type(value) is dict:
                for field in discriminator_fields:
                    fixed = value.get(field)
                    if isinstance(fixed, str):
                        candidates.extend(by_value.get((field, fixed), ()))
            if not candidates:
                candidates = undiscriminated
            if not candidates:
                choices = "; ".join(
                    f'"{field}" one of {", ".join(values)}'
                    for field, values in discriminator_fields.items()
                )
                if type(value) is not dict:
                    raise SpecError(path, f"must be {name} (an object), got {describe(value)}")
                raise SpecError(path, f"is not a valid {name}: needs {choices}")
            first_error: SpecError | None = None
            for candidate in candidates:
                try:
                    candidate(value, path)
                    return
                except SpecError as error:
                    first_error = first_error or error
            assert first_error is not None
            raise first_error

        return validate_abstract

    def _discriminator(self, subtype: str) -> tuple[str, str] | None:
        body = self._raw_types.get(subtype)
        if body is None:  # a type expression like "String" or "Array of RichText"
            return None
        for field in body.get("fields", []):
            if field["required"]:
                if field["types"] != ["String"]:
                    return None
                match = _DISCRIMINATOR_RE.search(field["description"])
                return (field["name"], match.group(1)) if match else None
        return None

    def _compile_coercion(
        self, name: str, types: tuple[str, ...]
    ) -> Callable[[str, Mapping[str, UploadedFile]], Any]:
        """Form values arrive as strings; turn one into the value its spec type asks for."""
        validate = self.union_validator(types)
        scalars = [t for t in types if t in SCALAR_TYPES]
        structured = len(scalars) < len(types)
        expected = " or ".join(types)
        # Bots resend the same keyboards and scopes; parsing and validating each distinct JSON
        # text once keeps a 100k-message run fast and its recorded calls small. The parsed
        # values are shared, so everything downstream treats them as read-only.
        parsed_before: dict[str, Any] = {}

        def coerce(text: str, files: Mapping[str, UploadedFile]) -> Any:
            for scalar in scalars:
                converted = _coerce_scalar(scalar, text, files)
                if converted is not _NO_MATCH:
                    return converted
            if structured:
                cached = parsed_before.get(text, _NO_MATCH)
                if cached is not _NO_MATCH:
                    return cached
                try:
                    value = json.loads(text)
                except ValueError:
                    raise SpecError(name, f"can't be parsed as JSON ({expected})") from None
                validate(value, name)
                if len(text) <= _CACHEABLE_JSON_CHARS:
                    if len(parsed_before) >= _JSON_CACHE_ENTRIES:
                        parsed_before.clear()
                    parsed_before[text] = value
                return value
            raise SpecError(name, f"must be {' or '.join(types)}, got {text!r}")

        return coerce


_NO_MATCH = object()
_CACHEABLE_JSON_CHARS = 4096
_JSON_CACHE_ENTRIES = 512


def _coerce_scalar(kind: str, text: str, files: Mapping[str, UploadedFile]) -> Any:
    if kind == "String":
        return text
    if kind == "Integer":
        return int(text) if _INTEGER_RE.fullmatch(text) else _NO_MATCH
    if kind == "Float":
        try:
            number = float(text)
        except ValueError:
            return _NO_MATCH
        return number if number == number and abs(number) != float("inf") else _NO_MATCH
    if kind == "Boolean":
        lowered = text.lower()
        if lowered in ("true", "1"):
            return True
        if lowered in ("false", "0"):
            return False
        return _NO_MATCH
    if kind == "InputFile" and text.startswith("attach://"):
        upload = files.get(text[len("attach://") :])
        if upload is None:
            raise SpecError("", f"file {text} is not among the uploaded parts")
        return upload
    return _NO_MATCH


def _check_integer(value: Any, path: str) -> None:
    if type(value) is not int:
        raise SpecError(path, f"must be Integer, got {describe(value)}")


def _check_float(value: Any, path: str) -> None:
    if type(value) is not float and type(value) is not int:
        raise SpecError(path, f"must be Float, got {describe(value)}")


def _check_boolean(value: Any, path: str) -> None:
    if type(value) is not bool:
        raise SpecError(path, f"must be Boolean, got {describe(value)}")


def _check_string(value: Any, path: str) -> None:
    if type(value) is not str:
        raise SpecError(path, f"must be String, got {describe(value)}")


def _check_input_file(value: Any, path: str) -> None:
    if not isinstance(value, UploadedFile):
        raise SpecError(path, f"must be an uploaded file (InputFile), got {describe(value)}")


_SCALAR_VALIDATORS: dict[str, Validator] = {
    "Integer": _check_integer,
    "Float": _check_float,
    "Boolean": _check_boolean,
    "String": _check_string,
    "InputFile": _check_input_file,
}


def _array_validator(item: Validator) -> Validator:
    def validate_array(value: Any, path: str) -> None:
        if type(value) is not list:
            raise SpecError(path, f"must be an Array, got {describe(value)}")
        for index, element in enumerate(value):
            item(element, f"{path}[{index}]")

    return validate_array


@lru_cache(maxsize=4)
def _load_cached(path: str) -> Spec:
    spec_file = Path(path)
    if not spec_file.is_file():
        raise FileNotFoundError(
            f"Bot API spec not found at {spec_file}; put api.min.json there, pass spec_path=, "
            f"or set {SPEC_ENV_VAR}"
        )
    return Spec(json.loads(spec_file.read_text(encoding="utf-8")))
