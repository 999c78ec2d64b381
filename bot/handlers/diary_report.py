"""/report: the diary of a period as a PDF for the doctor and a CSV of its entries, both
sent as documents. 4 weeks by default, or `/report since 2026-11-01`, `/report 8 weeks`."""

from __future__ import annotations

from telegram import Update

from bot.private_chat import private_only
from bot.replies import reply
from bot.services import Context, services
from diary import actions, wording
from diary.parsing import read_report_start

REPORT_PAYLOAD = "report"


@private_only(REPORT_PAYLOAD, wording.LOG_PRIVATE_ONLY, wording.BUTTON_OPEN_PRIVATE)
async def report_command(update: Update, context: Context) -> None:
    # fpdf2 takes a third of a second to import: only /report needs it, so the bot
    # starts without it.
    from diary.report import entries_csv, report_pdf

    user, message = update.effective_user, update.effective_message
    assert user is not None and message is not None
    svc = services(context)
    zone = await actions.person_zone(svc.db, user.id)
    today = actions.today_of(zone, svc.clock())
    first = read_report_start(list(context.args or []), today)
    if first is None:
        await reply(update, wording.REPORT_USAGE)
        return
    period = await actions.period(svc.db, user.id, first, today)
    shown = {"first": wording.date_text(first), "last": wording.date_text(today)}
    if not period.cramps:
        await reply(update, wording.REPORT_EMPTY.format(**shown))
        return
    pdf = report_pdf(period, svc.content.diary, today)
    await message.reply_document(
        pdf, filename=wording.PDF_FILENAME, caption=wording.REPORT_CAPTION_PDF.format(**shown)
    )
    await message.reply_document(
        entries_csv(period), filename=wording.CSV_FILENAME, caption=wording.REPORT_CAPTION_CSV
    )
