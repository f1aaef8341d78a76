//! Measures and durations: the units after a number ("12 hours", "15-metre", "20 (kg)", "660 square
//! meters", "24703m2"), temperatures, heights ("5 ft 2 in"), ages ("an 87-year-old", "aged 40") and
//! speeds ("80 kilometres per hour", "10km/hr").

use super::*;

/// Units after a number: kind, unit name, and a multiplier into that unit.
pub(super) fn unit_word(w: &str) -> Option<(Kind, &'static str, f64)> {
    use Kind::{Duration as D, Measure as M};
    Some(match w {
        "second" | "seconds" | "sec" | "secs" => (D, "second", 1.0),
        "minute" | "minutes" | "min" | "mins" => (D, "minute", 1.0),
        // "h" only glued: "24h", "1/2h".
        "hour" | "hours" | "hr" | "hrs" | "h" => (D, "hour", 1.0),
        "day" | "days" => (D, "day", 1.0),
        "week" | "weeks" => (D, "week", 1.0),
        "fortnight" | "fortnights" => (D, "week", 2.0),
        "month" | "months" => (D, "month", 1.0),
        "year" | "years" => (D, "year", 1.0),
        "decade" | "decades" => (D, "year", 10.0),
        "century" | "centuries" => (D, "year", 100.0),
        "km" | "kilometre" | "kilometres" | "kilometer" | "kilometers" => (M, "km", 1.0),
        // "m" only where the scale rule left it: glued, in "1.8m tall" or "the 100m sprint".
        "m" | "metre" | "metres" | "meter" | "meters" => (M, "m", 1.0),
        "cm" | "centimetre" | "centimetres" | "centimeter" | "centimeters" => (M, "cm", 1.0),
        "dm" | "decimetre" | "decimetres" | "decimeter" | "decimeters" => (M, "dm", 1.0),
        "micrometre" | "micrometres" | "micrometer" | "micrometers" | "micron" | "microns"
        | "μm" => (M, "μm", 1.0),
        "nm" | "nanometre" | "nanometres" | "nanometer" | "nanometers" => (M, "nm", 1.0),
        "picometre" | "picometres" | "picometer" | "picometers" => (M, "pm", 1.0),
        "mm" | "millimetre" | "millimetres" | "millimeter" | "millimeters" => (M, "mm", 1.0),
        "mile" | "miles" => (M, "mile", 1.0),
        "mph" => (M, "mph", 1.0),
        "kph" | "kmh" | "kmph" => (M, "km/h", 1.0),
        "knot" | "knots" => (M, "knot", 1.0),
        // An earthquake's: "a 7.1-magnitude quake", and "magnitude 7.1" (`core_at`).
        "magnitude" => (M, "magnitude", 1.0),
        "foot" | "feet" | "ft" => (M, "ft", 1.0),
        "inch" | "inches" => (M, "in", 1.0),
        "yard" | "yards" => (M, "yd", 1.0),
        "kg" | "kilogram" | "kilograms" | "kilo" | "kilos" => (M, "kg", 1.0),
        "g" | "gram" | "grams" => (M, "g", 1.0),
        // "t" only glued: "a 44t lorry".
        "tonne" | "tonnes" | "ton" | "tons" | "t" => (M, "tonne", 1.0),
        // Cups only for a part of one: "1/2 cup", "1.5 cups"; "1,200 cups" are counted.
        "cup" | "cups" => (M, "cup", 1.0),
        "lb" | "lbs" => (M, "lb", 1.0),
        // "st" only glued, and only where it makes no rank: "16st" (a "21st" is a rank).
        "stone" | "st" => (M, "st", 1.0),
        // "l" only glued: "a 1.0l engine".
        "litre" | "litres" | "liter" | "liters" | "l" => (M, "l", 1.0),
        "ml" => (M, "ml", 1.0),
        "gallon" | "gallons" => (M, "gallon", 1.0),
        "acre" | "acres" => (M, "acre", 1.0),
        "hectare" | "hectares" | "ha" => (M, "ha", 1.0),
        "mw" | "megawatt" | "megawatts" => (M, "MW", 1.0),
        "gw" | "gigawatt" | "gigawatts" => (M, "GW", 1.0),
        "kw" | "kilowatt" | "kilowatts" => (M, "kW", 1.0),
        "kwh" => (M, "kWh", 1.0),
        "point" | "points" => (M, "points", 1.0),
        "degree" | "degrees" | "deg" => (M, "degree", 1.0),
        "celsius" | "celcius" | "centigrade" | "centigrate" => (M, "°C", 1.0),
        "fahrenheit" | "farenheit" => (M, "°F", 1.0),
        "storey" | "storeys" | "floors" => (M, "storey", 1.0),
        "ounce" | "ounces" | "oz" => (M, "oz", 1.0),
        "barrel" | "barrels" | "bbl" => (M, "barrel", 1.0),
        "mg" | "milligram" | "milligrams" => (M, "mg", 1.0),
        "microgram" | "micrograms" | "microgramme" | "microgrammes" | "mcg" | "μg" => {
            (M, "μg", 1.0)
        }
        "tablespoon" | "tablespoons" | "tbsp" => (M, "tbsp", 1.0),
        "teaspoon" | "teaspoons" | "tsp" => (M, "tsp", 1.0),
        "byte" | "bytes" => (M, "B", 1.0),
        "kb" | "kilobyte" | "kilobytes" => (M, "KB", 1.0),
        "mb" | "megabyte" | "megabytes" => (M, "MB", 1.0),
        "gb" | "gigabyte" | "gigabytes" => (M, "GB", 1.0),
        "tb" | "terabyte" | "terabytes" => (M, "TB", 1.0),
        "bit" | "bits" => (M, "bit", 1.0),
        "hz" | "hertz" => (M, "Hz", 1.0),
        "khz" | "kilohertz" => (M, "kHz", 1.0),
        "mhz" | "megahertz" => (M, "MHz", 1.0),
        "ghz" | "gigahertz" => (M, "GHz", 1.0),
        "bps" => (M, "bit/s", 1.0),
        "kbps" | "kbit/s" => (M, "kbit/s", 1.0),
        "mbps" | "mbit/s" => (M, "Mbit/s", 1.0),
        "gbps" | "gbit/s" => (M, "Gbit/s", 1.0),
        "hp" | "bhp" | "horsepower" => (M, "hp", 1.0),
        "mah" => (M, "mAh", 1.0),
        "rad" | "radian" | "radians" => (M, "rad", 1.0),
        _ => return None,
    })
}

