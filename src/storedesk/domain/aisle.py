"""The endless aisle (issue 17): a basket line the store does not hand over from its shelf, but
orders from the chain for the customer, who pays for it in the same sale.

A line's `LineOrder` says how it reaches the customer (delivered home, or collected at a store)
and, once the hub has made the order at payment, its id and number. Such a line is priced and
taxed as any other and counted once, in this till's sale; it moves no stock here (the location
that ships it, or the store where it is collected, does).
"""

from __future__ import annotations

from dataclasses import dataclass, field

SHIP = "ship"
PICKUP = "pickup"
FULFILMENTS = (SHIP, PICKUP)
# The customer (told about the order) and the delivery address, as the hub's orders take them
# (hub/orders/intake.py: customer, DELIVERY).
CUSTOMER_FIELDS = ("name", "email", "phone")
ADDRESS_FIELDS = ("line1", "line2", "postcode", "city", "country")


@dataclass
class LineOrder:
    """How an ordered line reaches the customer; `order_id`/`number`: the hub's order, once made."""

    fulfilment: str
    customer: dict[str, str] = field(default_factory=dict)  # CUSTOMER_FIELDS: name, and an email or a phone
    pickup_store: str = ""  # pickup: the store where it is collected
    delivery: dict[str, str] = field(default_factory=dict)  # ship: the address (ADDRESS_FIELDS)
    order_id: str = ""
    number: str = ""

    def group(self) -> str:
        """Lines with the same group make one order (one fulfilment choice of the basket)."""
        if self.fulfilment == PICKUP:
            return f"pickup:{self.pickup_store}"
        return "ship:" + "|".join(self.delivery.get(k, "") for k in ADDRESS_FIELDS)

    def delivery_body(self) -> dict[str, str]:
        """The hub's delivery object: the address, with the customer's name and ways to reach them."""
        return {"name": self.customer.get("name", ""), **self.delivery, **_reach(self.customer)}

    def to_dict(self) -> dict:
        return {
            "fulfilment": self.fulfilment,
            "customer": dict(self.customer),
            "pickup_store": self.pickup_store,
            "delivery": dict(self.delivery),
            "order_id": self.order_id,
            "number": self.number,
        }

    @classmethod
    def from_dict(cls, data: dict | None) -> LineOrder | None:
        if not data:
            return None
        return cls(
            str(data["fulfilment"]),
            _texts(data.get("customer")),
            str(data.get("pickup_store") or ""),
            _texts(data.get("delivery")),
            str(data.get("order_id") or ""),
            str(data.get("number") or ""),
        )


def _texts(raw) -> dict[str, str]:
    return {str(k): str(v) for k, v in (raw or {}).items()}


def _reach(customer: dict[str, str]) -> dict[str, str]:
    return {k: customer[k] for k in ("email", "phone") if customer.get(k)}
