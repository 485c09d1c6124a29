"""Money in several currencies, compared in euros through one stated rate table.

Costs are kept in the currency they were paid in (hundredths, as integers)
and converted only to compare them. The rates are the European Central
Bank's euro foreign exchange reference rates of 31 December 2021: units of
each currency for one euro. One fixed table, not the day's rate, so that a
figure in last year's report does not move when it is printed again; the
table and its date are shown wherever a converted amount is.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation

from intercluster.errors import InvalidInput

REPORTING_CURRENCY = "EUR"
RATES_DATE = "2021-12-31"
RATES_SOURCE = "European Central Bank euro reference rates"
# Units of the currency for one euro on RATES_DATE.
EUR_RATES: dict[str, Decimal] = {
    code: Decimal(rate)
    for code, rate in {
        "EUR": "1",
        "USD": "1.1326",
        "GBP": "0.84028",
        "CHF": "1.0331",
        "JPY": "130.38",
        "DKK": "7.4364",
        "SEK": "10.2503",
        "NOK": "9.9888",
        "PLN": "4.5969",
        "CZK": "24.858",
        "HUF": "369.19",
        "CAD": "1.4393",
        "AUD": "1.5615",
        "CNY": "7.1947",
        "KRW": "1346.38",
        "SGD": "1.5279",
        "INR": "84.2292",
        "ILS": "3.5159",
    }.items()
}
CENT = Decimal("0.01")


@dataclass(frozen=True)
class RateTable:
    """Units of each currency per one unit of `base`, as of `date`."""

    base: str
    date: str
    source: str
    rates: dict[str, Decimal]

    def describe(self) -> str:
        return f"{self.source}, {self.date} (1 {self.base} = {self._sample()})"

    def _sample(self) -> str:
        shown = [c for c in ("USD", "GBP", "CHF", "JPY") if c in self.rates]
        return ", ".join(f"{self.rates[c]} {c}" for c in shown)


RATES = RateTable(REPORTING_CURRENCY, RATES_DATE, RATES_SOURCE, EUR_RATES)


def normalize_currency(
    value: str | None, *, field: str = "currency", table: RateTable = RATES
) -> str:
    """An ISO 4217 code the rate table knows, or a clear refusal naming the ones it does."""
    code = (value or "").strip().upper()
    symbols = {"€": "EUR", "$": "USD", "£": "GBP", "¥": "JPY"}
    code = symbols.get(code, code)
    if code not in table.rates:
        known = ", ".join(sorted(table.rates))
        shown = repr(value) if value else "nothing"
        raise InvalidInput(
            f"{field}: {shown} is not a currency of the rate table of {table.date} "
            f"(known: {known})",
            field=field,
        )
    return code


def parse_amount(value: str | int | float | Decimal, *, field: str = "amount") -> int:
    """An amount as hundredths: '12 000', '12,000.50', '1200.5' -> cents; never negative."""
    text = str(value).strip().replace("\u202f", "").replace("\xa0", "").replace(" ", "")
    if text.count(",") and text.count("."):
        text = text.replace(",", "")  # 12,000.50: commas group thousands
    elif text.count(",") == 1 and len(text.split(",")[1]) in (1, 2):
        text = text.replace(",", ".")  # 1200,50: a decimal comma
    else:
        text = text.replace(",", "")
    try:
        amount = Decimal(text)
    except InvalidOperation:
        raise InvalidInput(f"{field}: {value!r} is not an amount", field=field) from None
    if not amount.is_finite() or amount < 0:
        raise InvalidInput(f"{field}: {value!r} must be a positive amount or zero", field=field)
    if amount != amount.quantize(CENT):
        raise InvalidInput(f"{field}: {value!r} has more than two decimals", field=field)
    return int(amount * 100)


def convert(
    cents: int, currency: str, *, to: str = REPORTING_CURRENCY, table: RateTable = RATES
) -> Decimal:
    """An amount converted through the table's base currency, rounded to the cent."""
    source = normalize_currency(currency, table=table)
    target = normalize_currency(to, field="to", table=table)
    amount = Decimal(cents) / 100
    if source == target:
        return amount.quantize(CENT)
    in_base = amount / table.rates[source]
    return (in_base * table.rates[target]).quantize(CENT, rounding=ROUND_HALF_EVEN)


@dataclass(frozen=True)
class Money:
    cents: int
    currency: str

    def __str__(self) -> str:
        return format_money(Decimal(self.cents) / 100, self.currency)


def total_in(
    items: list[Money], *, to: str = REPORTING_CURRENCY, table: RateTable = RATES
) -> Decimal:
    """The sum of amounts in several currencies, each converted, in `to`."""
    return sum((convert(m.cents, m.currency, to=to, table=table) for m in items), Decimal("0.00"))


def format_money(amount: Decimal, currency: str = REPORTING_CURRENCY) -> str:
    """'25,000.00 EUR': plain, language-neutral; pages format numbers in the reader's language."""
    return f"{amount:,.2f} {currency}"