/// Whether the number at `i` with a "C" glued after it is a temperature ("30C", "-5C"), not a model
/// or a code ("777C", "14.7C/"): a plausible reading, then a space or the end of a phrase.
pub(super) fn glued_celsius(cx: &Cx, i: usize) -> bool {
    let v = cx.toks.get(i).and_then(|t| parse_digits(t.text(cx.s)));
    let after = cx.toks.get(i + 2);
    cx.glued(i + 1)
        && v.is_some_and(|v| v <= 60.0)
        && after.is_none_or(|t| t.space || matches!(t.text(cx.s), "." | "," | ";" | ")"))
}

/// Whether the word at `k` makes an "m" before it metres rather than millions: "1.8m tall", "15 m
/// away", "the 100m sprint", "310m (1,017ft)".
pub(super) fn metre_context(cx: &Cx, k: usize) -> bool {
    // The same length in feet, in brackets: "310m (1,017ft) tall".
    let in_feet = cx.sym(k, "(")
        && cx.toks.get(k + 1).is_some_and(|t| t.kind == T::Num)
        && matches!(cx.w(k + 2).as_deref(), Some("ft" | "feet" | "foot"));
    in_feet
        || matches!(
            cx.w(k).as_deref(),
            Some(
                "tall"
                    | "high"
                    | "long"
                    | "wide"
                    | "deep"
                    | "away"
                    | "sprint"
                    | "race"
                    | "hurdles"
                    | "freestyle"
                    | "relay"
                    | "backstroke"
                    | "breaststroke"
                    | "butterfly"
                    | "medley"
                    | "dash"
                    | "final"
                    | "finals"
                    | "heats"
                    | "semifinal"
                    | "semifinals"
            )
        )
}

