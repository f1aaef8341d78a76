//! Money: currency words, codes and signs before or after the number, and cents after a whole amount.

use super::*;

/// Currency words after a number, with their ISO code and multiplier.
pub(super) fn currency_word(w: &str) -> Option<(&'static str, f64)> {
    Some(match w {
        "euro" | "euros" => ("EUR", 1.0),
        "pound" | "pounds" | "sterling" => ("GBP", 1.0),
        "pence" | "penny" | "p" => ("GBP", 0.01),
        "dollar" | "dollars" => ("USD", 1.0),
        "cent" | "cents" => ("USD", 0.01),
        "yen" => ("JPY", 1.0),
        "yuan" | "renminbi" => ("CNY", 1.0),
        "rupee" | "rupees" => ("INR", 1.0),
        "rouble" | "roubles" | "ruble" | "rubles" => ("RUB", 1.0),
        "franc" | "francs" => ("CHF", 1.0),
        "krona" | "kronor" | "krone" | "kroner" => ("SEK", 1.0),
        "markka" | "markkaa" => ("FIM", 1.0),
        "peseta" | "pesetas" => ("ESP", 1.0),
        "guilder" | "guilders" => ("NLG", 1.0),
        // "Lira" in today's news is Turkey's; "lire" were Italy's.
        "lira" | "liras" => ("TRY", 1.0),
        "lire" => ("ITL", 1.0),
        "peso" | "pesos" => ("MXN", 1.0),
        "rand" => ("ZAR", 1.0),
        "shekel" | "shekels" => ("ILS", 1.0),
        "baht" => ("THB", 1.0),
        "ringgit" => ("MYR", 1.0),
        "dirham" | "dirhams" => ("AED", 1.0),
        "riyal" | "riyals" => ("SAR", 1.0),
        "naira" => ("NGN", 1.0),
        "zloty" | "zlotys" => ("PLN", 1.0),
        "forint" | "forints" => ("HUF", 1.0),
        "hryvnia" | "hryvnias" => ("UAH", 1.0),
        "bitcoin" | "bitcoins" | "btc" => ("BTC", 1.0),
        "rmb" | "元" => ("CNY", 1.0),
        "usd" => ("USD", 1.0),
        "gbp" => ("GBP", 1.0),
        "eur" => ("EUR", 1.0),
        "jpy" => ("JPY", 1.0),
        "cny" => ("CNY", 1.0),
        "rub" => ("RUB", 1.0),
        "inr" => ("INR", 1.0),
        "chf" => ("CHF", 1.0),
        "aud" => ("AUD", 1.0),
        "cad" => ("CAD", 1.0),
        "nzd" => ("NZD", 1.0),
        "hkd" => ("HKD", 1.0),
        "sgd" => ("SGD", 1.0),
        "sek" => ("SEK", 1.0),
        "nok" => ("NOK", 1.0),
        "dkk" => ("DKK", 1.0),
        "krw" => ("KRW", 1.0),
        "brl" => ("BRL", 1.0),
        "zar" => ("ZAR", 1.0),
        "mxn" => ("MXN", 1.0),
        // Millions in the code, as in business filings: "120 MEUR", "30 MUSD".
        _ => {
            let (code, _) = currency_word(w.strip_prefix('m').filter(|c| c.len() == 3)?)?;
            return Some((code, 1e6));
        }
    })
}

/// Cents after a whole amount of money: "3 dollars 50 cents", "thirteen dollars and forty-five
/// cents", and "15 dollars 50" when nothing else follows the cents.
pub(super) fn minor_after(cx: &Cx, a: &mut Amount) {
    let and = usize::from(cx.w(a.end).as_deref() == Some("and"));
    let Some(m) = number_at(cx.low, cx.toks, a.end + and)
        .filter(|m| !m.ordinal && !m.decimal && m.value >= 1.0 && m.value < 100.0)
    else {
        return;
    };
    let minor = cx
        .w(m.end)
        .and_then(|w| currency_word(&w))
        .is_some_and(|(_, x)| x == 0.01);
    let alone = cx.toks.get(m.end).is_none_or(|t| t.kind == T::Sym);
    if minor || alone {
        a.value += m.value / 100.0;
        a.end = m.end + usize::from(minor);
    }
}

/// Currency signs, before or after the number: "£5", "5 €", "100₾".
pub(super) fn currency_symbol(t: &str) -> Option<&'static str> {
    Some(match t {
        "£" => "GBP",
        "$" => "USD",
        "€" => "EUR",
        "¥" => "JPY",
        "₹" => "INR",
        "₽" => "RUB",
        "₩" => "KRW",
        "₺" => "TRY",
        "₴" => "UAH",
        "₦" => "NGN",
        "₱" => "PHP",
        "₫" => "VND",
        "₪" => "ILS",
        "₡" => "CRC",
        "₾" => "GEL",
        "₭" => "LAK",
        "₿" => "BTC",
        "元" => "CNY",
        _ => return None,
    })
}

/// A currency sign or code before a number: "£", "$", "US$", "NZ$", "USD". Returns the code and the
/// token after it.
pub(super) fn currency_prefix(cx: &Cx, i: usize) -> Option<(&'static str, usize)> {
    let t = cx.toks.get(i)?;
    if t.kind == T::Sym {
        return Some((currency_symbol(t.text(cx.s))?, i + 1));
    }
    let w = t.text(cx.s);
    // "US$", "NZ$", "A$", "C$", "HK$", "S$", "R$".
    if cx.sym(i + 1, "$") && cx.glued(i + 1) {
        let code = match w {
            "US" => "USD",
            "NZ" => "NZD",
            "A" | "AU" => "AUD",
            "C" | "CA" => "CAD",
            "HK" => "HKD",
            "S" => "SGD",
            "R" => "BRL",
            _ => return None,
        };
        return Some((code, i + 2));
    }
    // Rupees: "Rs 5 crore", "Rs. 500".
    if w == "Rs" {
        let j = i + 1 + usize::from(cx.sym(i + 1, "."));
        if cx.toks.get(j).is_some_and(|n| n.kind == T::Num) {
            return Some(("INR", j));
        }
    }
    // A code before the number: "USD 50", "USD50", and millions in the code: "MAUD 60".
    if (3..=4).contains(&w.len()) && w.chars().all(|c| c.is_ascii_uppercase()) {
        let lower = w.to_ascii_lowercase();
        if currency_word(&lower).is_some_and(|(_, m)| m == 1.0 || m == 1e6)
            && cx.toks.get(i + 1).is_some_and(|n| n.kind == T::Num)
        {
            return currency_word(&lower).map(|(code, _)| (code, i + 1));
        }
    }
    None
}
