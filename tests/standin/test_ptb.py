"""PTB's own requests are accepted: telegram.Bot and a polling Application."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator

import pytest
import telegram
from telegram import (
    BotCommand,
    BotCommandScopeAllGroupChats,
    BotCommandScopeChat,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Update,
)
from telegram.error import BadRequest, ChatMigrated, Forbidden, RetryAfter
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, ContextTypes

from standin import BotApiStandIn, faults
from tests.standin.conftest import png_bytes, started_user


@pytest.fixture
async def bot(stand_in: BotApiStandIn) -> AsyncIterator[telegram.Bot]:
    async with telegram.Bot(stand_in.token, base_url=stand_in.base_url) as ptb_bot:
        yield ptb_bot


async def test_keyboard_edit_and_callback(stand_in: BotApiStandIn, bot: telegram.Bot) -> None:
    alice = started_user(stand_in)
    keyboard = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton("Calf", callback_data="where:calf"),
                InlineKeyboardButton("Guide", url="https://example.com/cramps"),
            ]
        ]
    )
    sent = await bot.send_message(
        alice.id, "<b>Where</b> does it hurt?", parse_mode="HTML", reply_markup=keyboard
    )
    assert sent.text == "Where does it hurt?" and sent.reply_markup == keyboard
    query = stand_in.press_button(alice, await stand_in.next_message(alice), "where:calf")
    [update] = [u for u in await bot.get_updates(offset=-1) if u.callback_query is not None]
    assert update.callback_query is not None and update.callback_query.data == "where:calf"
    assert await bot.answer_callback_query(query["id"], text="Calf noted") is True
    with pytest.raises(BadRequest, match="Query is too old"):
        await bot.answer_callback_query(query["id"])
    edited = await bot.edit_message_text(
        "Calf: stretch it", chat_id=alice.id, message_id=sent.message_id
    )
    assert isinstance(edited, telegram.Message) and edited.reply_markup is None
    with pytest.raises(BadRequest, match="Message is not modified"):
        await bot.edit_message_text(
            "Calf: stretch it", chat_id=alice.id, message_id=sent.message_id
        )
    await bot.edit_message_reply_markup(alice.id, sent.message_id, reply_markup=keyboard)
    assert stand_in.bot_messages(alice)[0]["reply_markup"] == keyboard.to_dict()


async def test_commands_with_scopes(stand_in: BotApiStandIn, bot: telegram.Bot) -> None:
    alice = started_user(stand_in)
    await bot.set_my_commands([BotCommand("start", "Begin"), BotCommand("sos", "Cramp now")])
    await bot.set_my_commands(
        [BotCommand("setup", "Group setup")], scope=BotCommandScopeAllGroupChats()
    )
    await bot.set_my_commands(
        [BotCommand("start", "Los")], scope=BotCommandScopeChat(alice.id), language_code="de"
    )
    assert [c.command for c in await bot.get_my_commands()] == ["start", "sos"]
    group_commands = await bot.get_my_commands(scope=BotCommandScopeAllGroupChats())
    assert [c.command for c in group_commands] == ["setup"]
    german = await bot.get_my_commands(scope=BotCommandScopeChat(alice.id), language_code="de")
    assert [c.description for c in german] == ["Los"]
    await bot.delete_my_commands(scope=BotCommandScopeAllGroupChats())
    assert await bot.get_my_commands(scope=BotCommandScopeAllGroupChats()) == ()
    with pytest.raises(BadRequest, match=r"(?i)bot_command_invalid"):
        await bot.set_my_commands([BotCommand("Bad-Name", "x")])


async def test_photo_and_document_uploads(stand_in: BotApiStandIn, bot: telegram.Bot) -> None:
    alice = started_user(stand_in)
    image = png_bytes(1024, 768)
    photo_message = await bot.send_photo(alice.id, photo=image, caption="Stretch like this")
    assert photo_message.caption == "Stretch like this"
    largest = photo_message.photo[-1]
    assert (largest.width, largest.height) == (1024, 768)
    stored = stand_in.file(largest.file_id)
    assert stored is not None and stored.data.startswith(b"\x89PNG") and stored.data == image
    again = await bot.send_photo(alice.id, photo=largest.file_id)
    assert again.photo[-1].width == 1024
    document = await bot.send_document(
        alice.id, document=io.BytesIO(b"week plan"), filename="plan.txt", caption="Your plan"
    )
    assert document.document is not None and document.document.file_name == "plan.txt"
    assert document.document.mime_type == "text/plain"
    assert [f.data for f in stand_in.uploaded_files() if f.kind == "document"] == [b"week plan"]
    with pytest.raises(BadRequest, match=r"(?i)image_process_failed"):
        await bot.send_photo(alice.id, photo=b"GIF? no")


# PTB 22 warns about its own RetryAfter.retry_after type change when it builds the error.
@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
async def test_ptb_exceptions_for_telegram_refusals(
    stand_in: BotApiStandIn, bot: telegram.Bot
) -> None:
    alice = started_user(stand_in)
    stand_in.block_bot(alice)
    with pytest.raises(Forbidden, match="bot was blocked by the user"):
        await bot.send_message(alice.id, "hi")
    stand_in.unblock_bot(alice)
    stand_in.inject("sendMessage", fault=faults.too_many_requests(3))
    with pytest.raises(RetryAfter, match="Retry in 3"):
        await bot.send_message(alice.id, "hi")
    group = stand_in.add_group("G", admins=[alice], bot_status="member")
    supergroup = stand_in.migrate_group(group)
    with pytest.raises(ChatMigrated) as migrated:
        await bot.send_message(group.id, "hi")
    assert migrated.value.new_chat_id == supergroup.id
    with pytest.raises(BadRequest, match="Chat not found"):
        await bot.send_message(111, "hi")
    chat = await bot.get_chat(alice.id)
    assert chat.first_name == "Alice"
    member = await bot.get_chat_member(supergroup.id, alice.id)
    assert member.status == "creator"


async def test_a_polling_application_talks_to_the_stand_in(stand_in: BotApiStandIn) -> None:
    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None
        payload = " ".join(context.args or []) or "none"
        await update.effective_message.reply_text(
            f"Welcome (from {payload})",
            reply_markup=InlineKeyboardMarkup([[InlineKeyboardButton("OK", callback_data="ok")]]),
        )

    async def pressed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.callback_query is not None
        await update.callback_query.answer("Got it")
        await update.callback_query.edit_message_text("Confirmed")

    application = Application.builder().token(stand_in.token).base_url(stand_in.base_url).build()
    application.add_handler(CommandHandler("start", start))
    application.add_handler(CallbackQueryHandler(pressed))
    async with application:
        await application.start()
        assert application.updater is not None
        await application.updater.start_polling(poll_interval=0, timeout=5)
        try:
            alice = stand_in.add_user("Alice")
            stand_in.open_deep_link(alice, "night-cramps")
            welcome = await stand_in.next_message(alice)
            assert welcome["text"] == "Welcome (from night-cramps)"
            # Typed by hand, any text goes, and CommandHandler sees it as args.
            stand_in.user_sends(alice, stand_in.private_chat(alice), "/start please help me")
            typed = await stand_in.next_message(alice)
            assert typed["text"] == "Welcome (from please help me)"
            stand_in.press_button(alice, welcome, "ok")
            await stand_in.wait_for(lambda call: call.method == "editMessageText" and call.ok)
            assert stand_in.bot_messages(alice)[0]["text"] == "Confirmed"
            assert [a.text for a in stand_in.callback_answers] == ["Got it"]
        finally:
            await application.updater.stop()
            await application.stop()
    assert stand_in.pending_updates() == 0
    assert all(record.ok for record in stand_in.calls), [
        (r.method, r.description) for r in stand_in.calls if not r.ok
    ]
