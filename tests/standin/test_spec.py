"""The compiled spec: coercion of form values and recursive validation."""

from __future__ import annotations

import json

import pytest

from standin import Spec, UploadedFile
from standin.spec import SpecError


def parse(spec: Spec, method: str, **raw: object) -> dict[str, object]:
    schema = spec.method(method)
    assert schema is not None
    return schema.parse(raw, {})


def test_every_method_and_type_compiles(spec: Spec) -> None:
    assert len(spec.methods) > 100
    for name in ("Update", "Message", "ChatMember", "BotCommandScope", "InlineKeyboardMarkup"):
        spec.validator(name)


def test_method_names_are_case_insensitive(spec: Spec) -> None:
    schema = spec.method("SENDMESSAGE")
    assert schema is not None and schema.name == "sendMessage"


def test_form_strings_are_coerced_by_spec_type(spec: Spec) -> None:
    markup = {"inline_keyboard": [[{"text": "Go", "callback_data": "go"}]]}
    params = parse(
        spec,
        "sendMessage",
        chat_id="-100123",
        text="123",
        disable_notification="true",
        reply_markup=json.dumps(markup),
    )
    assert params == {
        "chat_id": -100123,
        "text": "123",  # a String stays a string even when it looks like a number
        "disable_notification": True,
        "reply_markup": markup,
    }
    assert parse(spec, "sendMessage", chat_id="@channel", text="x")["chat_id"] == "@channel"


def test_json_values_are_validated_as_given(spec: Spec) -> None:
    params = parse(spec, "sendMessage", chat_id=5, text="hi", protect_content=False)
    assert params == {"chat_id": 5, "text": "hi", "protect_content": False}
    with pytest.raises(SpecError, match='"text" must be String, got Integer'):
        parse(spec, "sendMessage", chat_id=5, text=5)
    with pytest.raises(SpecError, match='"chat_id" must be Integer or String, got Boolean'):
        parse(spec, "sendMessage", chat_id=True, text="x")


def test_missing_unknown_and_wrong_fields_are_named(spec: Spec) -> None:
    with pytest.raises(SpecError) as missing:
        parse(spec, "sendMessage", chat_id="1")
    assert missing.value.path == "text" and missing.value.problem == "is required"
    with pytest.raises(SpecError, match='method sendMessage has no parameter "colour"'):
        parse(spec, "sendMessage", chat_id="1", text="x", colour="red")
    with pytest.raises(SpecError, match='"disable_notification" must be Boolean'):
        parse(spec, "sendMessage", chat_id="1", text="x", disable_notification="maybe")
    with pytest.raises(SpecError, match="can't be parsed as JSON"):
        parse(spec, "sendMessage", chat_id="1", text="x", reply_markup="{nope")


def test_nested_errors_carry_their_path(spec: Spec) -> None:
    bad_button = {"inline_keyboard": [[{"text": "Go", "callback_data": 7}]]}
    with pytest.raises(SpecError) as error:
        parse(spec, "sendMessage", chat_id="1", text="x", reply_markup=json.dumps(bad_button))
    assert error.value.path == "reply_markup.inline_keyboard[0][0].callback_data"
    unknown = {"inline_keyboard": [[{"text": "Go", "callback_data": "a", "colour": "red"}]]}
    with pytest.raises(SpecError, match=r"colour.*is not a field of InlineKeyboardButton"):
        parse(spec, "sendMessage", chat_id="1", text="x", reply_markup=json.dumps(unknown))


def test_abstract_types_pick_the_subtype_by_its_fixed_field(spec: Spec) -> None:
    spec.validate("BotCommandScope", {"type": "chat", "chat_id": 5})
    spec.validate("BotCommandScope", {"type": "default"})
    with pytest.raises(SpecError, match=r"chat_id.*is required in BotCommandScopeChat"):
        spec.validate("BotCommandScope", {"type": "chat"})
    with pytest.raises(SpecError, match='needs "type" one of default'):
        spec.validate("BotCommandScope", {"type": "everywhere"})
    member = {"status": "left", "user": {"id": 1, "is_bot": False, "first_name": "A"}}
    spec.validate("ChatMember", member)
    with pytest.raises(SpecError, match="until_date"):
        spec.validate("ChatMember", {**member, "status": "kicked"})


def test_undiscriminated_subtypes_are_tried_in_turn(spec: Spec) -> None:
    inaccessible = {"chat": {"id": 1, "type": "private"}, "message_id": 3, "date": 0}
    spec.validate("MaybeInaccessibleMessage", inaccessible)
    with pytest.raises(SpecError):
        spec.validate("MaybeInaccessibleMessage", {"message_id": 3})


def test_input_files_come_from_parts_or_attach_uris(spec: Spec) -> None:
    schema = spec.method("sendPhoto")
    assert schema is not None
    upload = UploadedFile("photo", "a.png", "image/png", b"...")
    assert schema.parse({"chat_id": "1"}, {"photo": upload})["photo"] is upload
    attached = UploadedFile("attachedx", "a.png", "image/png", b"...")
    params = schema.parse({"chat_id": "1", "photo": "attach://attachedx"}, {"attachedx": attached})
    assert params["photo"] is attached
    assert schema.parse({"chat_id": "1", "photo": "AgAC-file-id"}, {})["photo"] == "AgAC-file-id"
    with pytest.raises(SpecError, match="attach://missing is not among the uploaded parts"):
        schema.parse({"chat_id": "1", "photo": "attach://missing"}, {})


def test_skeletons_hold_every_required_field(spec: Spec) -> None:
    for type_name in ("ChatFullInfo", "ChatMemberAdministrator", "ChatMemberRestricted"):
        skeleton = spec.skeleton(type_name)
        required = [f["name"] for f in spec.type_fields(type_name) if f["required"]]
        missing = [name for name in required if name not in skeleton]
        assert set(missing) <= {"user", "chat"}, missing
