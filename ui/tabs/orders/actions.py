"""The writes of the four-orders tab: each asks (a dialog or a confirmation), calls
one app/ function, broadcasts Changes(orders=True) through the hub and says what
happened in the message bar. Expected failures (an action the order's state does
not allow, no permission) show their Chinese message in the bar."""


from app.orders import offers, service
from ui import ask
from ui.hub import Changes
from ui.kit.tab_actions import TabActions
from ui.tabs.orders.dialogs import DispatchDialog, OrderActionDialog
from ui.tabs.orders.offer_dialog import OfferDialog
from ui.tabs.orders.request_dialogs import ClassifyDialog, FeedbackDialog, RequestDialog
from ui.tabs.orders.review_dialogs import ScoreDialog, SessionDialog

ORDERS = Changes(orders=True)
DIRECT = ("accept", "restart")  # no words needed


def offered_buttons(order) -> set[str]:
    """The board's buttons for what app allows on this order now (service.allowed_actions); one
    "callback" button stands for both call-back outcomes."""
    return {"callback" if a.startswith("callback_") else a for a in service.allowed_actions(order)}


class OrdersActions(TabActions):
    changes = ORDERS

    # -- requests -------------------------------------------------------------
    def new_request(self):
        if not self.may_write():
            return None
        result = RequestDialog.ask(self.tab.filter().root_path, parent=self.tab)
        if result is None:
            return None
        return self._done(result, self.tr("Merged into the similar open request.") if result[1]
                          else self.tr("Request logged."))

    def classify(self, row) -> str | None:
        if row is None or not self.may_write():
            return None
        if row.state != "new":
            self._bar().show_message(self.tr("Request %1 has already been classified.").replace("%1", row.number),
                                     error=True)
            return None
        return self._done(ClassifyDialog.ask(row.uuid, parent=self.tab), self.tr("Request classified."))

    def feedback(self, row) -> str | None:
        if row is None or not self.may_write():
            return None
        if row.state != "transferred":
            self._bar().show_message(self.tr("Only a request transferred to a department takes its feedback."),
                                     error=True)
            return None
        return self._done(FeedbackDialog.ask(row.uuid, parent=self.tab), self.tr("Feedback recorded; closed."))

    def escalate(self, row, table: str = "request") -> str | None:
        """上报 a request or a need: the level above settles what this one cannot (app/linkage; the
        四级联动 tab follows it)."""
        from ui.tabs.linkage.dialogs import EscalateDialog
        if row is None:
            self._bar().show_message(self.tr("Select a row first."), error=True)
            return None
        if not self.may_write():
            return None
        return self._done(EscalateDialog.ask(row.uuid, table, parent=self.tab),
                          self.tr("Escalated to the level above."))

    # -- needs and offers -----------------------------------------------------
    def dispatch(self, row) -> str | None:
        if row is None or not self.may_write():
            return None
        if row.state != "open":
            self._bar().show_message(self.tr("This need has already been dispatched."), error=True)
            return None
        return self._done(DispatchDialog.ask(row.uuid, parent=self.tab), self.tr("Dispatched."))

    def add_offer(self) -> str | None:
        if not self.may_write():
            return None
        return self._done(OfferDialog.ask(self.tab.filter().root_path, parent=self.tab), self.tr("Offer added."))

    def retire_offer(self, row) -> None:
        if row is None or not self.may_write():
            return
        if ask.confirm(self.tab, self.tr("Please confirm"),
                       self.tr("Take “%1” of %2 off the supply list?").replace("%1", row.description)
                       .replace("%2", row.provider)):
            self._act(lambda: offers.retire(row.uuid) or True, self.tr("Offer retired."))

    # -- service orders -------------------------------------------------------
    def order_action(self, uuid: str | None, action: str):
        if not uuid or not self.may_write():
            return None
        if action == "accept":
            state = self._act(lambda: service.accept(uuid).state, self.tr("Order accepted."))
        elif action == "restart":
            state = self._act(lambda: service.restart(uuid).state, self.tr("Order restarted."))
        else:
            order = service.get(uuid)
            if action not in offered_buttons(order):
                text = self.tr("Order %1 is “%2”: this action is not possible now.")
                self._bar().show_message(text.replace("%1", order.number).replace("%2", service.STATES[order.state]),
                                         error=True)
                return None
            state = self._done(OrderActionDialog.ask(uuid, action, parent=self.tab), self.tr("Order updated."))
        if state and self.tab.pages.currentWidget() is self.tab.board:
            self.tab.board.select(uuid)  # follow the order to its new state
        return state

    # -- reviews --------------------------------------------------------------
    def new_session(self) -> str | None:
        if not self.may_write():
            return None
        return self._done(SessionDialog.ask(self.tab.filter().root_path, parent=self.tab),
                          self.tr("Review session recorded."))

    def score(self, row) -> int | None:
        if row is None or not self.may_write():
            return None
        return self._done(ScoreDialog.ask(row.uuid, parent=self.tab), self.tr("Scores saved."))