/// Reads a unit after the number into `a`, spaced, hyphenated ("15-metre", "344.65-point") or in
/// brackets ("20 (kg)"); whether there was one.
pub(super) fn unit_after(cx: &Cx, a: &mut Amount) -> bool {
    // "measured 6.8 on the Richter scale": a magnitude, the scale named after it.
    if cx.phrase(a.end, "on the richter scale") && !a.scaled && a.kind == Kind::Count {
        let end = a.end;
        set_unit(a, Kind::Measure, "magnitude", end);
        return true;
    }
    let hyphen = cx.sym(a.end, "-") && cx.glued(a.end) && cx.glued(a.end + 1);
    let u_at = a.end + usize::from(hyphen);
    if let Some((unit, end)) = degrees_at(cx, u_at, hyphen) {
        set_unit(a, Kind::Measure, unit, end);
        return true;
    }
    // 10" long": an inch mark, where a dimension follows; else the quote may close a quotation.
    let inch_mark = matches!(cx.raw(u_at), "\"" | "\u{2033}")
        && !hyphen
        && matches!(
            cx.w(u_at + 1).as_deref(),
            Some("long" | "wide" | "tall" | "high" | "deep" | "thick" | "across")
        )
        // "10" long ago" closes a quotation.
        && !matches!(cx.w(u_at + 2).as_deref(), Some("ago" | "before" | "after" | "since"));
    if inch_mark {
        set_unit(a, Kind::Measure, "in", u_at + 1);
        return true;
    }
    if let Some(unit) = bracketed_unit(cx, u_at).filter(|_| !hyphen) {
        set_unit(a, Kind::Measure, unit, u_at + 3);
        return true;
    }
    let Some(w) = cx.w(u_at) else {
        return false;
    };
    if area_or_volume(cx, a, &w, u_at) || unit_word_after(cx, a, &w, u_at, hyphen) {
        return true;
    }
    // "IQ points".
    let iq = w == "iq" && cx.w(u_at + 1).is_some_and(|x| x.starts_with("point"));
    if iq {
        set_unit(a, Kind::Measure, "IQ points", u_at + 2);
    }
    iq
}

fn set_unit(a: &mut Amount, kind: Kind, unit: &'static str, end: usize) {
    a.kind = kind;
    a.unit = Some(unit);
    a.end = end;
}

/// "30C" ("temperatures hit 30C"), "40°", "100°F": the unit and the token after it.
fn degrees_at(cx: &Cx, u_at: usize, hyphen: bool) -> Option<(&'static str, usize)> {
    if !hyphen && cx.raw(u_at) == "C" && glued_celsius(cx, u_at - 1) {
        return Some(("°C", u_at + 1));
    }
    if !cx.sym(u_at, "°") {
        return None;
    }
    // "100°C", "100° C", "100° Celsius".
    Some(match cx.raw(u_at + 1) {
        "C" => ("°C", u_at + 2),
        "F" => ("°F", u_at + 2),
        _ => match cx.w(u_at + 1).as_deref() {
            Some("celsius" | "centigrade") => ("°C", u_at + 2),
            Some("fahrenheit") => ("°F", u_at + 2),
            _ => ("degree", u_at + 1),
        },
    })
}

/// A measure's unit alone in brackets after the number, as in a table's cells: "20 (kg)", "20 [kg]",
/// "20 {kg}", "20 <kg>".
fn bracketed_unit(cx: &Cx, k: usize) -> Option<&'static str> {
    let close = match cx.raw(k) {
        "(" => ")",
        "[" => "]",
        "{" => "}",
        "<" => ">",
        _ => return None,
    };
    let (kind, unit, _) = unit_word(&cx.w(k + 1)?)?;
    (kind == Kind::Measure && cx.sym(k + 2, close)).then_some(unit)
}

