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
        "rupee" | "rupees" | "ரூ" => ("INR", 1.0),
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
        "satoshi" | "satoshis" => ("BTC", 1e-8),
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
    // Local signs written in letters, as their countries' papers write them: "RM79" (ringgit), "Rp
    // 15,000" (rupiah), "Dh50" (dirham), "zł20" (złoty).
    let local = match w {
        "RM" => Some("MYR"),
        "Rp" => Some("IDR"),
        "Dh" | "Dhs" => Some("AED"),
        "zł" => Some("PLN"),
        _ => None,
    };
    if let Some(code) = local.filter(|_| cx.toks.get(i + 1).is_some_and(|n| n.kind == T::Num)) {
        return Some((code, i + 1));
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

/// Currency after the number: "125 million australian dollars", "200 euros", "50p", "5 €". Sets
/// `a.currency` when one is found. "billions of dollars" is vague, and read there.
pub(super) fn currency_after(cx: &Cx, a: &mut Amount) {
    country_currency_after(cx, a);
    if a.currency.is_none() {
        currency_word_after(cx, a);
    }
    if a.currency.is_none() {
        currency_sign_after(cx, a);
    }
}

/// A currency named with its country: "10 us dollar", "hong kong dollars", "south african rand".
fn country_currency_after(cx: &Cx, a: &mut Amount) {
    let country = cx.w(a.end).and_then(|c| {
        let code = match (c.deref(), cx.w(a.end + 1).as_deref()) {
            ("us" | "american", Some("dollar" | "dollars")) => "USD",
            ("australian", Some("dollar" | "dollars")) => "AUD",
            ("canadian", Some("dollar" | "dollars")) => "CAD",
            ("hong", Some("kong")) => "HKD",
            ("new", Some("zealand")) => "NZD",
            ("singapore", Some("dollar" | "dollars")) => "SGD",
            ("swiss", Some("franc" | "francs")) => "CHF",
            ("chinese", Some("yuan" | "renminbi")) => "CNY",
            ("japanese", Some("yen")) => "JPY",
            ("turkish", Some("lira" | "liras")) => "TRY",
            ("indian", Some("rupee" | "rupees")) => "INR",
            ("dutch", Some("guilder" | "guilders")) => "NLG",
            ("finnish", Some("markka" | "markkaa")) => "FIM",
            ("mexican", Some("peso" | "pesos")) => "MXN",
            ("south", Some("african")) => "ZAR",
            _ => return None,
        };
        Some(code)
    });
    if let Some(code) = country {
        let mut e = a.end + 2;
        if matches!(code, "HKD" | "NZD" | "ZAR") {
            e += 1; // "hong kong dollars", "new zealand dollars", "south african rand"
        }
        a.currency = Some(code);
        a.end = e.min(cx.toks.len());
    }
}

/// A currency word or code: "200 euros", "50p", "75 USD million", "a 12-cent dividend".
fn currency_word_after(cx: &Cx, a: &mut Amount) {
    let hyphen = cx.sym(a.end, "-") && cx.glued(a.end) && cx.glued(a.end + 1);
    let at = a.end + usize::from(hyphen);
    // "3 USD50 cards": a code glued to the next number belongs to that number.
    let prefix_of_next = cx
        .toks
        .get(at + 1)
        .is_some_and(|n| n.kind == T::Num && !n.space);
    if let Some(w) = cx.w(at).filter(|_| !prefix_of_next) {
        if matches!(w.as_ref(), "pound" | "pounds") && pounds_weigh(cx, a) {
            a.kind = Kind::Measure;
            a.unit = Some("lb");
            a.end = at + 1;
            return;
        }
        if let Some((code, mult)) = currency_word(&w) {
            let glued_p = w == "p" && cx.glued(at);
            if w != "p" || glued_p {
                a.currency = Some(code);
                a.value *= mult;
                a.end = at + 1;
                // The scale after a code: "75 USD million".
                if let Some(x) = cx
                    .w(a.end)
                    .and_then(|x| scale_word(&x).filter(|_| x.len() > 2))
                {
                    if !a.scaled && x >= 1e3 {
                        a.value *= x;
                        a.scaled = true;
                        a.end += 1;
                    }
                }
                // "3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 dollars 50".
                if mult == 1.0 {
                    minor_after(cx, a);
                }
            }
        }
    }
}

/// Whether token `k` speaks of money: a currency sign or word, or a word of paying ("cost", "price").
pub(super) fn money_near(cx: &Cx, k: usize) -> bool {
    currency_symbol(cx.raw(k)).is_some()
        || cx.w(k).is_some_and(|w| {
            currency_word(&w).is_some_and(|_| !matches!(w.as_ref(), "pound" | "pounds" | "p"))
                || matches!(
                    w.as_ref(),
                    "price"
                        | "prices"
                        | "cost"
                        | "costs"
                        | "costing"
                        | "paid"
                        | "pay"
                        | "worth"
                        | "budget"
                        | "spent"
                        | "spend"
                        | "funding"
                        | "raised"
                        | "sterling"
                )
        })
}

/// Whether "pounds" after the amount `a` are of weight: a small unscaled amount with a word of
/// weight near it ("weighs 12 pounds", "a ton is 2,204.62 pounds"), or after a verb of body weight
/// ("to drop 25 pounds", "shed 10 pounds"). Money in pounds is mostly written with its sign.
fn pounds_weigh(cx: &Cx, a: &Amount) -> bool {
    if a.scaled || a.value >= 1e4 {
        return false;
    }
    let near = a.start.saturating_sub(8)..(a.end + 8).min(cx.toks.len());
    let weight_word = near.clone().any(|k| {
        cx.w(k).is_some_and(|w| {
            w.starts_with("weigh")
                || w.starts_with("heav")
                || matches!(
                    w.as_ref(),
                    "lighter"
                        | "ton"
                        | "tons"
                        | "tonne"
                        | "tonnes"
                        | "kg"
                        | "kilograms"
                        | "ounces"
                        | "lbs"
                )
        })
    });
    let money_word = near.clone().any(|k| money_near(cx, k));
    let body_verb = a.start > 0
        && cx.w(a.start - 1).is_some_and(|v| {
            matches!(
                v.as_ref(),
                "shed"
                    | "sheds"
                    | "shedding"
                    | "lose"
                    | "loses"
                    | "lost"
                    | "losing"
                    | "drop"
                    | "dropped"
                    | "dropping"
                    | "gain"
                    | "gained"
                    | "gaining"
            )
        });
    !money_word && (weight_word || body_verb)
}

/// A sign after the number: "5 €", "100₾", "10 $ 30 $"; not one that begins the next amount ("10 $
/// 30").
fn currency_sign_after(cx: &Cx, a: &mut Amount) {
    if let Some(code) = cx.toks.get(a.end).and_then(|t| {
        (t.kind == T::Sym)
            .then(|| currency_symbol(t.text(cx.s)))
            .flatten()
    }) {
        // "10 $ 30" gives the sign to 30; "10 $ 30 $" keeps it, as 30 has its own.
        let next_is_number = cx.toks.get(a.end + 1).is_some_and(|n| n.kind == T::Num);
        let next_has_own = number_at(cx.low, cx.toks, a.end + 1)
            .and_then(|m| cx.toks.get(m.end))
            .is_some_and(|t| t.kind == T::Sym && currency_symbol(t.text(cx.s)) == Some(code));
        if !next_is_number || next_has_own {
            a.currency = Some(code);
            a.end += 1;
        } else if let Some(m) = number_at(cx.low, cx.toks, a.end + 1).filter(|m| {
            // "10 $ 30 cent": the cents of this amount, named after the sign.
            !m.ordinal && m.value >= 1.0 && m.value < 100.0 && !a.scaled && a.value.fract() == 0.0
        }) {
            let minor = cx
                .w(m.end)
                .and_then(|w| currency_word(&w))
                .is_some_and(|(c, x)| x == 0.01 && (c == code || code == "USD"));
            if minor {
                a.currency = Some(code);
                a.value += m.value / 100.0;
                a.end = m.end + 1;
            }
        }
    }
}
