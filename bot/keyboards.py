"""Inline keyboards. Every callback_data is signed for the chat it is sent to."""

from __future__ import annotations

from collections.abc import Sequence

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot import texts
from bot.buttons import Action
from bot.callbacks import CallbackSigner
from knowledge.loader import Content
from knowledge.models import Topic

FAQ_PAGE_SIZE = 6


class Keyboards:
    """Keyboards for one chat: buttons are signed with that chat's id. `first_topics` (a
    group's profile) come first in the menu and the FAQ pages."""

    def __init__(
        self,
        signer: CallbackSigner,
        content: Content,
        chat_id: int,
        first_topics: Sequence[str] = (),
    ) -> None:
        self._signer = signer
        self._content = content
        self._chat_id = chat_id
        first = [t for t in first_topics if t in content.topics]
        self._first = tuple(first)
        self._topics = [content.topics[t] for t in first]
        self._topics += [t for t in content.topics.values() if t.id not in self._first]

    def button(self, label: str, action: str, *args: str | int) -> InlineKeyboardButton:
        return InlineKeyboardButton(
            label, callback_data=self._signer.sign(self._chat_id, action, *args)
        )

    def topic_button(self, topic_id: str) -> InlineKeyboardButton:
        return self.button(self._content.topics[topic_id].title, Action.TOPIC, topic_id)

    def main_menu(self) -> InlineKeyboardMarkup:
        rows = [[self.topic_button(t)] for t in self._first if t not in dict(texts.MENU_TOPICS)]
        rows += [
            [self.button(label, Action.TOPIC, topic_id)] for topic_id, label in texts.MENU_TOPICS
        ]
        rows.append([self.button(texts.BUTTON_FAQ, Action.FAQ_PAGE, 1)])
        rows.append([self.button(texts.BUTTON_TRIAGE, Action.TRIAGE_START)])
        return InlineKeyboardMarkup(rows)

    def topic_answer(
        self, topic: Topic, alternatives: tuple[str, ...] = ()
    ) -> InlineKeyboardMarkup:
        rows = [[self.button(texts.BUTTON_MORE, Action.TOPIC_DETAILS, topic.id)]]
        shown = list(dict.fromkeys([*alternatives, *topic.related]))
        rows += [[self.topic_button(topic_id)] for topic_id in shown[:6]]
        rows.append([self.button(texts.BUTTON_MENU, Action.MENU)])
        return InlineKeyboardMarkup(rows)

    def topic_details(self, topic: Topic) -> InlineKeyboardMarkup:
        rows = [[self.topic_button(topic_id)] for topic_id in topic.related[:6]]
        rows.append([self.button(texts.BUTTON_MENU, Action.MENU)])
        return InlineKeyboardMarkup(rows)

    def after_red_flag(self) -> InlineKeyboardMarkup:
        return InlineKeyboardMarkup(
            [
                [self.topic_button("when_to_see_doctor")],
                [self.button(texts.BUTTON_TRIAGE, Action.TRIAGE_START)],
            ]
        )

    def no_match(self) -> InlineKeyboardMarkup:
        return InlineKeyboardMarkup(
            [
                [
                    self.button(texts.BUTTON_MENU, Action.MENU),
                    self.button(texts.BUTTON_FAQ, Action.FAQ_PAGE, 1),
                ],
                [self.button(texts.BUTTON_TRIAGE, Action.TRIAGE_START)],
            ]
        )

    @staticmethod
    def page_count(total: int) -> int:
        return max(1, -(-total // FAQ_PAGE_SIZE))

    def faq_page(self, page: int) -> InlineKeyboardMarkup:
        topics = self._topics
        pages = self.page_count(len(topics))
        page = min(max(page, 1), pages)
        start = (page - 1) * FAQ_PAGE_SIZE
        rows = [
            [self.button(t.title, Action.FAQ_TOPIC, t.id)]
            for t in topics[start : start + FAQ_PAGE_SIZE]
        ]
        nav = []
        if page > 1:
            nav.append(self.button(texts.BUTTON_PREVIOUS_PAGE, Action.FAQ_PAGE, page - 1))
        if page < pages:
            nav.append(self.button(texts.BUTTON_NEXT_PAGE, Action.FAQ_PAGE, page + 1))
        if nav:
            rows.append(nav)
        rows.append([self.button(texts.BUTTON_MENU, Action.MENU)])
        return InlineKeyboardMarkup(rows)

    def faq_topic(self, topic: Topic, back_page: int) -> InlineKeyboardMarkup:
        rows = [
            [self.button(entry.question, Action.FAQ_QUESTION, entry.id)]
            for entry in self._content.faq_for(topic.id)
        ]
        rows.append([self.button(texts.BUTTON_ANSWER_ON_TOPIC, Action.TOPIC, topic.id)])
        rows.append([self.button(texts.BUTTON_BACK, Action.FAQ_PAGE, back_page)])
        return InlineKeyboardMarkup(rows)

    def faq_answer(self, topic_id: str) -> InlineKeyboardMarkup:
        return InlineKeyboardMarkup(
            [
                [self.button(texts.BUTTON_BACK, Action.FAQ_TOPIC, topic_id)],
                [self.button(texts.BUTTON_MENU, Action.MENU)],
            ]
        )

    def faq_page_of(self, topic_id: str) -> int:
        ids = [topic.id for topic in self._topics]
        return ids.index(topic_id) // FAQ_PAGE_SIZE + 1 if topic_id in ids else 1