/// Area and volume: "660 square meters", "0.9 trillion cubic feet", "24703m2", "5 km2".
fn area_or_volume(cx: &Cx, a: &mut Amount, w: &str, u_at: usize) -> bool {
    let (power, unit, end) = match w {
        "square" | "sq" | "cubic" => {
            let Some((Kind::Measure, unit, _)) = cx.w(u_at + 1).and_then(|x| unit_word(&x)) else {
                return false;
            };
            (if w == "cubic" { 3 } else { 2 }, unit, u_at + 2)
        }
        _ => match (unit_word(w), power_at(cx, u_at + 1)) {
            (Some((Kind::Measure, unit, _)), Some(p)) => (p, unit, u_at + 2),
            _ => return false,
        },
    };
    let named = match (power, unit) {
        (3, "m") => "m³",
        (3, "ft") => "ft³",
        (3, "cm") => "cm³",
        (2, "km") => "km²",
        (2, "m") => "m²",
        (2, "cm") => "cm²",
        (2, "mile") => "sq mi",
        (2, "ft") => "sq ft",
        (2, "mm") => "mm²",
        (2, "in") => "sq in",
        (2, "yd") => "sq yd",
        (3, "km") => "km³",
        (3, "mm") => "mm³",
        (3, "in") => "in³",
        (3, "yd") => "yd³",
        _ => return false,
    };
    set_unit(a, Kind::Measure, named, end);
    true
}

/// A power glued to a length's unit, "2" or "3" as in "m2" and "km3", where nothing else is glued
/// after it.
pub(super) fn power_at(cx: &Cx, k: usize) -> Option<u32> {
    let t = cx.toks.get(k)?;
    let p = match t.text(cx.s) {
        "2" | "\u{b2}" => 2,
        "3" | "\u{b3}" => 3,
        _ => return None,
    };
    let alone = cx
        .toks
        .get(k + 1)
        .is_none_or(|n| n.space || n.kind == T::Sym);
    (!t.space && alone).then_some(p)
}

/// The unit word at `u_at`, with the words that may come between: "12 working days", "16,000
/// metric tons"; then what may follow its unit (a scale of degrees, inches, "old", "per hour").
fn unit_word_after(cx: &Cx, a: &mut Amount, w: &str, u_at: usize, hyphen: bool) -> bool {
    let w2 = matches!(w, "working" | "calendar" | "business" | "metric")
        .then(|| cx.w(u_at + 1))
        .flatten();
    let (unit_tok, extra) = match &w2 {
        Some(x) if unit_word(x).is_some_and(|u| u.0 == Kind::Duration) && w != "metric" => {
            (x.to_string(), 1)
        }
        Some(x) if w == "metric" && unit_word(x).is_some_and(|u| u.1 == "tonne") => {
            (x.to_string(), 1)
        }
        _ => (w.to_string(), 0),
    };
    let Some((kind, mut unit, mult)) = unit_word(&unit_tok) else {
        return false;
    };
    // "935 mb" of pressure in a weather report is millibars; "100 MB" is data.
    if unit == "MB" && cx.raw(u_at) == "mb" {
        unit = "mbar";
    }
    if !unit_counts(cx, a, &unit_tok, unit, u_at, hyphen) {
        return false;
    }
    a.value *= mult;
    set_unit(a, kind, unit, u_at + 1 + extra);
    match unit {
        "degree" => degree_scale_after(cx, a),
        "ft" => inches_after(cx, a),
        "mile" | "km" => per_hour_after(cx, a, unit),
        _ if kind == Kind::Duration => old_after(cx, a),
        _ => {}
    }
    true
}

/// Whether a unit word is this number's unit. A spaced "m" or "g" is one only where a measure goes
/// on ("15 m away", "1 m x 1 m", "12 m 2 dm") or ends ("a wall of 3 m."). Index points ("fell
/// 118.40 points") are a measure; "three points" in a match are a count.
fn unit_counts(cx: &Cx, a: &Amount, tok: &str, unit: &str, u_at: usize, hyphen: bool) -> bool {
    let spaced_m_goes_on = || {
        let next = cx.toks.get(u_at + 1);
        let ends =
            next.is_none_or(|t| t.kind == T::Sym && matches!(t.text(cx.s), "." | "," | ";" | ")"));
        let dimension = next.is_some_and(|t| t.kind == T::Num && t.space)
            || matches!(cx.w(u_at + 1).as_deref(), Some("x" | "by"))
            || cx.sym(u_at + 1, "\u{d7}");
        // "SCP-173 m": a number hyphenated to a word is a label's, and its "m" no unit.
        let label = a.start > 0 && cx.sym(a.start - 1, "-") && cx.glued(a.start);
        (ends || dimension) && !label
    };
    let short = matches!(tok, "m" | "g" | "t" | "l" | "h" | "st");
    if unit == "cup" && a.value.fract() == 0.0 {
        return false;
    }
    // Grams are a small "g": "5G" and "4G" name networks.
    if tok == "g" && cx.raw(u_at) == "G" {
        return false;
    }
    // A letter glued on both sides is a code's: "24703L202".
    let ends = cx
        .toks
        .get(u_at + 1)
        .is_none_or(|n| n.space || n.kind == T::Sym);
    let ok = !short
        || cx.glued(u_at) && !hyphen && ends
        || tok == "m" && (metre_context(cx, u_at + 1) || !hyphen && spaced_m_goes_on());
    ok && (unit != "points" || !a.num.words && (a.num.decimal || a.num.value >= 100.0))
}

/// "6 deg c", "40 degrees F", "100 degrees celsius".
fn degree_scale_after(cx: &Cx, a: &mut Amount) {
    let Some(sc) = cx.w(a.end) else {
        return;
    };
    let scale = match unit_word(&sc) {
        Some((_, u @ ("°C" | "°F"), _)) => u,
        _ if sc == "c" => "°C",
        _ if sc == "f" => "°F",
        _ => return,
    };
    a.unit = Some(scale);
    a.end += 1;
}

/// Heights: "5 ft 2 in", "6ft 2in", "5 feet and 2 inches". A spaced "in" is inches only where no
/// phrase goes on: not "5 ft 2 in the end".
fn inches_after(cx: &Cx, a: &mut Amount) {
    let and = usize::from(cx.w(a.end).as_deref() == Some("and"));
    let Some(m) = number_at(cx.low, cx.toks, a.end + and)
        .filter(|m| !m.words && !m.ordinal && m.value < 12.0)
    else {
        return;
    };
    let spaced_in = cx.w(m.end).as_deref() == Some("in") && !cx.glued(m.end);
    let goes_on = cx.toks.get(m.end + 1).is_some_and(|t| {
        t.kind == T::Num
            || matches!(cx.w(m.end + 1).as_deref(), Some("the" | "a" | "an"))
            || cx.capitalised(m.end + 1)
    });
    if matches!(cx.w(m.end).as_deref(), Some("in" | "inch" | "inches"))
        && !(spaced_in && (and == 1 || goes_on))
    {
        a.value += m.value / 12.0;
        a.end = m.end + 1;
    }
}

/// Ages: "40 years old", "an 87-year-old man".
fn old_after(cx: &Cx, a: &mut Amount) {
    if cx.w(a.end).as_deref() == Some("old") {
        a.end += 1;
    } else if cx.sym(a.end, "-") && cx.glued(a.end) && cx.w(a.end + 1).as_deref() == Some("old") {
        a.end += 2;
    }
}

/// Speeds: "188 miles an hour", "80 kilometres per hour", "10km/hr", "10 km/h".
fn per_hour_after(cx: &Cx, a: &mut Amount, unit: &str) {
    let spoken = matches!(cx.w(a.end).as_deref(), Some("an" | "a" | "per"))
        && cx.w(a.end + 1).as_deref() == Some("hour");
    let written = cx.sym(a.end, "/")
        && cx.glued(a.end)
        && cx.glued(a.end + 1)
        && matches!(cx.w(a.end + 1).as_deref(), Some("h" | "hr"));
    if spoken || written {
        a.unit = Some(if unit == "mile" { "mph" } else { "km/h" });
        a.end += 2;
    }
}

/// "aged 87", "at age 40": an age in years.
pub(super) fn aged(cx: &Cx, a: &mut Amount) {
    let aged = a.start > 0 && matches!(cx.w(a.start - 1).as_deref(), Some("aged" | "age"));
    let plain = a.kind == Kind::Count && !a.scaled && !a.num.decimal;
    if aged && plain && (0.0..130.0).contains(&a.value) {
        a.kind = Kind::Duration;
        a.unit = Some("year");
    }
}
